import { createTestApp, type TestApp } from '../support/test-app';
import { createBoard, createMeeting, createResolution, publishMinutes } from './board-fixtures';

interface Hit {
  kind: 'minutes' | 'resolution';
  label: string | null;
  minutesId: string;
}

/** The public archive: full-text search in fr and en (stemming, accents ignored), by year and by number; nothing unpublished. */
describe('public archive search', () => {
  let t: TestApp;
  let m1: string;
  let m2: string;
  const search = async (query: string) => {
    const res = await t.http.get(`/api/archive?${query}`).expect(200);
    return res.body as { items: Hit[]; total: number };
  };
  const labels = async (query: string) => (await search(query)).items.map((h) => h.label ?? h.kind).sort();

  beforeAll(async () => {
    t = await createTestApp();
    const board = await createBoard(t, 3);
    const [p, s, a] = board.holders.map((h) => h.person);
    const all = [p, s, a];
    const M1 = await createMeeting(t, { startsAt: '2025-10-10T22:00:00Z', present: all });
    await createResolution(t, {
      meetingId: M1.id,
      year: 2025,
      number: 7,
      textFr: 'Le conseil mandate la direction pour négocier les baux des locaux régionaux.',
      textEn: 'The board mandates management to negotiate the leases of the regional offices.',
      mover: p,
      seconder: s,
    });
    const M2 = await createMeeting(t, { startsAt: '2026-02-10T23:00:00Z', present: all });
    await createResolution(t, { meetingId: M2.id, number: 14, textFr: 'Le conseil approuve les états financiers vérifiés.', textEn: 'The board approves the audited financial statements.', mover: p, seconder: a });
    const M3 = await createMeeting(t, { startsAt: '2026-03-10T22:00:00Z', present: all });
    const adopt1 = await createResolution(t, { meetingId: M3.id, textFr: 'Adoption du procès-verbal d’octobre (hippopotame).', textEn: 'Adoption of the October minutes (hippopotamus).', mover: p, seconder: s });
    const adopt2 = await createResolution(t, { meetingId: M3.id, textFr: 'Adoption du procès-verbal de février.', textEn: 'Adoption of the February minutes.', mover: p, seconder: s });
    m1 = await publishMinutes(t, board, M1.id, adopt1.id);
    m2 = await publishMinutes(t, board, M2.id, adopt2.id);
    // Draft minutes of the third meeting: never in the archive.
    await t.http.post('/api/minutes').set({ Authorization: `Bearer ${board.secretary.token}` }).send({ meetingId: M3.id }).expect(201);
    const [draft] = await t.ds.query(`SELECT id FROM minutes WHERE meeting_id = $1`, [M3.id]);
    await t.http.patch(`/api/minutes/${draft.id}`).set({ Authorization: `Bearer ${board.secretary.token}` }).send({ bodyFr: 'Texte confidentialissime du brouillon.' }).expect(200);
  });
  afterAll(() => t.close());

  it('lists everything published, newest meeting first, without an account', async () => {
    const all = await search('');
    expect(all.total).toBe(4);
    expect(all.items.map((h) => h.label ?? h.kind)).toEqual(['minutes', 'CA-2026-014', 'minutes', 'CA-2025-007']);
  });

  it('ignores accents and case: « proces verbal » finds « Procès-verbal »', async () => {
    expect((await search('q=proces%20verbal')).items.filter((h) => h.kind === 'minutes').map((h) => h.minutesId).sort()).toEqual([m1, m2].sort());
    expect(await labels('q=ETATS%20FINANCIERS')).toEqual(['CA-2026-014', 'minutes']);
  });

  it('stems French and English words', async () => {
    expect(await labels(`q=${encodeURIComponent('négociations')}`)).toEqual(['CA-2025-007', 'minutes']);
    expect(await labels('q=negociation')).toEqual(['CA-2025-007', 'minutes']);
    expect(await labels('q=lease')).toEqual(['CA-2025-007', 'minutes']);
    expect(await labels('q=statement')).toEqual(['CA-2026-014', 'minutes']);
    expect(await labels(`q=${encodeURIComponent('vérifié')}`)).toEqual(['CA-2026-014', 'minutes']);
  });

  it('finds a resolution by its label or its number, and filters by year', async () => {
    expect(await labels('q=CA-2026-014')).toEqual(['CA-2026-014']);
    expect(await labels('q=ca-2026-14')).toEqual(['CA-2026-014']);
    expect(await labels('q=14')).toEqual(['CA-2026-014']);
    expect(await labels('number=7')).toEqual(['CA-2025-007']);
    expect(await labels('year=2025')).toEqual(['CA-2025-007', 'minutes']);
    expect(await labels('q=2025')).toEqual(['CA-2025-007', 'minutes']);
    expect(await labels('year=2025&q=financiers')).toEqual([]);
  });

  it('never shows drafts, nor the resolutions of a meeting whose minutes are not published', async () => {
    expect((await search('q=confidentialissime')).total).toBe(0);
    expect((await search('q=hippopotame')).total).toBe(0);
  });

  it('answers bad or odd input with 200 or a clear 400, never a 500', async () => {
    for (const q of ['&&&', '!!! ( | )', 'the', '"unterminated', 'a:*', '-', "l'", '\\']) {
      const res = await t.http.get(`/api/archive?q=${encodeURIComponent(q)}`);
      expect([q, res.status]).toEqual([q, 200]);
    }
    expect((await t.http.get('/api/archive?year=99999').expect(400)).body.fields[0].field).toBe('year');
    expect((await t.http.get('/api/archive?number=abc').expect(400)).body.fields[0].field).toBe('number');
    expect((await t.http.get(`/api/archive?q=${'x'.repeat(201)}`).expect(400)).body.fields[0].field).toBe('q');
    expect((await search('page=5')).total).toBe(4);
  });
});
