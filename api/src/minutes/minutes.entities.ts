import type { Language, MinutesKind, MinutesStatus, SignatureRole } from '@concerto/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BoardMeetingEntity, BoardResolutionEntity } from '../meetings/meeting.entities';
import { PersonEntity } from '../people/person.entity';

/**
 * The minutes (procès-verbal) of a board meeting, or an erratum correcting published minutes.
 * Life: draft → submitted → adopted (by a resolution of a later meeting) → signed → published.
 * `record` is what the portal recorded (agenda, attendance, quorum, resolutions and votes,
 * conflicts), frozen at submission; the bodies are the secretary's text in fr and en.
 * Once published, the database refuses any change to the row, its signatures and its files.
 */
@Entity('minutes')
@Index('minutes_one_per_meeting', ['meetingId'], { unique: true, where: `"kind" = 'minutes'` })
@Check('minutes_kind_check', `"kind" IN ('minutes', 'erratum')`)
@Check('minutes_status_check', `"status" IN ('draft', 'submitted', 'adopted', 'published')`)
@Check('minutes_erratum_check', `("kind" = 'erratum') = ("corrects_id" IS NOT NULL)`)
export class MinutesEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 10, default: 'minutes' })
  kind: MinutesKind;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => BoardMeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'minutes_meeting_fk' })
  meeting?: BoardMeetingEntity;

  /** For an erratum: the published minutes it corrects. */
  @Index('minutes_corrects_idx')
  @Column({ name: 'corrects_id', type: 'uuid', nullable: true })
  correctsId: string | null;

  @ManyToOne(() => MinutesEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrects_id', foreignKeyConstraintName: 'minutes_corrects_fk' })
  corrects?: MinutesEntity;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status: MinutesStatus;

  @Column({ name: 'body_fr', type: 'text', default: '' })
  bodyFr: string;

  @Column({ name: 'body_en', type: 'text', default: '' })
  bodyEn: string;

  /** What the portal recorded of the meeting, frozen when the minutes are submitted. */
  @Column({ type: 'jsonb', nullable: true })
  record: unknown;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** The resolution (of a later meeting) that adopted them. */
  @Index('minutes_adopted_by_key', { unique: true, where: '"adopted_by_resolution_id" IS NOT NULL' })
  @Column({ name: 'adopted_by_resolution_id', type: 'uuid', nullable: true })
  adoptedByResolutionId: string | null;

  @ManyToOne(() => BoardResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adopted_by_resolution_id', foreignKeyConstraintName: 'minutes_adopted_by_fk' })
  adoptedBy?: BoardResolutionEntity;

  @Column({ name: 'adopted_at', type: 'timestamptz', nullable: true })
  adoptedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  /** SHA-256 (hex) of the canonical content, set at publication. */
  @Column({ name: 'content_sha256', type: 'char', length: 64, nullable: true })
  contentSha256: string | null;

  /** The audit log's chain heads at publication: anchors the audit log to something public. */
  @Column({ name: 'audit_heads', type: 'jsonb', nullable: true })
  auditHeads: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A signature of adopted minutes, after the signer gave their password again. */
@Entity('minutes_signatures')
@Check('minutes_signatures_role_check', `"role" IN ('president', 'secretary')`)
export class MinutesSignatureEntity {
  @PrimaryColumn({ name: 'minutes_id', type: 'uuid' })
  minutesId: string;

  @ManyToOne(() => MinutesEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'minutes_id', foreignKeyConstraintName: 'minutes_signatures_minutes_fk' })
  minutes?: MinutesEntity;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  role: SignatureRole;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'minutes_signatures_person_fk' })
  person?: PersonEntity;

  /** The signer's name as it was at signing (printed on the PDF). */
  @Column({ name: 'signer_name', type: 'varchar', length: 200 })
  signerName: string;

  @CreateDateColumn({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;
}

/** The PDF of published minutes, in one language, rendered once at publication, with its own digest. */
@Entity('minutes_files')
@Check('minutes_files_language_check', `"language" IN ('fr', 'en')`)
export class MinutesFileEntity {
  @PrimaryColumn({ name: 'minutes_id', type: 'uuid' })
  minutesId: string;

  @ManyToOne(() => MinutesEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'minutes_id', foreignKeyConstraintName: 'minutes_files_minutes_fk' })
  minutes?: MinutesEntity;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
