import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FEDERATION_TIME_ZONE, type AuditEntryView, type AuditQuery, type AuditVerification, type Page } from '@concerto/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from '../common/actor';
import { AuditEntryEntity } from './audit.entity';
import { asStored, entryHash, GENESIS_HASH } from './audit-hash';
import { AuditVerifier, type AuditRow } from './audit-verifier';

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
    const [head] = await em.query<{ seq: number; hash: string }[]>(`SELECT seq, hash FROM audit_stream_heads WHERE stream = $1 FOR UPDATE`, [stream]);
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

  /**
   * One page of entries, newest first, with the actor and the target named (people and member
   * organizations by their current name; otherwise the label recorded at the time).
   */
  async list(query: AuditQuery): Promise<Page<AuditEntryView>> {
    const page = Math.max(1, query.page ?? 1);
    const pageSize = Math.min(200, Math.max(1, query.pageSize ?? 50));
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (query.action) where.push(`a.action = ${param(query.action)}`);
    if (query.category) where.push(`a.action LIKE ${param(escapeLike(query.category) + '.%')}`);
    if (query.targetType) where.push(`a.target_type = ${param(query.targetType)}`);
    if (query.targetId) where.push(`a.target_id = ${param(query.targetId)}`);
    if (query.actorId) where.push(`a.actor_id = ${param(query.actorId)}`);
    if (query.from) where.push(`a.occurred_at >= (${param(query.from)}::date)::timestamp AT TIME ZONE '${FEDERATION_TIME_ZONE}'`);
    if (query.to) where.push(`a.occurred_at < ((${param(query.to)}::date + 1)::timestamp AT TIME ZONE '${FEDERATION_TIME_ZONE}')`);
    for (const word of (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
      const p = param('%' + escapeLike(word) + '%');
      where.push(`(a.actor_label ILIKE ${p} OR a.action ILIKE ${p} OR a.target_id ILIKE ${p} OR a.before::text ILIKE ${p} OR a.after::text ILIKE ${p}
        OR tp.full_name ILIKE ${p} OR tm.legal_name ILIKE ${p})`);
    }
    const from = `FROM audit_log a
      LEFT JOIN people ap ON ap.id = a.actor_id
      LEFT JOIN people tp ON a.target_type = 'person' AND tp.id::text = a.target_id
      LEFT JOIN members tm ON a.target_type = 'member' AND tm.id::text = a.target_id
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`;
    const [{ total }] = await this.ds.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, params);
    const rows = await this.ds.query<ListRow[]>(
      `SELECT a.id::text AS id, a.stream, a.seq, a.occurred_at, a.actor_id, a.actor_label, a.action, a.target_type, a.target_id,
              a.before, a.after, a.prev_hash, a.hash, ap.full_name AS actor_name, coalesce(tp.full_name, tm.legal_name) AS target_name
       ${from} ORDER BY a.id DESC LIMIT ${param(pageSize)} OFFSET ${param((page - 1) * pageSize)}`,
      params,
    );
    return { items: rows.map(toView), total, page, pageSize };
  }

  /** Every stream recomputed on one consistent snapshot (see AuditVerifier). */
  verify(): Promise<AuditVerification> {
    return new AuditVerifier(this.ds).verify();
  }
}

/** Calendar dates of the audit filters are days in the federation's time zone. */

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

interface ListRow extends AuditRow {
  actor_name: string | null;
  target_name: string | null;
}

function toView(r: ListRow): AuditEntryView {
  return {
    id: r.id,
    stream: r.stream,
    seq: r.seq,
    occurredAt: r.occurred_at.toISOString(),
    actorId: r.actor_id,
    actorLabel: r.actor_label,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    before: r.before,
    after: r.after,
    hash: r.hash,
    prevHash: r.prev_hash,
    actor: r.actor_id ? { type: 'person', id: r.actor_id, name: r.actor_name ?? r.actor_label } : null,
    target: r.target_id && r.target_name ? { type: r.target_type, id: r.target_id, name: r.target_name } : null,
  };
}
