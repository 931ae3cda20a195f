import type { ArchiveHitKind } from '@concerto/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BoardResolutionEntity } from '../meetings/meeting.entities';
import { MinutesEntity } from './minutes.entities';

/**
 * The public archive: one row per published minutes (or erratum) and one per adopted resolution
 * of a meeting whose minutes are published, written in the publication's transaction and never
 * changed (the API's role may only insert). Searched with PostgreSQL full-text search: French and
 * English stemming over the text with its accents removed: `search` holds
 * `concerto_archive_document(text_fr, text_en)`, set by a trigger on insert, with a GIN index
 * (created by the migration: TypeORM cannot declare a GIN index).
 */
@Entity('archive_entries')
@Check('archive_entries_kind_check', `"kind" IN ('minutes', 'resolution')`)
@Check('archive_entries_resolution_check', `("kind" = 'resolution') = ("resolution_id" IS NOT NULL)`)
@Index('archive_entries_search_idx', { synchronize: false })
@Index('archive_entries_year_number_idx', ['year', 'number'])
@Index('archive_entries_starts_at_idx', ['meetingStartsAt'])
export class ArchiveEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'archive_entries_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  kind: ArchiveHitKind;

  @Index('archive_entries_minutes_idx')
  @Column({ name: 'minutes_id', type: 'uuid' })
  minutesId: string;

  @ManyToOne(() => MinutesEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'minutes_id', foreignKeyConstraintName: 'archive_entries_minutes_fk' })
  minutes?: MinutesEntity;

  @Index('archive_entries_resolution_key', { unique: true, where: '"resolution_id" IS NOT NULL' })
  @Column({ name: 'resolution_id', type: 'uuid', nullable: true })
  resolutionId: string | null;

  @ManyToOne(() => BoardResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolution_id', foreignKeyConstraintName: 'archive_entries_resolution_fk' })
  resolution?: BoardResolutionEntity;

  @Column({ name: 'meeting_starts_at', type: 'timestamptz' })
  meetingStartsAt: Date;

  /** The resolution's year, or the meeting's year (in the federation's time zone) for minutes. */
  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int', nullable: true })
  number: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  label: string | null;

  @Column({ name: 'text_fr', type: 'text' })
  textFr: string;

  @Column({ name: 'text_en', type: 'text' })
  textEn: string;

  /** The search document (French and English stems, accents removed), filled by the insert trigger. */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  search: string;
}
