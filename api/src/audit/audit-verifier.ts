import type { AuditBreak, AuditCheckpointFile, AuditVerification } from '@concerto/contracts';
import { DataSource, QueryRunner } from 'typeorm';
import { entryHash, GENESIS_HASH } from './audit-hash';
import { signatureValid } from './audit-signature';

const BATCH = 2000;

/** An audit_log row as PostgreSQL returns it. */
export interface AuditRow {
  id: string;
  stream: string;
  seq: number;
  occurred_at: Date;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
}

type Walk = { ok: true; entries: number; last: { seq: number; hash: string; id: string } } | { ok: false; entries: number; seq: number; id: string; reason: AuditBreak };

export interface CheckpointVerification extends AuditVerification {
  signatureOk: boolean;
  checkpointId: string;
}

/**
 * Recomputes the audit log's hash chains. Every check reads one consistent snapshot
 * (REPEATABLE READ, READ ONLY): entries appended meanwhile are simply not seen, never half-seen.
 * Plain class over a DataSource so the CLI uses it without the application.
 */
export class AuditVerifier {
  constructor(private readonly ds: DataSource) {}

  /** Every stream against its head; entries of a stream without a head are a break too. */
  verify(): Promise<AuditVerification> {
    return this.inSnapshot(async (qr) => {
      const heads = (await qr.query(`SELECT stream, seq, hash FROM audit_stream_heads`)) as { stream: string; seq: number; hash: string }[];
      const headless = (await qr.query(
        `SELECT DISTINCT l.stream FROM audit_log l WHERE NOT EXISTS (SELECT 1 FROM audit_stream_heads h WHERE h.stream = l.stream)`,
      )) as { stream: string }[];
      const streams = [...heads.map((h) => ({ stream: h.stream, head: h })), ...headless.map((h) => ({ stream: h.stream, head: null }))].sort((a, b) =>
        a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0,
      );
      let entriesChecked = 0;
      for (const [index, { stream, head }] of streams.entries()) {
        const broken = (seq: number, id: string, reason: AuditBreak): AuditVerification => ({
          ok: false,
          streamsChecked: index + 1,
          entriesChecked,
          firstBroken: { stream, seq, id, reason },
        });
        if (!head) {
          const [first] = (await qr.query(`SELECT id::text AS id, seq FROM audit_log WHERE stream = $1 ORDER BY seq LIMIT 1`, [stream])) as { id: string; seq: number }[];
          return broken(first.seq, first.id, 'no_head');
        }
        const walk = await this.walk(qr, stream, null);
        entriesChecked += walk.entries;
        if (!walk.ok) return broken(walk.seq, walk.id, walk.reason);
        if (walk.last.seq !== head.seq || walk.last.hash !== head.hash) return broken(walk.last.seq, walk.last.id, 'head_mismatch');
      }
      return { ok: true, streamsChecked: streams.length, entriesChecked, firstBroken: null };
    });
  }

  /**
   * What a signed checkpoint proves: its signature is valid for the trusted public key, and for
   * each stream it names, the chain recomputes from the first entry up to the checkpointed seq
   * and ends on the checkpointed hash. Rewriting any of those entries, even recomputing every
   * hash, cannot match a hash signed before.
   */
  verifyCheckpoint(file: AuditCheckpointFile, trustedPublicKeyPem: string): Promise<CheckpointVerification> {
    const signatureOk = signatureValid(file, trustedPublicKeyPem);
    const base = { signatureOk, checkpointId: file.id };
    if (!signatureOk) return Promise.resolve({ ...base, ok: false, streamsChecked: 0, entriesChecked: 0, firstBroken: null });
    return this.inSnapshot(async (qr) => {
      let entriesChecked = 0;
      const heads = [...file.heads].sort((a, b) => (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0));
      for (const [index, head] of heads.entries()) {
        if (head.seq === 0) continue;
        const walk = await this.walk(qr, head.stream, head.seq);
        entriesChecked += walk.entries;
        const broken = (seq: number, id: string, reason: AuditBreak): CheckpointVerification => ({
          ...base,
          ok: false,
          streamsChecked: index + 1,
          entriesChecked,
          firstBroken: { stream: head.stream, seq, id, reason },
        });
        if (!walk.ok) return broken(walk.seq, walk.id, walk.reason);
        if (walk.last.seq !== head.seq) return broken(walk.last.seq + 1, '', 'seq_gap');
        if (walk.last.hash !== head.hash) return broken(head.seq, walk.last.id, 'checkpoint_mismatch');
      }
      return { ...base, ok: true, streamsChecked: heads.length, entriesChecked, firstBroken: null };
    });
  }

  /** Recomputes one stream's chain from seq 1, up to `upTo` (inclusive) or its end. */
  private async walk(qr: QueryRunner, stream: string, upTo: number | null): Promise<Walk> {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let last = { seq: 0, hash: GENESIS_HASH, id: '' };
    let entries = 0;
    for (;;) {
      const limit = upTo === null ? BATCH : Math.min(BATCH, upTo - expectedSeq + 1);
      if (limit <= 0) break;
      const batch = (await qr.query(
        `SELECT id::text AS id, stream, seq, occurred_at, actor_id, actor_label, action, target_type, target_id, before, after, prev_hash, hash
           FROM audit_log WHERE stream = $1 AND seq >= $2 ORDER BY seq LIMIT $3`,
        [stream, expectedSeq, limit],
      )) as AuditRow[];
      for (const row of batch) {
        entries++;
        if (row.seq !== expectedSeq) return { ok: false, entries, seq: row.seq, id: row.id, reason: 'seq_gap' };
        if (row.prev_hash !== prevHash) return { ok: false, entries, seq: row.seq, id: row.id, reason: 'prev_hash_mismatch' };
        const computed = entryHash(prevHash, {
          stream: row.stream,
          seq: row.seq,
          occurredAt: row.occurred_at,
          actorId: row.actor_id,
          actorLabel: row.actor_label,
          action: row.action,
          targetType: row.target_type,
          targetId: row.target_id,
          before: row.before,
          after: row.after,
        });
        if (computed !== row.hash) return { ok: false, entries, seq: row.seq, id: row.id, reason: 'hash_mismatch' };
        prevHash = row.hash;
        last = { seq: row.seq, hash: row.hash, id: row.id };
        expectedSeq++;
      }
      if (batch.length < limit) break;
    }
    return { ok: true, entries, last };
  }

  private async inSnapshot<T>(work: (qr: QueryRunner) => Promise<T>): Promise<T> {
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        return await work(qr);
      } finally {
        await qr.query('ROLLBACK');
      }
    } finally {
      await qr.release();
    }
  }
}
