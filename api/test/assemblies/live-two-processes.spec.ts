import type { AssemblyLiveState } from '@concerto/contracts';
import * as fs from 'fs';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { buildApi, startApiProcess, type ApiProcess } from '../support/api-processes';
import { testUrls } from '../support/global-setup';
import { openSse, type SseClient } from '../support/sse-client';
import { createTestApp, TEST_AUDIT_SIGNING_KEY, TestApp } from '../support/test-app';
import { bearer, chairOf, createAssembly, registeredDelegate } from './session-fixtures';

/**
 * Two API processes on one database, as two replicas behind nginx: an event raised by a change on
 * one reaches the event streams of the other (PostgreSQL LISTEN/NOTIFY), with its seq; a client
 * that reconnects there with Last-Event-ID receives exactly what it missed, in order.
 */
describe('live events across two API processes', () => {
  let t: TestApp;
  let build: string;
  let a: ApiProcess;
  let b: ApiProcess;
  const clients: SseClient[] = [];

  beforeAll(async () => {
    build = buildApi();
    // The database (cloned from the migrated template) and the accounts: through the test app, whose JWT secret the processes share.
    t = await createTestApp();
    const appUrl = (t.ds.options as PostgresConnectionOptions).url!;
    const owner = testUrls(new URL(appUrl).pathname.slice(1)).owner;
    const env = { DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: owner, JWT_SECRET: 'test-secret-'.padEnd(48, 'x'), AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY };
    [a, b] = await Promise.all([startApiProcess(build, env), startApiProcess(build, env)]);
  }, 240_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await t?.close();
    if (build) fs.rmSync(build, { recursive: true, force: true });
  }, 60_000);

  const sse = async (p: ApiProcess, path: string, headers: Record<string, string>) => {
    const c = await openSse(p.baseUrl, path, headers);
    clients.push(c);
    return c;
  };

  it('delivers on B what was done on A, and catches up after a reconnection with exactly the missed events', async () => {
    const assembly = await createAssembly(t.ds, { items: 3 });
    const chair = await chairOf(t, assembly.id);
    const delegate = await registeredDelegate(t, assembly.id, { fullName: 'Awa Diallo' });
    const post = (p: ApiProcess, path: string, token: string, body?: object) =>
      fetch(`${p.baseUrl}${path}`, { method: 'POST', headers: { ...bearer(token), 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });

    const onB = await sse(b, `/api/assemblies/${assembly.id}/events`, bearer(delegate.token));
    expect(onB.status).toBe(200);
    await onB.waitForComment(/connected/);

    // A change on A: the session opens (two events).
    const opened = await post(a, `/api/assemblies/${assembly.id}/session/open`, chair.token);
    expect(opened.status).toBe(200);
    expect(((await opened.json()) as AssemblyLiveState).seq).toBe(2);
    const [status, agenda] = await onB.waitForEvents(2);
    expect(status).toMatchObject({ id: '1', event: 'assembly.status' });
    expect(JSON.parse(status.data)).toMatchObject({ assemblyId: assembly.id, seq: 1, status: 'in_session' });
    expect(agenda).toMatchObject({ id: '2', event: 'agenda.changed' });

    // Another on A: the delegate asks for the floor.
    expect((await post(a, `/api/assemblies/${assembly.id}/floor`, delegate.token, { kind: 'for' })).status).toBe(201);
    const [, , speakers] = await onB.waitForEvents(3);
    expect(speakers).toMatchObject({ id: '3', event: 'speakers.changed' });
    expect(JSON.parse(speakers.data).speakers).toEqual([expect.objectContaining({ fullName: 'Awa Diallo', status: 'waiting' })]);

    // B's client goes away; two changes on A meanwhile.
    onB.close();
    const text = await fetch(`${a.baseUrl}/api/assemblies/${assembly.id}/session/items/${assembly.itemIds[0]}`, {
      method: 'PATCH',
      headers: { ...bearer(chair.token), 'Content-Type': 'application/json' },
      body: JSON.stringify({ bodyFr: 'Que l’assemblée ouvre la séance.' }),
    });
    expect(text.status).toBe(200);
    expect((await post(a, `/api/assemblies/${assembly.id}/speakers/next`, chair.token)).status).toBe(200);

    // Back on B with the last id it saw: the two it missed, in order, then live ones (from B itself, to A's clients too).
    const back = await sse(b, `/api/assemblies/${assembly.id}/events`, { ...bearer(delegate.token), 'Last-Event-ID': '3' });
    const missed = await back.waitForEvents(2);
    expect(missed.map((e) => `${e.id}:${e.event}`)).toEqual(['4:agenda.changed', '5:speakers.changed']);
    expect(JSON.parse(missed[0].data).currentItem.bodyFr).toBe('Que l’assemblée ouvre la séance.');
    expect(JSON.parse(missed[1].data).speakers[0]).toMatchObject({ fullName: 'Awa Diallo', status: 'speaking' });

    const onA = await sse(a, `/api/assemblies/${assembly.id}/events`, { ...bearer(chair.token), 'Last-Event-ID': '5' });
    await onA.waitForComment(/connected/);
    expect((await post(b, `/api/assemblies/${assembly.id}/session/next`, chair.token)).status).toBe(200);
    await back.waitForEvents(4);
    await onA.waitForEvents(2);
    expect(back.events.map((e) => e.id)).toEqual(['4', '5', '6', '7']);
    expect(onA.events.map((e) => `${e.id}:${e.event}`)).toEqual(['6:agenda.changed', '7:speakers.changed']);
  });

  it('ends its open streams and exits cleanly when stopped', async () => {
    const assembly = await createAssembly(t.ds);
    const { token } = await t.personWith(['secretary']);
    const open = await sse(b, `/api/assemblies/${assembly.id}/events`, bearer(token));
    await open.waitForComment(/connected/);
    const started = Date.now();
    expect(await b.stop()).toBe(0);
    await open.ended;
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
