import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntry, AuditQuery, AuditVerification, Page } from '@concerto/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from '../common/actor';
import { AuditEntryEntity } from './audit.entity';
import { asStored, entryHash, GENESIS_HASH } from './audit-hash';

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * The append-only audit log. Each entry joins the hash chain of its stream inside the caller's
 * transaction, so a change and its audit entry commit or fail together. Only the stream's head
 * row is locked: changes in different streams never wait for each other (see README).
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async append(em: EntityManager, stream: string, actor: Actor, record: AuditRecord): Promise<void> {
    await this.appendMany(em, stream, actor, [record]);
  }

  /** Appends several entries to one stream, locking its head once. */
  async appendMany(em: EntityManager, stream: string, actor: Actor, records: AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    await em.query(`INSERT INTO audit_stream_heads (stream, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (stream) DO NOTHING`, [stream, GENESIS_HASH]);
    const [head] = (await em.query(`SELECT seq, hash FROM audit_stream_heads WHERE stream = $1 FOR UPDATE`, [stream])) as { seq: number; hash: string }[];
    let seq = head.seq;
    let prevHash = head.hash;
    const occurredAt = new Date();
    const rows: QueryDeepPartialEntity<AuditEntryEntity>[] = [];
    for (const r of records) {
      seq += 1;
      const fields = {
        stream,
        seq,
        occurredAt,
        actorId: actor.id || null,
        actorLabel: actor.id ? `${actor.fullName} <${actor.email}>` : actor.fullName,
        action: r.action,
        targetType: r.targetType,
        targetId: r.targetId ?? null,
        before: asStored(r.before),
        after: asStored(r.after),
      };
      const hash = entryHash(prevHash, fields);
      rows.push({ ...fields, before: fields.before as object, after: fields.after as object, prevHash, hash });
      prevHash = hash;
    }
    for (let i = 0; i < rows.length; i += 1000) {
      await em.createQueryBuilder().insert().into(AuditEntryEntity).values(rows.slice(i, i + 1000)).execute();
    }
    await em.query(`UPDATE audit_stream_heads SET seq = $2, hash = $3 WHERE stream = $1`, [stream, seq, prevHash]);
  }

  async list(query: AuditQuery): Promise<Page<AuditEntry>> {
    const page = Math.max(1, query.page ?? 1);
    const pageSize = Math.min(200, Math.max(1, query.pageSize ?? 50));
    const qb = this.ds.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.targetType) qb.andWhere('a.targetType = :targetType', { targetType: query.targetType });
    if (query.targetId) qb.andWhere('a.targetId = :targetId', { targetId: query.targetId });
    if (query.actorId) qb.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    const [rows, total] = await qb
      .orderBy('a.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return {
      items: rows.map((r) => ({
        id: r.id,
        stream: r.stream,
        seq: r.seq,
        occurredAt: r.occurredAt.toISOString(),
        actorId: r.actorId,
        actorLabel: r.actorLabel,
        action: r.action,
        targetType: r.targetType,
        targetId: r.targetId,
        before: r.before,
        after: r.after,
        hash: r.hash,
      })),
      total,
      page,
      pageSize,
    };
  }

  /**
   * Walks every stream in order, recomputing each hash from the stored row; reports the first
   * broken link (by stream name, then sequence). Reads in batches to keep memory flat.
   */
  async verify(): Promise<AuditVerification> {
    const heads = (await this.ds.query(`SELECT stream, seq, hash FROM audit_stream_heads ORDER BY stream`)) as { stream: string; seq: number; hash: string }[];
    let entriesChecked = 0;
    for (const [index, head] of heads.entries()) {
      let expectedSeq = 1;
      let prevHash = GENESIS_HASH;
      let lastId = '';
      for (;;) {
        const batch = await this.ds
          .getRepository(AuditEntryEntity)
          .createQueryBuilder('a')
          .where('a.stream = :stream AND a.seq >= :from', { stream: head.stream, from: expectedSeq })
          .orderBy('a.seq', 'ASC')
          .take(2000)
          .getMany();
        for (const row of batch) {
          entriesChecked++;
          const broken = (reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap') => ({
            ok: false,
            streamsChecked: index + 1,
            entriesChecked,
            firstBroken: { stream: head.stream, seq: row.seq, id: row.id, reason },
          });
          if (row.seq !== expectedSeq) return broken('seq_gap');
          if (row.prevHash !== prevHash) return broken('prev_hash_mismatch');
          if (entryHash(prevHash, row) !== row.hash) return broken('hash_mismatch');
          prevHash = row.hash;
          lastId = row.id;
          expectedSeq++;
        }
        if (batch.length < 2000) break;
      }
      if (expectedSeq - 1 !== head.seq || prevHash !== head.hash) {
        return {
          ok: false,
          streamsChecked: index + 1,
          entriesChecked,
          firstBroken: { stream: head.stream, seq: expectedSeq - 1, id: lastId, reason: 'head_mismatch' },
        };
      }
    }
    return { ok: true, streamsChecked: heads.length, entriesChecked, firstBroken: null };
  }
}
