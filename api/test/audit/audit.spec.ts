import { AuditService } from '../../src/audit/audit.service';
import { SYSTEM_ACTOR } from '../../src/common/actor';
import { createTestApp, TestApp } from '../support/test-app';

describe('audit log', () => {
  let t: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    t = await createTestApp();
    ({ token: adminToken } = await t.personWith(['admin']));
  });
  afterAll(() => t.close());

  const verify = async () => (await t.http.get('/api/audit/verify').set('Authorization', `Bearer ${adminToken}`).expect(200)).body;

  it('records who changed what, with before and after', async () => {
    const created = await t.http
      .post('/api/people')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ email: 'nadia.audit@test.concerto', fullName: 'Nadia Audit', preferredLanguage: 'fr', roles: ['secretary'] })
      .expect(201);
    await t.http.patch(`/api/people/${created.body.id}`).set('Authorization', `Bearer ${adminToken}`).send({ roles: ['election_officer'] }).expect(200);
    const list = await t.http.get(`/api/audit?targetId=${created.body.id}`).set('Authorization', `Bearer ${adminToken}`).expect(200);
    expect(list.body.items.map((e: { action: string }) => e.action)).toEqual(['person.updated', 'person.invitation_sent', 'person.created']);
    expect(list.body.items[0]).toMatchObject({ before: { roles: ['secretary'] }, after: { roles: ['election_officer'] } });
    expect(list.body.items[0].actorLabel).toMatch(/@test\.concerto>$/);
    expect(JSON.stringify(list.body)).not.toMatch(/password/i);
  });

  it('refuses to update, delete or truncate an entry, even for the database owner', async () => {
    await t.as('owner', async (owner) => {
      await expect(owner.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(owner.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
      await expect(owner.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    });
  });

  it('keeps each stream a sequence without gaps, even when many changes arrive at once', async () => {
    const audit = t.app.get(AuditService);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.ds.transaction((em) => audit.append(em, 'concurrency-test', SYSTEM_ACTOR, { action: 'test.concurrent', targetType: 'test', targetId: String(i) })),
      ),
    );
    const rows = await t.ds.query(`SELECT seq FROM audit_log WHERE stream = 'concurrency-test' ORDER BY seq`);
    expect(rows.map((r: { seq: number }) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await verify()).ok).toBe(true);
  });

  it('does not keep an entry when the change it records is rolled back', async () => {
    const audit = t.app.get(AuditService);
    await expect(
      t.ds.transaction(async (em) => {
        await audit.append(em, 'rollback-test', SYSTEM_ACTOR, { action: 'test.rolled_back', targetType: 'test' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'test.rolled_back'`);
    expect(n).toBe(0);
  });

  it('verification finds the first broken link when someone with superuser rights alters a row', async () => {
    const before = await verify();
    expect(before).toMatchObject({ ok: true, firstBroken: null });
    expect(before.entriesChecked).toBeGreaterThan(3);
    const [target] = await t.ds.query(`SELECT id, stream, seq FROM audit_log WHERE action = 'person.created' AND target_type = 'person' ORDER BY id DESC LIMIT 1`);
    // A tamperer bypassing the trigger (superuser) rewrites what a row says.
    await t.as('admin', async (superuser) => {
      await superuser.query(`SET session_replication_role = replica`);
      await superuser.query(`UPDATE audit_log SET after = jsonb_set(after, '{roles}', '["admin"]') WHERE id = $1`, [target.id]);
    });
    const after = await verify();
    expect(after.ok).toBe(false);
    expect(after.firstBroken).toEqual({ stream: target.stream, seq: target.seq, id: target.id, reason: 'hash_mismatch' });
  });

  it('verification also notices a row removed from the end of a stream', async () => {
    const t2 = await createTestApp();
    try {
      const { token } = await t2.personWith(['admin']);
      const audit = t2.app.get(AuditService);
      for (let i = 0; i < 3; i++) await t2.ds.transaction((em) => audit.append(em, 'tail', SYSTEM_ACTOR, { action: 'test.tail', targetType: 'test' }));
      await t2.as('admin', async (superuser) => {
        await superuser.query(`SET session_replication_role = replica`);
        await superuser.query(`DELETE FROM audit_log WHERE stream = 'tail' AND seq = 3`);
      });
      const res = await t2.http.get('/api/audit/verify').set('Authorization', `Bearer ${token}`).expect(200);
      expect(res.body.firstBroken).toMatchObject({ stream: 'tail', reason: 'head_mismatch' });
    } finally {
      await t2.close();
    }
  });
});
