import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditCheckpointFile, AuditCheckpointSummary, AuditHead, AuditPublicKey, Page } from '@concerto/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, SYSTEM_ACTOR } from '../common/actor';
import { AppConfig, APP_CONFIG } from '../config/config';
import { loadOrCreateAuditSigningKey } from '../config/audit-signing-key';
import { canonicalJson } from './audit-hash';
import { AuditSigner } from './audit-signature';
import { AuditCheckpointEntity } from './audit.entity';
import { auditError } from './audit.errors';
import { AuditService } from './audit.service';

/** Advisory lock taken by the replica that signs the periodic checkpoint. */
export const AUDIT_CHECKPOINT_LOCK = 727_010;
export const AUDIT_STREAM = 'audit';
export const CHECKPOINT_FORMAT = 'concerto-audit-checkpoint/1';

/**
 * Signed checkpoints of every audit stream head. Periodic (AUDIT_CHECKPOINT_MINUTES; one replica
 * at a time, skipped when nothing changed since the last one) and on demand: features call
 * `checkpoint()` when they publish minutes or results. The private key never enters the database.
 */
@Injectable()
export class CheckpointService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CheckpointService.name);
  private readonly signer: AuditSigner;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {
    this.signer = new AuditSigner(config.auditSigningKey ?? loadOrCreateAuditSigningKey(config.dataDir));
  }

  onModuleInit(): void {
    if (this.config.auditCheckpointMinutes === 0) return;
    this.timer = setInterval(() => {
      this.running = this.periodic().catch((e: unknown) => this.logger.error(`Audit checkpoint failed: ${String(e)}`));
    }, this.config.auditCheckpointMinutes * 60_000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Signs every stream head now. `reason` says why (`minutes.published`…). */
  checkpoint(reason: string, actor: Actor = SYSTEM_ACTOR): Promise<AuditCheckpointSummary> {
    return this.ds.transaction((em) => this.sign(em, reason, actor));
  }

  /**
   * The periodic checkpoint: only the replica holding the advisory lock signs, and only when a
   * head moved since the last checkpoint. Returns null when it did not sign.
   */
  periodic(): Promise<AuditCheckpointSummary | null> {
    return this.ds.transaction(async (em) => {
      const [{ locked }] = await em.query<{ locked: boolean }[]>('SELECT pg_try_advisory_xact_lock($1) AS locked', [AUDIT_CHECKPOINT_LOCK]);
      if (!locked) return null;
      const [last] = await em.query<{ heads: AuditHead[] }[]>(`SELECT heads FROM audit_checkpoints ORDER BY id DESC LIMIT 1`);
      if (last && canonicalJson(last.heads) === canonicalJson(await this.heads(em))) return null;
      return this.sign(em, 'periodic', SYSTEM_ACTOR);
    });
  }

  async list(page: number, pageSize: number): Promise<Page<AuditCheckpointSummary>> {
    const [rows, total] = await this.ds
      .getRepository(AuditCheckpointEntity)
      .findAndCount({ order: { id: 'DESC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { items: rows.map(summary), total, page, pageSize };
  }

  async file(id: string): Promise<AuditCheckpointFile> {
    const row = await this.ds.getRepository(AuditCheckpointEntity).findOneBy({ id });
    if (!row) throw auditError('CHECKPOINT_NOT_FOUND');
    return {
      format: CHECKPOINT_FORMAT,
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      reason: row.reason,
      keyId: row.keyId,
      heads: row.heads,
      signature: row.signature,
      publicKey: this.signer.publicKeyPem,
    };
  }

  publicKey(): AuditPublicKey {
    return { keyId: this.signer.keyId, algorithm: 'Ed25519', publicKey: this.signer.publicKeyPem };
  }

  private heads(em: EntityManager): Promise<AuditHead[]> {
    return em.query<AuditHead[]>(`SELECT stream, seq, hash FROM audit_stream_heads ORDER BY stream`);
  }

  /** Audits the checkpoint first, so the heads it signs include its own entry. */
  private async sign(em: EntityManager, reason: string, actor: Actor): Promise<AuditCheckpointSummary> {
    const [{ id }] = await em.query<{ id: string }[]>(`SELECT nextval(pg_get_serial_sequence('audit_checkpoints', 'id'))::text AS id`);
    const createdAt = new Date();
    await this.audit.append(em, AUDIT_STREAM, actor, { action: 'audit.checkpoint_signed', targetType: 'audit_checkpoint', targetId: id, after: { reason } });
    const heads = await this.heads(em);
    const { keyId, signature } = this.signer.sign({ id, createdAt: createdAt.toISOString(), reason, heads });
    // Raw INSERT: the id was signed, so it must be stored as is (not drawn again from the sequence).
    await em.query(`INSERT INTO audit_checkpoints (id, created_at, reason, heads, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      createdAt,
      reason,
      JSON.stringify(heads),
      keyId,
      signature,
    ]);
    return summary(em.getRepository(AuditCheckpointEntity).create({ id, createdAt, reason, heads, keyId, signature }));
  }
}

function summary(row: AuditCheckpointEntity): AuditCheckpointSummary {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    reason: row.reason,
    streams: row.heads.length,
    entries: row.heads.reduce((n, h) => n + h.seq, 0),
    keyId: row.keyId,
  };
}
