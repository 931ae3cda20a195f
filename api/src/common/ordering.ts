import type { EntityManager } from 'typeorm';

/** Ordered lists kept by position under a parent: the agenda items of a board meeting, of an assembly. */
const ORDERED = {
  board_agenda_items: 'meeting_id',
  assembly_agenda_items: 'assembly_id',
} as const;

/**
 * Puts the items of one parent in the order given (positions 1…n, through negative positions so a
 * unique (parent, position) index never sees two at once). `mismatch` when the list is not exactly
 * the parent's items, each once; `unchanged` when it is their order already; else the order before.
 */
export async function reorder(em: EntityManager, table: keyof typeof ORDERED, parentId: string, itemIds: readonly string[]): Promise<'mismatch' | 'unchanged' | { before: string[] }> {
  const parent = ORDERED[table];
  const items = await em.query<{ id: string }[]>(`SELECT id FROM ${table} WHERE ${parent} = $1 ORDER BY position`, [parentId]);
  const before = items.map((i) => i.id);
  const known = new Set(before);
  if (itemIds.length !== before.length || new Set(itemIds).size !== itemIds.length || !itemIds.every((i) => known.has(i))) return 'mismatch';
  if (before.every((id, i) => itemIds[i] === id)) return 'unchanged';
  await em.query(`UPDATE ${table} SET position = -position WHERE ${parent} = $1`, [parentId]);
  await em.query(`UPDATE ${table} i SET position = o.n FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, n) WHERE i.id = o.id AND i.${parent} = $1`, [parentId, itemIds]);
  return { before };
}
