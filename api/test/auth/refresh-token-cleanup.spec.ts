import { REFRESH_TOKEN_CLEANUP_LOCK, RefreshTokenCleanup } from '../../src/auth/refresh-token-cleanup';
import { createTestApp, CSRF, TestApp } from '../support/test-app';

describe('clean-up of expired refresh tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const tokenRows = async (personId: string) =>
    await t.ds.query<{ id: string; expired: boolean; consumed: boolean; revoked: boolean }[]>(`SELECT id, expires_at < now() AS expired, consumed_at IS NOT NULL AS consumed, revoked_at IS NOT NULL AS revoked FROM refresh_tokens WHERE person_id = $1`, [
      personId,
    ]);
  const expire = (ids: string[]) => t.ds.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 day' WHERE id = ANY($1)`, [ids]);

  it('deletes the tokens past their expiry, used, revoked or not, keeps the others and records how many', async () => {
    const { person } = await t.personWith([]);
    // Session 0 (signing in to get an access token) and session 1, refreshed once (its first
    // token consumed): all three tokens expire.
    const s1 = await t.login(person.email);
    await t.http.post('/api/auth/refresh').set('Cookie', s1.cookie).set(CSRF).expect(200);
    const expiredUsed = await tokenRows(person.id);
    await expire(expiredUsed.map((r) => r.id));
    // Session 2: logged out (revoked), then expired. Session 3: logged out, not yet expired.
    const s2 = await t.login(person.email);
    await t.http.post('/api/auth/logout').set('Cookie', s2.cookie).set(CSRF).expect((r) => expect(r.status).toBeLessThan(300));
    const revoked = (await tokenRows(person.id)).filter((r) => r.revoked && !r.expired);
    await expire(revoked.map((r) => r.id));
    const s3 = await t.login(person.email);
    await t.http.post('/api/auth/logout').set('Cookie', s3.cookie).set(CSRF).expect((r) => expect(r.status).toBeLessThan(300));
    // Session 4: alive.
    const s4 = await t.login(person.email);
    const before = await tokenRows(person.id);
    expect(before.filter((r) => r.expired).map((r) => [r.consumed, r.revoked]).sort()).toEqual([
      [false, false],
      [false, false],
      [false, true],
      [true, false],
    ]);

    const deleted = await t.app.get(RefreshTokenCleanup).run();

    expect(deleted).toBe(4);
    const after = await tokenRows(person.id);
    expect(after).toHaveLength(2);
    expect(after.every((r) => !r.expired)).toBe(true);
    await t.http.post('/api/auth/refresh').set('Cookie', s4.cookie).set(CSRF).expect(200);
    const [entry] = await t.ds.query(`SELECT actor_label, after FROM audit_log WHERE action = 'auth.refresh_tokens_purged' ORDER BY id DESC LIMIT 1`);
    expect(entry).toEqual({ actor_label: 'Concerto', after: { deleted: 4 } });
  });

  it('leaves the round to the replica that holds the lock', async () => {
    const { person } = await t.personWith([]);
    await t.login(person.email);
    const expired = await tokenRows(person.id);
    await expire(expired.map((r) => r.id));
    await t.as('app', async (otherReplica) => {
      await otherReplica.query(`SELECT pg_advisory_lock($1)`, [REFRESH_TOKEN_CLEANUP_LOCK]);
      expect(await t.app.get(RefreshTokenCleanup).run()).toBeNull();
      expect(await tokenRows(person.id)).toHaveLength(expired.length);
      await otherReplica.query(`SELECT pg_advisory_unlock($1)`, [REFRESH_TOKEN_CLEANUP_LOCK]);
    });
    expect(await t.app.get(RefreshTokenCleanup).run()).toBeGreaterThanOrEqual(expired.length);
    expect(await tokenRows(person.id)).toEqual([]);
  });
});
