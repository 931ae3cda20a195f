import { QueryFailedError } from 'typeorm';

/** Whether a database error is the violation of this unique constraint (or unique index). */
export function isUniqueViolation(e: unknown, constraint: string): boolean {
  const driverError = (e instanceof QueryFailedError ? e.driverError : e) as { code?: string; constraint?: string } | null;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

/** Whether a database error is the violation of this exclusion constraint (SQLSTATE 23P01: overlapping ranges). */
export function isExclusionViolation(e: unknown, constraint: string): boolean {
  const driverError = (e instanceof QueryFailedError ? e.driverError : e) as { code?: string; constraint?: string } | null;
  return driverError?.code === '23P01' && driverError.constraint === constraint;
}
