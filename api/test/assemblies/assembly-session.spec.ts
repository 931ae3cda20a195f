import type { AssemblyDisplay, AssemblyDisplayLink, AssemblyLiveState } from '@concerto/contracts';
import { createHash } from 'crypto';
import { count } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, chairOf, createAssembly, registeredDelegate } from './session-fixtures';

/** The chair's console, the speakers list and the room display link, through the API. */
describe('assembly in session', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const audits = (action: string, targetId?: string) =>
    count(t.ds, 'audit_log', `action = $1 AND stream = 'assemblies'${targetId ? ' AND target_id = $2' : ''}`, targetId ? [action, targetId] : [action]);
  const storedEvents = async (assemblyId: string) =>
    (await t.ds.query<{ seq: string; type: string }[]>(`SELECT seq, type FROM assembly_events WHERE assembly_id = $1 ORDER BY seq`, [assemblyId])).map((e) => `${e.seq}:${e.type}`);
  const itemStatuses = async (assemblyId: string) =>
    (await t.ds.query<{ status: string }[]>(`SELECT status FROM assembly_agenda_items WHERE assembly_id = $1 ORDER BY position`, [assemblyId])).map((r) => r.status);
  /** An assembly in session with its chair. */
  const inSession = async (items = 3) => {
    const a = await createAssembly(t.ds, { items });
    const chair = await chairOf(t, a.id);
    await t.http.post(`/api/assemblies/${a.id}/session/open`).set(bearer(chair.token)).expect(200);
    return { ...a, chair };
  };

  describe('the console', () => {
    it('opens a convened assembly: in session, the first item under way, audited, two events', async () => {
      const a = await createAssembly(t.ds);
      const chair = await chairOf(t, a.id);
      const res = await t.http.post(`/api/assemblies/${a.id}/session/open`).set(bearer(chair.token)).expect(200);
      const live = res.body as AssemblyLiveState;
      expect(live.status).toBe('in_session');
      expect(live.currentItem).toMatchObject({ id: a.itemIds[0], status: 'current', titleFr: 'Ouverture et quorum' });
      expect(live.seq).toBe(2);
      expect(await storedEvents(a.id)).toEqual(['1:assembly.status', '2:agenda.changed']);
      expect(await itemStatuses(a.id)).toEqual(['current', 'pending', 'pending']);
      const [row] = await t.ds.query(`SELECT status, opened_at, current_item_id FROM assemblies WHERE id = $1`, [a.id]);
      expect(row).toMatchObject({ status: 'in_session', current_item_id: a.itemIds[0] });
      expect(row.opened_at).not.toBeNull();
      expect(await audits('assembly.session_opened', a.id)).toBe(1);
    });

    it('refuses to open twice, or an assembly not convened, with a clear 409 and nothing changed', async () => {
      const a = await inSession();
      const again = await t.http.post(`/api/assemblies/${a.id}/session/open`).set(bearer(a.chair.token)).set('Accept-Language', 'en').expect(409);
      expect(again.body).toMatchObject({ code: 'SESSION_NOT_CONVENED', message: 'Only a convened assembly can be opened (this one is: in_session).' });
      const draft = await createAssembly(t.ds, { status: 'draft' });
      const chair = await chairOf(t, draft.id);
      expect((await t.http.post(`/api/assemblies/${draft.id}/session/open`).set(bearer(chair.token)).expect(409)).body.code).toBe('SESSION_NOT_CONVENED');
      expect(await storedEvents(draft.id)).toEqual([]);
    });

    it('is only for the chair named on this assembly: the chair of another one gets 403 and nothing changes', async () => {
      const a = await createAssembly(t.ds);
      await chairOf(t, a.id);
      const other = await createAssembly(t.ds);
      const otherChair = await chairOf(t, other.id);
      const before = await count(t.ds, 'audit_log');
      const res = await t.http.post(`/api/assemblies/${a.id}/session/open`).set(bearer(otherChair.token)).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      expect((await t.http.post(`/api/assemblies/${a.id}/session/next`).set(bearer(otherChair.token))).status).toBe(403);
      expect(await count(t.ds, 'audit_log')).toBe(before);
      expect(await storedEvents(a.id)).toEqual([]);
      const [row] = await t.ds.query(`SELECT status FROM assemblies WHERE id = $1`, [a.id]);
      expect(row.status).toBe('convened');
    });

    it('runs the agenda in order: next, previous, 409 past either end; not before the session opens', async () => {
      const a = await createAssembly(t.ds, { items: 3 });
      const chair = await chairOf(t, a.id);
      const notYet = await t.http.post(`/api/assemblies/${a.id}/session/next`).set(bearer(chair.token)).expect(409);
      expect(notYet.body.code).toBe('SESSION_NOT_IN_SESSION');
      await t.http.post(`/api/assemblies/${a.id}/session/open`).set(bearer(chair.token)).expect(200);
      expect((await t.http.post(`/api/assemblies/${a.id}/session/previous`).set(bearer(chair.token)).expect(409)).body.code).toBe('NO_PREVIOUS_ITEM');

      let live = (await t.http.post(`/api/assemblies/${a.id}/session/next`).set(bearer(chair.token)).expect(200)).body as AssemblyLiveState;
      expect(live.currentItem?.id).toBe(a.itemIds[1]);
      expect(await itemStatuses(a.id)).toEqual(['done', 'current', 'pending']);

      live = (await t.http.post(`/api/assemblies/${a.id}/session/previous`).set(bearer(chair.token)).expect(200)).body as AssemblyLiveState;
      expect(live.currentItem?.id).toBe(a.itemIds[0]);
      expect(await itemStatuses(a.id)).toEqual(['current', 'pending', 'pending']);

      await t.http.post(`/api/assemblies/${a.id}/session/next`).set(bearer(chair.token)).expect(200);
      await t.http.post(`/api/assemblies/${a.id}/session/next`).set(bearer(chair.token)).expect(200);
      expect(await itemStatuses(a.id)).toEqual(['done', 'done', 'current']);
      const events = await storedEvents(a.id);
      const last = await t.http.post(`/api/assemblies/${a.id}/session/next`).set(bearer(chair.token)).expect(409);
      expect(last.body.code).toBe('NO_NEXT_ITEM');
      expect(await storedEvents(a.id)).toEqual(events);
      expect(await audits('assembly.agenda_next', a.id)).toBe(3);
      expect(await audits('assembly.agenda_previous', a.id)).toBe(1);

      live = (await t.http.post(`/api/assemblies/${a.id}/session/close`).set(bearer(chair.token)).expect(200)).body as AssemblyLiveState;
      expect(live).toMatchObject({ status: 'closed', currentItem: null });
      expect(await itemStatuses(a.id)).toEqual(['done', 'done', 'done']);
      expect((await t.http.post(`/api/assemblies/${a.id}/session/close`).set(bearer(chair.token)).expect(409)).body.code).toBe('SESSION_NOT_IN_SESSION');
    });

    it('sets the text under debate; an event only for the current item; 404 for an item of another assembly', async () => {
      const a = await inSession();
      const before = (await storedEvents(a.id)).length;
      await t.http.patch(`/api/assemblies/${a.id}/session/items/${a.itemIds[1]}`).set(bearer(a.chair.token)).send({ bodyFr: 'Texte à venir' }).expect(200);
      expect((await storedEvents(a.id)).length).toBe(before);
      const live = (await t.http.patch(`/api/assemblies/${a.id}/session/items/${a.itemIds[0]}`).set(bearer(a.chair.token)).send({ bodyFr: '  Que l’assemblée…  ', bodyEn: 'That the assembly…' }).expect(200))
        .body as AssemblyLiveState;
      expect(live.currentItem).toMatchObject({ bodyFr: 'Que l’assemblée…', bodyEn: 'That the assembly…' });
      expect((await storedEvents(a.id)).slice(before)).toEqual([`${before + 1}:agenda.changed`]);
      const [event] = await t.ds.query(`SELECT payload FROM assembly_events WHERE assembly_id = $1 AND seq = $2`, [a.id, before + 1]);
      expect(event.payload.currentItem.bodyEn).toBe('That the assembly…');
      const other = await createAssembly(t.ds);
      expect((await t.http.patch(`/api/assemblies/${a.id}/session/items/${other.itemIds[0]}`).set(bearer(a.chair.token)).send({ bodyFr: 'x' }).expect(404)).body.code).toBe('AGENDA_ITEM_NOT_FOUND');
      const tooLong = await t.http.patch(`/api/assemblies/${a.id}/session/items/${a.itemIds[0]}`).set(bearer(a.chair.token)).send({ bodyFr: 'x'.repeat(20_001) }).expect(400);
      expect(tooLong.body.fields[0].field).toBe('bodyFr');
      expect(await audits('assembly.item_text_updated')).toBeGreaterThanOrEqual(2);
    });
  });

  describe('the speakers list', () => {
    it('puts questions of privilege and points of order first, then everyone in the order they asked', async () => {
      const a = await inSession();
      const ana = await registeredDelegate(t, a.id, { fullName: 'Ana Pour' });
      const bob = await registeredDelegate(t, a.id, { fullName: 'Bob Contre' });
      const cleo = await registeredDelegate(t, a.id, { fullName: 'Cléo Ordre' });
      const dan = await registeredDelegate(t, a.id, { fullName: 'Dan Privilège' });
      await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(ana.token)).send({ kind: 'for' }).expect(201);
      await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(bob.token)).send({ kind: 'against' }).expect(201);
      await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(cleo.token)).send({ kind: 'order' }).expect(201);
      const live = (await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(dan.token)).send({ kind: 'privilege' }).expect(201)).body as AssemblyLiveState;
      expect(live.speakers.map((s) => s.fullName)).toEqual(['Cléo Ordre', 'Dan Privilège', 'Ana Pour', 'Bob Contre']);
      expect(live.speakers[0]).toMatchObject({ personId: cleo.id, kind: 'order', status: 'waiting', startedAt: null });
      expect(live.speakers[0].memberName).toMatch(/^Coopérative /);
      expect(live.speakerSeconds).toBe(180);

      // The chair gives the floor in that order; the speaker comes first, then those waiting.
      let next = (await t.http.post(`/api/assemblies/${a.id}/speakers/next`).set(bearer(a.chair.token)).expect(200)).body as AssemblyLiveState;
      expect(next.speakers.map((s) => `${s.fullName}:${s.status}`)).toEqual(['Cléo Ordre:speaking', 'Dan Privilège:waiting', 'Ana Pour:waiting', 'Bob Contre:waiting']);
      expect(next.speakers[0].startedAt).not.toBeNull();
      next = (await t.http.post(`/api/assemblies/${a.id}/speakers/next`).set(bearer(a.chair.token)).expect(200)).body as AssemblyLiveState;
      expect(next.speakers.map((s) => `${s.fullName}:${s.status}`)).toEqual(['Dan Privilège:speaking', 'Ana Pour:waiting', 'Bob Contre:waiting']);
      const [cleoRow] = await t.ds.query(`SELECT status, ended_at FROM assembly_speakers WHERE person_id = $1`, [cleo.id]);
      expect(cleoRow.status).toBe('done');

      // Out of order by the chair's choice, then end, then remove a waiting request.
      const bobId = next.speakers[2].id;
      next = (await t.http.post(`/api/assemblies/${a.id}/speakers/${bobId}/give`).set(bearer(a.chair.token)).expect(200)).body as AssemblyLiveState;
      expect(next.speakers.map((s) => `${s.fullName}:${s.status}`)).toEqual(['Bob Contre:speaking', 'Ana Pour:waiting']);
      expect((await t.http.post(`/api/assemblies/${a.id}/speakers/${bobId}/give`).set(bearer(a.chair.token)).expect(409)).body.code).toBe('SPEAKER_NOT_WAITING');
      next = (await t.http.post(`/api/assemblies/${a.id}/speakers/${bobId}/end`).set(bearer(a.chair.token)).expect(200)).body as AssemblyLiveState;
      expect(next.speakers.map((s) => s.fullName)).toEqual(['Ana Pour']);
      expect((await t.http.post(`/api/assemblies/${a.id}/speakers/${bobId}/end`).set(bearer(a.chair.token)).expect(409)).body.code).toBe('SPEAKER_NOT_SPEAKING');
      next = (await t.http.delete(`/api/assemblies/${a.id}/speakers/${next.speakers[0].id}`).set(bearer(a.chair.token)).expect(200)).body as AssemblyLiveState;
      expect(next.speakers).toEqual([]);
      expect((await t.http.post(`/api/assemblies/${a.id}/speakers/next`).set(bearer(a.chair.token)).expect(409)).body.code).toBe('NOBODY_WAITING');
      expect((await t.http.post(`/api/assemblies/${a.id}/speakers/00000000-0000-4000-8000-000000000000/give`).set(bearer(a.chair.token)).expect(404)).body.code).toBe('SPEAKER_NOT_FOUND');

      // Every change: one speakers.changed event with the whole list, and an audit entry.
      const types = (await storedEvents(a.id)).map((e) => e.split(':')[1]);
      expect(types.filter((x) => x === 'speakers.changed')).toHaveLength(9);
      expect(await audits('assembly.floor_asked')).toBeGreaterThanOrEqual(4);
      expect(await audits('assembly.speaker_started')).toBeGreaterThanOrEqual(3);
      expect(await audits('assembly.speaker_ended')).toBeGreaterThanOrEqual(1);
      expect(await audits('assembly.speaker_removed')).toBeGreaterThanOrEqual(1);
    });

    it('takes one request per person: asking twice is a 409, and of 20 simultaneous asks one gets 201', async () => {
      const a = await inSession();
      const d = await registeredDelegate(t, a.id);
      await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(d.token)).send({ kind: 'for' }).expect(201);
      const twice = await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(d.token)).set('Accept-Language', 'en').send({ kind: 'against' }).expect(409);
      expect(twice.body).toMatchObject({ code: 'FLOOR_ALREADY_ASKED', message: 'You already asked for the floor (or you have it).' });

      const e = await registeredDelegate(t, a.id);
      const statuses = await Promise.all(Array.from({ length: 20 }, () => t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(e.token)).send({ kind: 'for' }).then((r) => r.status)));
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM assembly_speakers WHERE person_id = $1`, [e.id]);
      expect(n).toBe(1);
    });

    it('is for delegates registered in this assembly (403) and present (409); withdrawing their own request', async () => {
      const a = await inSession();
      const absent = await registeredDelegate(t, a.id, { present: false });
      const other = await createAssembly(t.ds);
      const elsewhere = await registeredDelegate(t, other.id);
      const notPresent = await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(absent.token)).send({ kind: 'for' }).expect(409);
      expect(notPresent.body.code).toBe('NOT_PRESENT');
      const notRegistered = await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(elsewhere.token)).send({ kind: 'for' }).expect(403);
      expect(notRegistered.body.code).toBe('NOT_REGISTERED');
      expect((await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(a.chair.token)).send({ kind: 'for' }).expect(403)).body.code).toBe('FORBIDDEN');
      const bad = await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(elsewhere.token)).send({ kind: 'louder' }).expect(400);
      expect(bad.body.fields[0].field).toBe('kind');
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM assembly_speakers WHERE assembly_id = $1`, [a.id]);
      expect(n).toBe(0);

      const d = await registeredDelegate(t, a.id);
      expect((await t.http.delete(`/api/assemblies/${a.id}/floor`).set(bearer(d.token)).expect(409)).body.code).toBe('FLOOR_NOT_ASKED');
      await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(d.token)).send({ kind: 'for' }).expect(201);
      const live = (await t.http.delete(`/api/assemblies/${a.id}/floor`).set(bearer(d.token)).expect(200)).body as AssemblyLiveState;
      expect(live.speakers).toEqual([]);
      // Withdrawn: may ask again.
      await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(d.token)).send({ kind: 'against' }).expect(201);
      expect(await audits('assembly.floor_withdrawn')).toBeGreaterThanOrEqual(1);
    });

    it('refuses the floor outside a session', async () => {
      const a = await createAssembly(t.ds);
      const d = await registeredDelegate(t, a.id);
      expect((await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(d.token)).send({ kind: 'for' }).expect(409)).body.code).toBe('SESSION_NOT_IN_SESSION');
    });

    it('closes the list of an item when the chair moves to the next: the speaker is done, those waiting withdrawn', async () => {
      const a = await inSession();
      const d1 = await registeredDelegate(t, a.id);
      const d2 = await registeredDelegate(t, a.id);
      await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(d1.token)).send({ kind: 'for' }).expect(201);
      await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(d2.token)).send({ kind: 'for' }).expect(201);
      await t.http.post(`/api/assemblies/${a.id}/speakers/next`).set(bearer(a.chair.token)).expect(200);
      const live = (await t.http.post(`/api/assemblies/${a.id}/session/next`).set(bearer(a.chair.token)).expect(200)).body as AssemblyLiveState;
      expect(live.speakers).toEqual([]);
      const rows = await t.ds.query(`SELECT person_id, status, agenda_item_id FROM assembly_speakers WHERE assembly_id = $1 ORDER BY requested_at`, [a.id]);
      expect(rows).toEqual([
        { person_id: d1.id, status: 'done', agenda_item_id: a.itemIds[0] },
        { person_id: d2.id, status: 'withdrawn', agenda_item_id: a.itemIds[0] },
      ]);
      expect((await storedEvents(a.id)).slice(-2).map((e) => e.split(':')[1])).toEqual(['agenda.changed', 'speakers.changed']);
      // A new item, a new list: d2 may ask again, for the new item.
      await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(d2.token)).send({ kind: 'against' }).expect(201);
      const [row] = await t.ds.query(`SELECT agenda_item_id FROM assembly_speakers WHERE person_id = $1 AND status = 'waiting'`, [d2.id]);
      expect(row.agenda_item_id).toBe(a.itemIds[1]);
    });
  });

  describe('the live state', () => {
    it('is read by anyone with assemblies.read; a draft only by its editors and staff (404 otherwise)', async () => {
      const a = await inSession();
      const d = await registeredDelegate(t, a.id);
      await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(d.token)).send({ kind: 'for' }).expect(201);
      const { token: secretary } = await t.personWith(['secretary']);
      const live = (await t.http.get(`/api/assemblies/${a.id}/live`).set(bearer(secretary)).expect(200)).body as AssemblyLiveState;
      expect(live).toMatchObject({ assemblyId: a.id, status: 'in_session', seq: 3, speakerSeconds: 180 });
      expect(live.quorum).toMatchObject({ present: 1, presentHall: 1, registered: 1, required: 2, met: false });
      expect(live.speakers.map((s) => s.personId)).toEqual([d.id]);

      const draft = await createAssembly(t.ds, { status: 'draft' });
      expect((await t.http.get(`/api/assemblies/${draft.id}/live`).set(bearer(secretary)).expect(404)).body.code).toBe('ASSEMBLY_NOT_FOUND');
      const { token: admin } = await t.personWith(['admin']);
      await t.http.get(`/api/assemblies/${draft.id}/live`).set(bearer(admin)).expect(200);
      const chair = await chairOf(t, draft.id);
      await t.http.get(`/api/assemblies/${draft.id}/live`).set(bearer(chair.token)).expect(200);
      await t.http.get(`/api/assemblies/00000000-0000-4000-8000-000000000000/live`).set(bearer(admin)).expect(404);
    });
  });

  describe('the room display link', () => {
    it('is made by the chair or an administrator, kept only as a hash; a new link revokes the old one', async () => {
      const a = await inSession();
      const d = await registeredDelegate(t, a.id, { fullName: 'Awa Diallo' });
      await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(d.token)).send({ kind: 'for' }).expect(201);
      const link = (await t.http.post(`/api/assemblies/${a.id}/display-link`).set(bearer(a.chair.token)).expect(201)).body as AssemblyDisplayLink;
      expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(link.path).toBe(`/display/${link.token}`);
      const [row] = await t.ds.query(`SELECT display_token_hash FROM assemblies WHERE id = $1`, [a.id]);
      expect(row.display_token_hash).toBe(createHash('sha256').update(link.token).digest('hex'));

      const shown = (await t.http.get(`/api/display/${link.token}`).expect(200)).body as AssemblyDisplay;
      expect(shown.assembly).toEqual({ id: a.id, kind: 'annual', titleFr: 'Assemblée générale annuelle', titleEn: 'Annual general assembly', startsAt: expect.any(String), place: 'Montréal' });
      expect(shown.live.speakers).toEqual([expect.objectContaining({ fullName: 'Awa Diallo', personId: '' })]);
      expect(JSON.stringify(shown)).not.toContain(d.id);

      const { token: admin } = await t.personWith(['admin']);
      const second = (await t.http.post(`/api/assemblies/${a.id}/display-link`).set(bearer(admin)).expect(201)).body as AssemblyDisplayLink;
      expect((await t.http.get(`/api/display/${link.token}`).expect(404)).body.code).toBe('DISPLAY_LINK_INVALID');
      await t.http.get(`/api/display/${second.token}`).expect(200);
      await t.http.get(`/api/display/${'A'.repeat(43)}`).expect(404);
      await t.http.get(`/api/display/short`).expect(404);
      expect(await audits('assembly.display_link_created', a.id)).toBe(2);

      const other = await createAssembly(t.ds);
      const otherChair = await chairOf(t, other.id);
      const before = await count(t.ds, 'audit_log');
      expect((await t.http.post(`/api/assemblies/${a.id}/display-link`).set(bearer(otherChair.token)).expect(403)).body.code).toBe('FORBIDDEN');
      expect(await count(t.ds, 'audit_log')).toBe(before);
      await t.http.get(`/api/display/${second.token}`).expect(200);
    });
  });
});
