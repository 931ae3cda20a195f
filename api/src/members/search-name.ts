/**
 * The form of a legal name used to search and sort the directory: lower-cased, without accents
 * or ligatures, spaces collapsed ("Coopérative  Cœur" → "cooperative coeur"). Kept in the
 * `search_name` column on every write; the same function turns a query into a pattern.
 */
export function searchName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern matching `text` anywhere, its wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
