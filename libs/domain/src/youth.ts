/** Default age limit of the youth wing (Aile jeunesse): 35 and under. */
export const YOUTH_MAX_AGE = 35;

/**
 * Whether a person belongs to the youth wing in `year`. Only the birth year is kept (Loi 25:
 * no more personal information than needed), so age is `year - birthYear`.
 */
export function isYouth(birthYear: number | null | undefined, year: number, maxAge = YOUTH_MAX_AGE): boolean {
  if (birthYear == null) return false;
  const age = year - birthYear;
  return age >= 0 && age <= maxAge;
}
