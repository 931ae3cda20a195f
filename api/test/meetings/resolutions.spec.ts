import type { BoardActionItem, BoardMeeting } from '@concerto/contracts';
import { count } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { createAgendaItem, createMeeting, markPresent, proposeDirect, seatHolder } from './meeting-fixtures';

type Holder = Awaited<ReturnType<typeof seatHolder>>;

describe('board quorum, resolutions, conflicts of interest, action items', () => {
  let t: TestApp;
  let secretary: string;
  beforeAll(async () => {
    t = await createTestApp();
    secretary = (await t.personWith(['secretary'])).token;
  });
  afterAll(() => t.close());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const get = async (id: string) => (await t.http.get(`/api/meetings/${id}`).set(as(secretary)).expect(200)).body as BoardMeeting;

  /** Each test its own board: the terms of earlier tests end before this meeting's date. */
  const MEETING_AT = (n: number) => `${2030 + n}-03-10T23:00:00Z`;
  const board = async (n: number, size: number): Promise<Holder[]> => {
    const holders: Holder[] = [];
    for (let i = 0; i < size; i++) holders.push(await seatHolder(t, { startsOn: `${2030 + n}-01-01`, endsOn: `${2030 + n}-12-31` }));
    return holders;
  };

  it('computes quorum from the seats filled at the meeting date: vacancies and ended terms do not count', async () => {
    const meetingId = await createMeeting(t, MEETING_AT(0));
    const holders = await board(0, 5);
    // Ended before the meeting (resigned), and not yet started: neither holds a seat that day.
    await seatHolder(t, { startsOn: '2030-01-01', endsOn: '2030-12-31', endedOn: '2030-02-01' });
    await seatHolder(t, { startsOn: '2030-04-01', endsOn: '2030-12-31' });
    let m = await get(meetingId);
    expect(m.attendance).toHaveLength(5);
    expect(m.quorum).toEqual({ seatsFilled: 5, present: 0, required: 3, met: false, type: 'majority', value: 0 });
    m = (
      await t.http
        .put(`/api/meetings/${meetingId}/attendance`)
        .set(as(secretary))
        .send({ entries: [...holders.slice(0, 3).map((h) => ({ personId: h.person.id, status: 'present' })), { personId: holders[3].person.id, status: 'excused' }] })
        .expect(200)
    ).body;
    expect(m.quorum).toMatchObject({ seatsFilled: 5, present: 3, required: 3, met: true });

    // The bylaws may set a number instead.
    const admin = (await t.personWith(['admin'])).token;
    await t.http.patch('/api/settings').set(as(admin)).send({ boardQuorumType: 'count', boardQuorumValue: 4 }).expect(200);
    expect((await get(meetingId)).quorum).toMatchObject({ required: 4, met: false, type: 'count', value: 4 });
    const over = await t.http.patch('/api/settings').set(as(admin)).send({ boardQuorumType: 'percent', boardQuorumValue: 150 }).expect(400);
    expect(over.body.fields[0].field).toBe('boardQuorumValue');
    await t.http.patch('/api/settings').set(as(admin)).send({ boardQuorumType: 'majority', boardQuorumValue: 0 }).expect(200);
  });

  it('refuses to decide a resolution while quorum is not met (409), changing nothing', async () => {
    const meetingId = await createMeeting(t, MEETING_AT(1));
    const holders = await board(1, 5);
    await markPresent(t, meetingId, [holders[0].person.id, holders[1].person.id]);
    const r = await proposeDirect(t, meetingId, holders[0].person.id, holders[1].person.id, 'consensus');
    const before = await count(t.ds, 'audit_log');
    const res = await t.http.post(`/api/meetings/${meetingId}/resolutions/${r}/decision`).set(as(secretary)).send({ outcome: 'adopted' }).expect(409);
    expect(res.body).toMatchObject({ code: 'QUORUM_NOT_MET', message: "Le quorum n'est pas atteint (2 présent·es, 3 requis·es) : aucune résolution ne peut être tranchée." });
    expect((await get(meetingId)).resolutions[0]).toMatchObject({ status: 'proposed', number: null });
    expect(await count(t.ds, 'audit_log')).toBe(before);
  });

  it('proposes with a present mover and seconder, records each vote, adopts when more for than against, and numbers it', async () => {
    const meetingId = await createMeeting(t, MEETING_AT(2));
    const h = await board(2, 5);
    await markPresent(t, meetingId, h.slice(0, 4).map((x) => x.person.id));
    await markPresent(t, meetingId, [h[4].person.id], 'absent');
    const same = await t.http.post(`/api/meetings/${meetingId}/resolutions`).set(as(secretary)).send({ textFr: 'Texte', textEn: 'Text', moverId: h[0].person.id, seconderId: h[0].person.id, decisionMode: 'vote' });
    expect(same.body.code).toBe('MOVER_IS_SECONDER');
    const absent = await t.http.post(`/api/meetings/${meetingId}/resolutions`).set(as(secretary)).send({ textFr: 'Texte', textEn: 'Text', moverId: h[0].person.id, seconderId: h[4].person.id, decisionMode: 'vote' });
    expect(absent.status).toBe(409);
    expect(absent.body.code).toBe('NOT_PRESENT');

    let m: BoardMeeting = (
      await t.http
        .post(`/api/meetings/${meetingId}/resolutions`)
        .set(as(secretary))
        .send({ textFr: 'Que le budget 2033 soit adopté.', textEn: 'That the 2033 budget be adopted.', moverId: h[0].person.id, seconderId: h[1].person.id, decisionMode: 'vote' })
        .expect(201)
    ).body;
    const id = m.resolutions[0].id;
    const notPresent = await t.http.post(`/api/meetings/${meetingId}/resolutions/${id}/decision`).set(as(secretary)).send({ votes: [{ personId: h[4].person.id, choice: 'for' }] });
    expect(notPresent.body.code).toBe('NOT_PRESENT');
    const dup = await t.http.post(`/api/meetings/${meetingId}/resolutions/${id}/decision`).set(as(secretary)).send({ votes: [{ personId: h[0].person.id, choice: 'for' }, { personId: h[0].person.id, choice: 'against' }] });
    expect(dup.body.code).toBe('DUPLICATE_VOTE');
    const mode = await t.http.post(`/api/meetings/${meetingId}/resolutions/${id}/decision`).set(as(secretary)).send({ outcome: 'adopted' });
    expect(mode.body.code).toBe('DECISION_MODE_MISMATCH');
    expect(await count(t.ds, 'audit_log', `action LIKE 'board_resolution.%' AND target_id = $1`, [id])).toBe(1);

    m = (
      await t.http
        .post(`/api/meetings/${meetingId}/resolutions/${id}/decision`)
        .set(as(secretary))
        .send({ votes: [{ personId: h[0].person.id, choice: 'for' }, { personId: h[1].person.id, choice: 'for' }, { personId: h[2].person.id, choice: 'against' }, { personId: h[3].person.id, choice: 'abstain' }] })
        .expect(200)
    ).body;
    const r = m.resolutions[0];
    expect(r).toMatchObject({ status: 'adopted', year: 2032, number: 1, label: 'CA-2032-001', counts: { for: 2, against: 1, abstain: 1 } });
    expect(r.votes).toHaveLength(4);
    const votes = await t.ds.query(`SELECT person_id AS "personId", choice FROM board_resolution_votes WHERE resolution_id = $1 ORDER BY choice`, [id]);
    expect(votes).toHaveLength(4);
    expect(await count(t.ds, 'audit_log', `action = 'board_resolution.adopted' AND target_id = $1 AND stream = 'board-meetings'`, [id])).toBe(1);

    const again = await t.http.post(`/api/meetings/${meetingId}/resolutions/${id}/decision`).set(as(secretary)).send({ votes: [{ personId: h[3].person.id, choice: 'for' }] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('RESOLUTION_DECIDED');
    // The database itself refuses any change to a decided resolution.
    await expect(t.ds.query(`UPDATE board_resolutions SET text_fr = 'Autre' WHERE id = $1`, [id])).rejects.toThrow();

    // A tie is rejected and takes no number; a resolution adopted by consensus takes the next one.
    const tie = await proposeDirect(t, meetingId, h[0].person.id, h[1].person.id);
    m = (await t.http.post(`/api/meetings/${meetingId}/resolutions/${tie}/decision`).set(as(secretary)).send({ votes: [{ personId: h[0].person.id, choice: 'for' }, { personId: h[2].person.id, choice: 'against' }] }).expect(200)).body;
    expect(m.resolutions.find((x) => x.id === tie)).toMatchObject({ status: 'rejected', number: null, label: null });
    const cons = await proposeDirect(t, meetingId, h[0].person.id, h[1].person.id, 'consensus');
    m = (await t.http.post(`/api/meetings/${meetingId}/resolutions/${cons}/decision`).set(as(secretary)).send({ outcome: 'adopted' }).expect(200)).body;
    expect(m.resolutions.find((x) => x.id === cons)).toMatchObject({ status: 'adopted', label: 'CA-2032-002', votes: [] });
  });

  it('records a conflict of interest: the member may not vote on the item (409) and is not counted as a voter', async () => {
    // Members today (a board member declares only while holding a seat), meeting next week.
    const meetingId = await createMeeting(t);
    const item = await createAgendaItem(t, meetingId, 'Contrat avec la coop de Hugo');
    const h: Holder[] = [];
    for (let i = 0; i < 4; i++) h.push(await seatHolder(t));
    await markPresent(t, meetingId, h.map((x) => x.person.id));
    // Board members declare for themselves only; the secretary for anyone.
    const other = await t.http.post(`/api/meetings/${meetingId}/conflicts`).set(as(h[0].token)).send({ agendaItemId: item, personId: h[1].person.id });
    expect(other.status).toBe(403);
    const own = await t.http.post(`/api/meetings/${meetingId}/conflicts`).set(as(h[3].token)).send({ agendaItemId: item, personId: h[3].person.id, note: 'Administrateur de la coop' }).expect(201);
    expect((own.body as BoardMeeting).conflicts).toEqual([expect.objectContaining({ personId: h[3].person.id, agendaItemId: item, note: 'Administrateur de la coop' })]);
    const twice = await t.http.post(`/api/meetings/${meetingId}/conflicts`).set(as(secretary)).send({ agendaItemId: item, personId: h[3].person.id }).expect(409);
    expect(twice.body.code).toBe('CONFLICT_ALREADY_DECLARED');
    const outsider = await t.personWith([]);
    const notOnBoard = await t.http.post(`/api/meetings/${meetingId}/conflicts`).set(as(secretary)).send({ agendaItemId: item, personId: outsider.person.id }).expect(409);
    expect(notOnBoard.body.code).toBe('NOT_A_SEAT_HOLDER');
    expect(await count(t.ds, 'audit_log', `action = 'board_meeting.conflict_declared'`)).toBe(1);

    const m = (
      await t.http
        .post(`/api/meetings/${meetingId}/resolutions`)
        .set(as(secretary))
        .send({ agendaItemId: item, textFr: 'Que le contrat soit signé.', textEn: 'That the contract be signed.', moverId: h[0].person.id, seconderId: h[1].person.id, decisionMode: 'vote' })
        .expect(201)
    ).body as BoardMeeting;
    const id = m.resolutions[0].id;
    const asMover = await t.http.post(`/api/meetings/${meetingId}/resolutions`).set(as(secretary)).send({ agendaItemId: item, textFr: 'Xx', textEn: 'Xx', moverId: h[3].person.id, seconderId: h[1].person.id, decisionMode: 'vote' });
    expect(asMover.body.code).toBe('CONFLICT_OF_INTEREST');
    const refused = await t.http
      .post(`/api/meetings/${meetingId}/resolutions/${id}/decision`)
      .set(as(secretary))
      .set('Accept-Language', 'en')
      .send({ votes: [{ personId: h[0].person.id, choice: 'for' }, { personId: h[3].person.id, choice: 'for' }] })
      .expect(409);
    expect(refused.body.code).toBe('CONFLICT_OF_INTEREST');
    expect(refused.body.message).toContain('declared a conflict of interest');
    expect(await count(t.ds, 'board_resolution_votes' as never, 'resolution_id = $1', [id])).toBe(0);
    const ok = (
      await t.http
        .post(`/api/meetings/${meetingId}/resolutions/${id}/decision`)
        .set(as(secretary))
        .send({ votes: [{ personId: h[0].person.id, choice: 'for' }, { personId: h[1].person.id, choice: 'against' }, { personId: h[2].person.id, choice: 'for' }] })
        .expect(200)
    ).body as BoardMeeting;
    expect(ok.resolutions[0].counts).toEqual({ for: 2, against: 1, abstain: 0 });
    expect(ok.resolutions[0].votes.map((v) => v.personId)).not.toContain(h[3].person.id);
  });

  it('numbers concurrent adoptions without a gap or a duplicate', async () => {
    const h = await board(4, 3);
    const ids: [string, string][] = [];
    for (let i = 0; i < 8; i++) {
      const meetingId = await createMeeting(t, `2034-0${1 + (i % 3)}-1${i}T15:00:00Z`);
      await markPresent(t, meetingId, h.map((x) => x.person.id));
      ids.push([meetingId, await proposeDirect(t, meetingId, h[0].person.id, h[1].person.id, 'consensus')]);
    }
    const responses = await Promise.all(ids.map(([m, r]) => t.http.post(`/api/meetings/${m}/resolutions/${r}/decision`).set(as(secretary)).send({ outcome: 'adopted' })));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    const numbers = await t.ds.query<{ number: number }[]>(`SELECT number FROM board_resolutions WHERE year = 2034 ORDER BY number`);
    expect(numbers.map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // The same resolution decided twice at once: once only.
    const [m0] = ids[0];
    const again = await proposeDirect(t, m0, h[0].person.id, h[1].person.id, 'consensus');
    const twice = await Promise.all([0, 1].map(() => t.http.post(`/api/meetings/${m0}/resolutions/${again}/decision`).set(as(secretary)).send({ outcome: 'adopted' })));
    expect(twice.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await t.ds.query(`SELECT number FROM board_resolutions WHERE id = $1`, [again]))[0].number).toBe(9);
  });

  it('keeps action items: the owner sees their open ones and changes the status; others may not; the secretary manages all', async () => {
    const meetingId = await createMeeting(t);
    const owner = await seatHolder(t);
    const other = await seatHolder(t);
    const m = (
      await t.http.post(`/api/meetings/${meetingId}/action-items`).set(as(secretary)).send({ description: 'Envoyer le budget aux membres', ownerId: owner.person.id, dueOn: '2026-12-20' }).expect(201)
    ).body as BoardMeeting;
    const item = m.actionItems[0];
    expect(item).toMatchObject({ description: 'Envoyer le budget aux membres', ownerId: owner.person.id, dueOn: '2026-12-20', status: 'open' });
    const mine = (await t.http.get('/api/action-items/mine').set(as(owner.token)).expect(200)).body as BoardActionItem[];
    expect(mine.map((i) => i.id)).toEqual([item.id]);
    expect((await t.http.get('/api/action-items/mine').set(as(other.token)).expect(200)).body).toEqual([]);

    expect((await t.http.patch(`/api/action-items/${item.id}`).set(as(other.token)).send({ status: 'done' })).status).toBe(403);
    expect((await t.http.patch(`/api/action-items/${item.id}`).set(as(owner.token)).send({ description: 'Autre chose' })).status).toBe(403);
    const done = await t.http.patch(`/api/action-items/${item.id}`).set(as(owner.token)).send({ status: 'done' }).expect(200);
    expect(done.body.status).toBe('done');
    expect((await t.http.get('/api/action-items/mine').set(as(owner.token)).expect(200)).body).toEqual([]);
    await t.http.patch(`/api/action-items/${item.id}`).set(as(secretary)).send({ status: 'open', ownerId: other.person.id, dueOn: null }).expect(200);
    expect(((await t.http.get('/api/action-items/mine').set(as(other.token)).expect(200)).body as BoardActionItem[])[0]).toMatchObject({ id: item.id, dueOn: null });
    expect(await count(t.ds, 'audit_log', `action = 'action_item.updated' AND target_id = $1`, [item.id])).toBe(2);
    expect(await count(t.ds, 'audit_log', `action = 'action_item.created' AND target_id = $1`, [item.id])).toBe(1);
    const unknown = await t.http.patch('/api/action-items/00000000-0000-4000-8000-000000000000').set(as(secretary)).send({ status: 'done' });
    expect(unknown.status).toBe(404);
    const badOwner = await t.http.post(`/api/meetings/${meetingId}/action-items`).set(as(secretary)).send({ description: 'Xx', ownerId: '00000000-0000-4000-8000-000000000000' });
    expect(badOwner.status).toBe(404);
  });
});
