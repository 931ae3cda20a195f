import type { FloorRequestKind } from '@concerto/contracts';
import { speakingOrder } from './assembly';

const ask = (id: string, kind: FloorRequestKind, requestedAt: string) => ({ id, kind, requestedAt });
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('speakingOrder: the order of the speakers list', () => {
  it('is empty for nobody waiting', () => {
    expect(speakingOrder([])).toEqual([]);
  });

  it('takes everyone in the order they asked, whether for or against', () => {
    const list = [ask('c', 'for', '2026-05-01T19:00:03Z'), ask('a', 'against', '2026-05-01T19:00:01Z'), ask('b', 'for', '2026-05-01T19:00:02Z')];
    expect(ids(speakingOrder(list))).toEqual(['a', 'b', 'c']);
  });

  it('puts questions of privilege and points of order first, among themselves in the order they were raised', () => {
    const list = [
      ask('for-early', 'for', '2026-05-01T19:00:00Z'),
      ask('order-late', 'order', '2026-05-01T19:05:00Z'),
      ask('against', 'against', '2026-05-01T19:01:00Z'),
      ask('privilege', 'privilege', '2026-05-01T19:04:00Z'),
    ];
    expect(ids(speakingOrder(list))).toEqual(['privilege', 'order-late', 'for-early', 'against']);
  });

  it('does not rank privilege above order: both come first, by time', () => {
    const list = [ask('p', 'privilege', '2026-05-01T19:00:02Z'), ask('o', 'order', '2026-05-01T19:00:01Z')];
    expect(ids(speakingOrder(list))).toEqual(['o', 'p']);
  });

  it('breaks a tie on the same instant by id, so every screen shows the same order', () => {
    const at = '2026-05-01T19:00:00.000Z';
    const list = [ask('b2', 'for', at), ask('a1', 'against', at), ask('z9', 'order', at), ask('c3', 'privilege', at)];
    expect(ids(speakingOrder(list))).toEqual(['c3', 'z9', 'a1', 'b2']);
    expect(ids(speakingOrder([...list].reverse()))).toEqual(['c3', 'z9', 'a1', 'b2']);
  });

  it('orders by instant down to the millisecond (ISO strings of one format compare as times)', () => {
    const list = [ask('later', 'for', '2026-05-01T19:00:00.002Z'), ask('sooner', 'for', '2026-05-01T19:00:00.001Z')];
    expect(ids(speakingOrder(list))).toEqual(['sooner', 'later']);
  });

  it('leaves the list it was given untouched and keeps the objects as they are', () => {
    const list = [ask('b', 'for', '2026-05-01T19:00:02Z'), ask('a', 'order', '2026-05-01T19:00:03Z')];
    const copy = list.map((s) => ({ ...s }));
    const ordered = speakingOrder(list);
    expect(list).toEqual(copy);
    expect(ordered[0]).toBe(list[1]);
  });

  it('keeps the extra fields of each request (names for the screens)', () => {
    const [first] = speakingOrder([{ ...ask('x', 'for', '2026-05-01T19:00:00Z'), fullName: 'Awa Diallo' }]);
    expect(first.fullName).toBe('Awa Diallo');
  });
});
