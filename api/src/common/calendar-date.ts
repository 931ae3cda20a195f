import { ValidateBy, ValidationOptions } from 'class-validator';

/** The years a date of this portal may fall in (PostgreSQL refuses year 0; 9999 is a typing slip). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one), between MIN_YEAR and MAX_YEAR. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: () => '$property must be a date YYYY-MM-DD' } },
    options,
  );
}
