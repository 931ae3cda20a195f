/** Total board seats over the colleges. */
export function totalSeats(colleges: readonly { seatCount: number }[]): number {
  return colleges.reduce((sum, c) => sum + c.seatCount, 0);
}

/**
 * Problems with a board configuration: reserved youth seats cannot exceed the youth wing's
 * own seats plus the others, and a college needs a non-negative whole number of seats.
 */
export function seatConfigurationProblems(colleges: readonly { code: string; seatCount: number }[], youthReservedSeats: number): string[] {
  const problems: string[] = [];
  for (const c of colleges) {
    if (!Number.isInteger(c.seatCount) || c.seatCount < 0) problems.push(`college ${c.code}: seat count must be a whole number ≥ 0`);
  }
  if (youthReservedSeats > totalSeats(colleges)) problems.push('reserved youth seats exceed the board seats');
  return problems;
}
