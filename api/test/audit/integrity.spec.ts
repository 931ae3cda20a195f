import type { AuditCheckpointFile } from '@concerto/contracts';
import { generateKeyPairSync } from 'crypto';
import { Client } from 'pg';
import { entryHash, GENESIS_HASH } from '../../src/audit/audit-hash';
import { AuditVerifier } from '../../src/audit/audit-verifier';
import { AuditService } from '../../src/audit/audit.service';
import { CheckpointService } from '../../src/audit/checkpoint.service';
import { SYSTEM_ACTOR } from '../../src/common/actor';
import { withDatabase } from '../support/global-setup';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * The audit log against someone holding a superuser or owner connection (what the app's former
 * credentials gave): what the database refuses, and what verification and signed checkpoints catch.
 */
describe('audit log integrity', () => {
  let t: TestApp;
  let su: Client;
  beforeAll(async () => {
    t = await createTestApp();
    await t.personWith(['admin']);
    const [{ db }] = await t.ds.query<{ db: string }[]>('SELECT current_database() AS db');
    su = new Client({ connectionString: withDatabase(process.env['CONCERTO_TEST_PG_URL']!, db) });
    await su.connect();
  });
  afterAll(async () => {
    await su?.end();
    await t?.close();
  });

  const append = (stream: string, n: number) =>
    t.ds.transaction((em) =>
      t.app.get(AuditService).appendMany(em, stream, SYSTEM_ACTOR, Array.from({ length: n }, (_, i) => ({ action: 'test.entry', targetType: 'test', targetId: String(i), after: { n: i } }))),
    );
  const verify = () => new AuditVerifier(t.ds).verify();
  /** Runs statements as the superuser in one transaction, all triggers that can be skipped skipped. */
  const asSuperuser = async (work: (c: Client) => Promise<void>) => {
    await su.query('BEGIN');
    try {
      await su.query('SET LOCAL session_replication_role = replica');
      await work(su);
      await su.query('COMMIT');
    } catch (e) {
      await su.query('ROLLBACK');
      throw e;
    }
  };

  describe('a stream head', () => {
    it('cannot be moved back after deleting the last entry, even by a superuser in replica mode', async () => {
      await append('head-back', 3);
      await expect(
        asSuperuser(async (c) => {
          await c.query(`DELETE FROM audit_log WHERE stream = 'head-back' AND seq = 3`);
          const [prev] = (await c.query(`SELECT seq, hash FROM audit_log WHERE stream = 'head-back' AND seq = 2`)).rows;
          await c.query(`UPDATE audit_stream_heads SET seq = $1, hash = $2 WHERE stream = 'head-back'`, [prev.seq, prev.hash]);
        }),
      ).rejects.toThrow(/only moves forward/);
      expect((await su.query(`SELECT seq FROM audit_stream_heads WHERE stream = 'head-back'`)).rows).toEqual([{ seq: 3 }]);
      expect((await su.query(`SELECT count(*)::int AS n FROM audit_log WHERE stream = 'head-back'`)).rows).toEqual([{ n: 3 }]);
    });

    it('moves only to the newest entry of its stream', async () => {
      await append('head-skip', 2);
      await expect(asSuperuser((c) => c.query(`UPDATE audit_stream_heads SET seq = 7 WHERE stream = 'head-skip'`).then(() => undefined))).rejects.toThrow(/newest entry/);
      const [first] = (await su.query(`SELECT hash FROM audit_log WHERE stream = 'head-skip' AND seq = 1`)).rows;
      await expect(
        asSuperuser((c) => c.query(`UPDATE audit_stream_heads SET seq = 3, hash = $1 WHERE stream = 'head-skip'`, [first.hash]).then(() => undefined)),
      ).rejects.toThrow(/newest entry/);
    });

    it('is never deleted or truncated, so a stream cannot vanish from verification', async () => {
      await append('head-delete', 1);
      await expect(asSuperuser((c) => c.query(`DELETE FROM audit_stream_heads WHERE stream = 'head-delete'`).then(() => undefined))).rejects.toThrow(/never deleted/);
      await expect(asSuperuser((c) => c.query(`TRUNCATE audit_stream_heads`).then(() => undefined))).rejects.toThrow(/append-only/);
      expect((await su.query(`SELECT seq FROM audit_stream_heads WHERE stream = 'head-delete'`)).rows).toEqual([{ seq: 1 }]);
    });
  });

  describe('an entry', () => {
    it('cannot be inserted into a stream that has no head', async () => {
      await expect(
        asSuperuser((c) =>
          c
            .query(
              `INSERT INTO audit_log (stream, seq, occurred_at, actor_label, action, target_type, prev_hash, hash) VALUES ('no-head', 1, now(), 'x', 'test.forged', 'test', $1, $1)`,
              [GENESIS_HASH],
            )
            .then(() => undefined),
        ),
      ).rejects.toThrow(/has no head/);
      expect((await su.query(`SELECT count(*)::int AS n FROM audit_log WHERE stream = 'no-head'`)).rows).toEqual([{ n: 0 }]);
    });

    it('must continue its chain: next seq and previous hash', async () => {
      await append('chain', 2);
      const insert = (seq: number, prevHash: string) =>
        asSuperuser((c) =>
          c
            .query(
              `INSERT INTO audit_log (stream, seq, occurred_at, actor_label, action, target_type, prev_hash, hash) VALUES ('chain', $1, now(), 'x', 'test.forged', 'test', $2, $2)`,
              [seq, prevHash],
            )
            .then(() => undefined),
        );
      const [last] = (await su.query(`SELECT hash FROM audit_log WHERE stream = 'chain' AND seq = 2`)).rows;
      await expect(insert(4, last.hash)).rejects.toThrow(/does not continue its chain/);
      await expect(insert(3, GENESIS_HASH)).rejects.toThrow(/does not continue its chain/);
      expect((await su.query(`SELECT count(*)::int AS n FROM audit_log WHERE stream = 'chain'`)).rows).toEqual([{ n: 2 }]);
    });
  });

  it('verification reports the entries of a stream that has no head', async () => {
    expect(await verify()).toMatchObject({ ok: true });
    // Only the owner can do this, by switching the triggers off outright.
    await su.query('BEGIN');
    await su.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await su.query(
      `INSERT INTO audit_log (stream, seq, occurred_at, actor_label, action, target_type, prev_hash, hash) VALUES ('aaa-headless', 1, now(), 'x', 'test.forged', 'test', $1, $1)`,
      [GENESIS_HASH],
    );
    await su.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    await su.query('ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_chain');
    await su.query('COMMIT');
    const [row] = (await su.query(`SELECT id::text AS id FROM audit_log WHERE stream = 'aaa-headless'`)).rows;
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ stream: 'aaa-headless', seq: 1, id: row.id, reason: 'no_head' });
  });
});

describe('signed audit checkpoints', () => {
  let t: TestApp;
  let adminToken: string;
  let su: Client;
  beforeAll(async () => {
    t = await createTestApp();
    ({ token: adminToken } = await t.personWith(['admin']));
    const [{ db }] = await t.ds.query<{ db: string }[]>('SELECT current_database() AS db');
    su = new Client({ connectionString: withDatabase(process.env['CONCERTO_TEST_PG_URL']!, db) });
    await su.connect();
  });
  afterAll(async () => {
    await su?.end();
    await t?.close();
  });

  const append = (stream: string, n: number) =>
    t.ds.transaction((em) =>
      t.app.get(AuditService).appendMany(em, stream, SYSTEM_ACTOR, Array.from({ length: n }, (_, i) => ({ action: 'test.entry', targetType: 'test', targetId: String(i), after: { n: i } }))),
    );
  const download = async (id: string): Promise<AuditCheckpointFile> => {
    const res = await t.http.get(`/api/audit/checkpoints/${id}`).set('Authorization', `Bearer ${adminToken}`).expect(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="audit-checkpoint-${id}.json"`);
    return res.body as AuditCheckpointFile;
  };
  const publicKey = async () => ((await t.http.get('/api/audit/public-key').expect(200)).body as { publicKey: string }).publicKey;
  const checkFile = async (file: AuditCheckpointFile) => new AuditVerifier(t.ds).verifyCheckpoint(file, await publicKey());

  /** The attack: rewrite a whole stream and recompute every hash and the head, as the owner. */
  const rewriteStream = async (stream: string, change: (after: { n: number }) => object) => {
    await su.query('BEGIN');
    await su.query('ALTER TABLE audit_log DISABLE TRIGGER ALL');
    await su.query('ALTER TABLE audit_stream_heads DISABLE TRIGGER ALL');
    const rows = (await su.query(`SELECT * FROM audit_log WHERE stream = $1 ORDER BY seq`, [stream])).rows;
    let prev = GENESIS_HASH;
    for (const r of rows) {
      const after = change(r.after);
      const hash = entryHash(prev, {
        stream: r.stream,
        seq: r.seq,
        occurredAt: r.occurred_at,
        actorId: r.actor_id,
        actorLabel: r.actor_label,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        before: r.before,
        after,
      });
      await su.query(`UPDATE audit_log SET after = $2, prev_hash = $3, hash = $4 WHERE id = $1`, [r.id, after, prev, hash]);
      prev = hash;
    }
    await su.query(`UPDATE audit_stream_heads SET hash = $2 WHERE stream = $1`, [stream, prev]);
    await su.query('ALTER TABLE audit_log ENABLE TRIGGER ALL');
    await su.query('ALTER TABLE audit_stream_heads ENABLE TRIGGER ALL');
    await su.query('ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_chain');
    await su.query('ALTER TABLE audit_stream_heads ENABLE ALWAYS TRIGGER audit_stream_heads_guard');
    await su.query('ALTER TABLE audit_stream_heads ENABLE ALWAYS TRIGGER audit_stream_heads_no_truncate');
    await su.query('COMMIT');
  };

  it('signs every stream head, audits the signing, and passes the check while nothing was rewritten', async () => {
    await append('minutes', 4);
    const signed = await t.app.get(CheckpointService).checkpoint('minutes.published');
    const file = await download(signed.id);
    const heads = (await su.query(`SELECT stream, seq, hash FROM audit_stream_heads ORDER BY stream`)).rows;
    expect(file.heads).toEqual(heads);
    expect(file.heads.find((h) => h.stream === 'minutes')).toMatchObject({ seq: 4 });
    const audited = (await su.query(`SELECT action, target_id, after FROM audit_log WHERE stream = 'audit'`)).rows;
    expect(audited).toEqual([{ action: 'audit.checkpoint_signed', target_id: signed.id, after: { reason: 'minutes.published' } }]);
    await append('minutes', 2); // later entries do not disturb an earlier checkpoint
    expect(await checkFile(file)).toMatchObject({ ok: true, signatureOk: true, firstBroken: null });
  });

  it('fails when a whole stream was rewritten with every hash recomputed, which plain verification cannot see', async () => {
    await append('results', 3);
    const file = await download((await t.app.get(CheckpointService).checkpoint('results.published')).id);
    await rewriteStream('results', (after) => ({ ...after, n: 99 }));
    expect(await new AuditVerifier(t.ds).verify()).toMatchObject({ ok: true });
    const result = await checkFile(file);
    expect(result.ok).toBe(false);
    expect(result.signatureOk).toBe(true);
    expect(result.firstBroken).toMatchObject({ stream: 'results', seq: 3, reason: 'checkpoint_mismatch' });
  });

  it('fails when the checkpoint file was altered or signed by another key', async () => {
    const file = await download((await t.app.get(CheckpointService).checkpoint('manual')).id);
    const moved = { ...file, heads: file.heads.map((h) => (h.stream === 'minutes' ? { ...h, seq: h.seq - 1 } : h)) };
    expect(await checkFile(moved)).toMatchObject({ ok: false, signatureOk: false });
    const bytes = Buffer.from(file.signature, 'base64');
    bytes[0] ^= 1;
    expect(await checkFile({ ...file, signature: bytes.toString('base64') })).toMatchObject({ ok: false, signatureOk: false });
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await new AuditVerifier(t.ds).verifyCheckpoint(file, other)).toMatchObject({ ok: false, signatureOk: false });
  });

  it('periodic checkpoints: one replica signs at a time, and none when nothing changed', async () => {
    const service = t.app.get(CheckpointService);
    const [{ n: before }] = (await su.query(`SELECT count(*)::int AS n FROM audit_checkpoints`)).rows;
    await append('periodic', 1);
    // Another replica holds the lock: this one does not sign.
    await su.query('BEGIN');
    await su.query('SELECT pg_advisory_xact_lock(727010)');
    expect(await service.periodic()).toBeNull();
    await su.query('COMMIT');
    expect(await service.periodic()).not.toBeNull();
    expect(await service.periodic()).toBeNull();
    const [{ n: after }] = (await su.query(`SELECT count(*)::int AS n FROM audit_checkpoints`)).rows;
    expect(after).toBe(before + 1);
  });

  it('keeps checkpoints insert-only, even for the owner in replica mode', async () => {
    await su.query('BEGIN');
    await su.query('SET LOCAL session_replication_role = replica');
    await expect(su.query(`UPDATE audit_checkpoints SET reason = 'x'`)).rejects.toThrow(/append-only/);
    await su.query('ROLLBACK');
    await expect(su.query(`DELETE FROM audit_checkpoints`)).rejects.toThrow(/append-only/);
  });

  it('lists checkpoints newest first; unknown or malformed ids answer 404 and 400', async () => {
    const list = await t.http.get('/api/audit/checkpoints?pageSize=2').set('Authorization', `Bearer ${adminToken}`).expect(200);
    expect(list.body.items).toHaveLength(2);
    expect(Number(list.body.items[0].id)).toBeGreaterThan(Number(list.body.items[1].id));
    const missing = await t.http.get('/api/audit/checkpoints/999999').set('Authorization', `Bearer ${adminToken}`).set('Accept-Language', 'en').expect(404);
    expect(missing.body.code).toBe('CHECKPOINT_NOT_FOUND');
    await t.http.get('/api/audit/checkpoints/abc').set('Authorization', `Bearer ${adminToken}`).expect(400);
    await t.http.get('/api/audit/checkpoints?pageSize=201').set('Authorization', `Bearer ${adminToken}`).expect(400);
  });
});

describe('audit verification while people change things', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('never reports a broken chain for appends that commit during the check', async () => {
    const audit = t.app.get(AuditService);
    let writing = true;
    const writers = Array.from({ length: 4 }, async (_, w) => {
      while (writing) {
        await t.ds.transaction((em) => audit.appendMany(em, `busy-${w % 2}`, SYSTEM_ACTOR, [{ action: 'test.busy', targetType: 'test' }, { action: 'test.busy', targetType: 'test' }]));
      }
    });
    const results = [];
    for (let i = 0; i < 30; i++) results.push(await new AuditVerifier(t.ds).verify());
    writing = false;
    await Promise.all(writers);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.at(-1)!.entriesChecked).toBeGreaterThan(results[0].entriesChecked);
  }, 180_000);
});
