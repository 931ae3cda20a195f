import type { AssemblyEvent } from '@concerto/contracts';
import type { AddressInfo } from 'net';
import { loadAssemblyQuorum } from '../../src/assemblies/assembly-quorum';
import { AssemblyEventsHub } from '../../src/realtime/assembly-events.hub';
import { AssemblyEventsPublisher } from '../../src/realtime/assembly-events.publisher';
import { openSse, type SseClient } from '../support/sse-client';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, chairOf, createAssembly, registeredDelegate } from './session-fixtures';

/** The event stream of an assembly on one API process: live delivery, catch-up, headers, access, reconnection. */
describe('live events of an assembly (server-sent events)', () => {
  let t: TestApp;
  let base: string;
  let reader: string;
  const clients: SseClient[] = [];
  const open = async (path: string, headers: Record<string, string> = {}) => {
    const c = await openSse(base, path, headers);
    clients.push(c);
    return c;
  };
  /** An attendance event raised as a check-in does: inside a transaction, through the app's publisher. */
  const publish = (assemblyId: string) =>
    t.ds.transaction(async (em) => t.app.get(AssemblyEventsPublisher).publish(em, assemblyId, { type: 'attendance.changed', quorum: await loadAssemblyQuorum(em, assemblyId) }));
  const seqs = (c: SseClient) => c.events.map((e) => Number(e.id));

  beforeAll(async () => {
    t = await createTestApp();
    const server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    reader = (await t.personWith(['secretary'])).token;
  });
  // Streams still open here: closing the app must end them (jest would not exit otherwise).
  afterAll(() => t.close());

  it('streams unbuffered and uncompressed: event-stream headers, a retry delay, then each event as it commits, id = seq', async () => {
    const a = await createAssembly(t.ds);
    const c = await open(`/api/assemblies/${a.id}/events`, { ...bearer(reader), 'Accept-Encoding': 'gzip, deflate, br' });
    expect(c.status).toBe(200);
    expect(c.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(c.headers['x-accel-buffering']).toBe('no');
    expect(c.headers['cache-control']).toContain('no-cache');
    expect(c.headers['content-encoding']).toBeUndefined();
    await c.waitForComment(/connected/);
    expect(c.retry).toBe(2000);

    const chair = await chairOf(t, a.id);
    await t.http.post(`/api/assemblies/${a.id}/session/open`).set(bearer(chair.token)).expect(200);
    const [status, agenda] = await c.waitForEvents(2);
    expect(status).toMatchObject({ id: '1', event: 'assembly.status' });
    expect(JSON.parse(status.data)).toMatchObject({ assemblyId: a.id, seq: 1, type: 'assembly.status', status: 'in_session', at: expect.any(String) });
    expect(JSON.parse(agenda.data)).toMatchObject({ seq: 2, type: 'agenda.changed', currentItem: { id: a.itemIds[0] } });

    await publish(a.id);
    const [, , attendance] = await c.waitForEvents(3);
    expect(attendance.event).toBe('attendance.changed');
    expect((JSON.parse(attendance.data) as AssemblyEvent & { type: 'attendance.changed' }).quorum).toMatchObject({ present: 0, required: 2 });
  });

  it('catches up after Last-Event-ID (or ?after=) with exactly the missed events, in order, then goes on live', async () => {
    const a = await createAssembly(t.ds);
    for (let i = 0; i < 5; i++) await publish(a.id);
    const byHeader = await open(`/api/assemblies/${a.id}/events`, { ...bearer(reader), 'Last-Event-ID': '2' });
    const byQuery = await open(`/api/assemblies/${a.id}/events?after=4`, bearer(reader));
    const fresh = await open(`/api/assemblies/${a.id}/events`, bearer(reader));
    const fromFuture = await open(`/api/assemblies/${a.id}/events`, { ...bearer(reader), 'Last-Event-ID': '999' });
    await byHeader.waitForEvents(3);
    await byQuery.waitForEvents(1);
    await publish(a.id);
    await byHeader.waitForEvents(4);
    await byQuery.waitForEvents(2);
    await fresh.waitForEvents(1);
    await fromFuture.waitForEvents(1);
    expect(seqs(byHeader)).toEqual([3, 4, 5, 6]);
    expect(seqs(byQuery)).toEqual([5, 6]);
    // No Last-Event-ID: from now on. A seq this assembly never reached: from now on too.
    expect(seqs(fresh)).toEqual([6]);
    expect(seqs(fromFuture)).toEqual([6]);
  });

  it('delivers every event once and in order when a catch-up races with events being committed', async () => {
    const a = await createAssembly(t.ds);
    for (let i = 0; i < 10; i++) await publish(a.id);
    const commits = Promise.all(Array.from({ length: 30 }, () => publish(a.id)));
    const racing = await Promise.all([0, 3, 7, 10].map((after) => open(`/api/assemblies/${a.id}/events?after=${after}`, bearer(reader))));
    await commits;
    const late = await open(`/api/assemblies/${a.id}/events?after=25`, bearer(reader));
    for (const [i, after] of [0, 3, 7, 10].entries()) {
      await racing[i].waitForEvents(40 - after, 10_000);
      expect(seqs(racing[i])).toEqual(Array.from({ length: 40 - after }, (_, k) => after + k + 1));
    }
    await late.waitForEvents(15);
    expect(seqs(late)).toEqual(Array.from({ length: 15 }, (_, k) => 26 + k));
  });

  it('comes back by itself when its database connection drops, and sends what was committed meanwhile', async () => {
    const a = await createAssembly(t.ds);
    const c = await open(`/api/assemblies/${a.id}/events`, bearer(reader));
    await c.waitForComment(/connected/);
    const hub = t.app.get(AssemblyEventsHub);
    await hub.dropConnectionForTest();
    await until(() => !hub.listening);
    // Committed while nobody listens: no notification reaches this process.
    await publish(a.id);
    await publish(a.id);
    await until(() => hub.listening);
    await c.waitForEvents(2, 10_000);
    await publish(a.id);
    await c.waitForEvents(3);
    expect(seqs(c)).toEqual([1, 2, 3]);
  });

  it('ends the subscription when the client goes away', async () => {
    const a = await createAssembly(t.ds);
    const hub = t.app.get(AssemblyEventsHub);
    const before = hub.subscriberCount;
    const c = await open(`/api/assemblies/${a.id}/events`, bearer(reader));
    await c.waitForComment(/connected/);
    expect(hub.subscriberCount).toBe(before + 1);
    // The heartbeat (every 15 s) is a comment that keeps proxies from closing a quiet stream.
    hub.beat();
    await c.waitForComment(/keep-alive/);
    expect(c.events).toEqual([]);
    c.close();
    await until(() => hub.subscriberCount === before);
    // Events of an assembly nobody watches here any more are not read.
    await publish(a.id);
  });

  it('closes a stream at the next heartbeat once its session ends (logout, revoked session, account deactivated), and only that one', async () => {
    const a = await createAssembly(t.ds);
    const hub = t.app.get(AssemblyEventsHub);
    const leaving = await t.personWith(['secretary']);
    const deactivated = await t.personWith(['secretary']);
    const staying = await open(`/api/assemblies/${a.id}/events`, bearer(reader));
    const gone = await open(`/api/assemblies/${a.id}/events`, bearer(leaving.token));
    const off = await open(`/api/assemblies/${a.id}/events`, bearer(deactivated.token));
    for (const c of [staying, gone, off]) await c.waitForComment(/connected/);
    expect(await hub.closeEndedSessions()).toBe(0);
    // As a logout does: the session's refresh-token family revoked.
    await t.ds.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE person_id = $1`, [leaving.person.id]);
    await t.ds.query(`UPDATE people SET active = false WHERE id = $1`, [deactivated.person.id]);
    expect(await hub.closeEndedSessions()).toBe(2);
    await gone.ended;
    await off.ended;
    await publish(a.id);
    expect((await staying.waitForEvents(1))[0].event).toBe('attendance.changed');
  });

  it('needs an account with assemblies.read that may see the assembly', async () => {
    const draft = await createAssembly(t.ds, { status: 'draft' });
    const anonymous = await open(`/api/assemblies/${draft.id}/events`);
    await anonymous.ended;
    expect(anonymous.status).toBe(401);
    const delegate = await registeredDelegate(t, (await createAssembly(t.ds)).id);
    const hidden = await open(`/api/assemblies/${draft.id}/events`, bearer(delegate.token));
    await hidden.ended;
    expect(hidden.status).toBe(404);
    expect(JSON.parse(hidden.body).code).toBe('ASSEMBLY_NOT_FOUND');
    const { token: admin } = await t.personWith(['admin']);
    const shown = await open(`/api/assemblies/${draft.id}/events`, bearer(admin));
    expect(shown.status).toBe(200);
  });

  it('gives the room display the same events, with the speakers names but not their person ids', async () => {
    const a = await createAssembly(t.ds);
    const chair = await chairOf(t, a.id);
    await t.http.post(`/api/assemblies/${a.id}/session/open`).set(bearer(chair.token)).expect(200);
    const { token } = (await t.http.post(`/api/assemblies/${a.id}/display-link`).set(bearer(chair.token)).expect(201)).body as { token: string };
    const display = await open(`/api/display/${token}/events`);
    const chairStream = await open(`/api/assemblies/${a.id}/events`, bearer(chair.token));
    await display.waitForComment(/connected/);
    const d = await registeredDelegate(t, a.id, { fullName: 'Awa Diallo' });
    await t.http.post(`/api/assemblies/${a.id}/floor`).set(bearer(d.token)).send({ kind: 'for' }).expect(201);
    const [shown] = await display.waitForEvents(1);
    const [full] = await chairStream.waitForEvents(1);
    expect(shown).toMatchObject({ id: '3', event: 'speakers.changed' });
    expect(JSON.parse(shown.data).speakers).toEqual([expect.objectContaining({ fullName: 'Awa Diallo', personId: '' })]);
    expect(shown.data).not.toContain(d.id);
    expect(JSON.parse(full.data).speakers[0].personId).toBe(d.id);
    const unknown = await open(`/api/display/${'B'.repeat(43)}/events`);
    await unknown.ended;
    expect(unknown.status).toBe(404);

    // A new link: the display opened with the old one is closed (at the next heartbeat), the console's stream goes on.
    const hub = t.app.get(AssemblyEventsHub);
    expect(await hub.closeRevokedDisplays()).toBe(0);
    await t.http.post(`/api/assemblies/${a.id}/display-link`).set(bearer(chair.token)).expect(201);
    expect(await hub.closeRevokedDisplays()).toBe(1);
    await display.ended;
    await t.http.delete(`/api/assemblies/${a.id}/floor`).set(bearer(d.token)).expect(200);
    await chairStream.waitForEvents(2);
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
