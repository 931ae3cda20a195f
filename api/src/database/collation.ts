/**
 * The order a French reader expects for names: accents are secondary (Émile, Eve, Félix,
 * François), case tertiary. An ICU collation (locale fr-CA) created by the FrenchCollation
 * migration; the name columns of people, members and colleges use it, so ORDER BY on them sorts
 * in French without more ado. For another expression: `ORDER BY ${frenchOrder('m.city')}`.
 */
export const FRENCH_COLLATION = 'french';

/** `expr COLLATE "french"`, for an ORDER BY on a column that is not declared with it. */
export function frenchOrder(expr: string): string {
  return `${expr} COLLATE "${FRENCH_COLLATION}"`;
}
