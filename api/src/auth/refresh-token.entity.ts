import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A refresh token, stored as its SHA-256 only. Each refresh consumes the token and issues the
 * next one of the same family; presenting a consumed token after the grace period revokes the
 * whole family. The family is the session: its id is the access token's `sid`.
 */
@Entity('refresh_tokens')
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('refresh_tokens_person_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Index('refresh_tokens_family_idx')
  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Index('refresh_tokens_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true })
  consumedAt: Date | null;

  /**
   * Once consumed: the token that replaced it, AES-GCM-sealed with a key derived from this token
   * (which only its holder knows), so a second tab presenting it within the grace period gets
   * the same successor. The database alone cannot open it.
   */
  @Column({ name: 'successor_sealed', type: 'text', nullable: true })
  successorSealed: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
