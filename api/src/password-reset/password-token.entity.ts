import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PasswordTokenPurpose = 'reset' | 'invitation';

/**
 * A single-use link to choose a password (forgotten password or invitation), stored as the
 * SHA-256 of the token only. A newer link for the same person replaces the older ones.
 */
@Entity('password_tokens')
export class PasswordTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('password_tokens_person_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'varchar', length: 20 })
  purpose: PasswordTokenPurpose;

  @Index('password_tokens_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'replaced_at', type: 'timestamptz', nullable: true })
  replacedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Requests for a forgotten-password link, counted per address to limit their rate. */
@Entity('password_reset_requests')
@Index('password_reset_requests_address_idx', ['address', 'createdAt'])
@Index('password_reset_requests_email_idx', ['emailHash', 'createdAt'])
export class PasswordResetRequestEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  address: string;

  /** SHA-256 of the lower-cased e-mail typed (the address may have no account). */
  @Column({ name: 'email_hash', type: 'char', length: 64 })
  emailHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
