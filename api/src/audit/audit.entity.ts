import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change of state. Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). Rows form
 * one hash chain per stream: `hash = sha256(prev_hash | canonical row)`.
 */
@Entity('audit_log')
@Index('audit_log_stream_seq_key', ['stream', 'seq'], { unique: true })
@Index('audit_log_target_idx', ['targetType', 'targetId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  stream: string;

  @Column({ type: 'int' })
  seq: number;

  @Index('audit_log_occurred_at_idx')
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_label', type: 'text' })
  actorLabel: string;

  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 60 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 120, nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}

/** The head of each audit stream: the one row an append locks. */
@Entity('audit_stream_heads')
export class AuditStreamHeadEntity {
  @PrimaryColumn({ type: 'varchar', length: 120 })
  stream: string;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'char', length: 64 })
  hash: string;
}

/**
 * A signed checkpoint: every stream head (stream, seq, hash) at one moment, signed with the
 * API's Ed25519 key kept outside the database. Insert-only (a trigger refuses the rest).
 */
@Entity('audit_checkpoints')
export class AuditCheckpointEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'audit_checkpoints_pkey' })
  id: string;

  @Index('audit_checkpoints_created_at_idx')
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 60 })
  reason: string;

  @Column({ type: 'jsonb' })
  heads: { stream: string; seq: number; hash: string }[];

  /** sha256 of the public key (SPKI DER), hex. */
  @Column({ name: 'key_id', type: 'char', length: 64 })
  keyId: string;

  /** Ed25519 signature of the checkpoint's canonical JSON, base64. */
  @Column({ type: 'varchar', length: 200 })
  signature: string;
}
