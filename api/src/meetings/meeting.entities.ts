import type { ActionItemStatus, AttendanceStatus, BoardVoteChoice, DecisionMode, MeetingStatus, ResolutionStatus } from '@concerto/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/** A board meeting: when, where (place and/or video link), and whether the convocation went out. */
@Entity('board_meetings')
@Check('board_meetings_status_check', `"status" IN ('planned', 'held', 'cancelled')`)
export class BoardMeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('board_meetings_starts_at_idx')
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  @Column({ name: 'video_url', type: 'varchar', length: 500, nullable: true })
  videoUrl: string | null;

  @Column({ type: 'varchar', length: 10, default: 'planned' })
  status: MeetingStatus;

  /** When the convocation was sent (recorded once sent). */
  @Column({ name: 'convocation_sent_at', type: 'timestamptz', nullable: true })
  convocationSentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An item of a meeting's agenda, in fr and en, in order. */
@Entity('board_agenda_items')
@Index('board_agenda_items_meeting_position_key', ['meetingId', 'position'], { unique: true })
export class BoardAgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => BoardMeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'board_agenda_items_meeting_fk' })
  meeting?: BoardMeetingEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'title_fr', type: 'varchar', length: 300 })
  titleFr: string;

  @Column({ name: 'title_en', type: 'varchar', length: 300 })
  titleEn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A document attached to an agenda item (PDF or office file, at most 20 MB), stored in
 * PostgreSQL so that every API replica serves it; its type is read from its content.
 */
@Entity('board_documents')
@Check('board_documents_size_check', '"size_bytes" > 0 AND "size_bytes" <= 20971520')
export class BoardDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('board_documents_item_idx')
  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @ManyToOne(() => BoardAgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'board_documents_item_fk' })
  agendaItem?: BoardAgendaItemEntity;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Column({ name: 'media_type', type: 'varchar', length: 120 })
  mediaType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Not loaded with the row: only the download reads it. */
  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Attendance of a seat holder at a meeting. */
@Entity('board_attendance')
@Check('board_attendance_status_check', `"status" IN ('present', 'absent', 'excused')`)
export class BoardAttendanceEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => BoardMeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'board_attendance_meeting_fk' })
  meeting?: BoardMeetingEntity;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'board_attendance_person_fk' })
  person?: PersonEntity;

  @Column({ type: 'varchar', length: 10 })
  status: AttendanceStatus;

  @UpdateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** A declared conflict of interest on an agenda item: the member cannot vote on its resolutions. */
@Entity('board_conflicts')
@Index('board_conflicts_item_person_key', ['agendaItemId', 'personId'], { unique: true })
export class BoardConflictEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @ManyToOne(() => BoardAgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'board_conflicts_item_fk' })
  agendaItem?: BoardAgendaItemEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'board_conflicts_person_fk' })
  person?: PersonEntity;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'declared_at', type: 'timestamptz' })
  declaredAt: Date;
}

/**
 * A board resolution: text in fr and en, mover and seconder, decided by a vote or by consensus.
 * Numbered per year when adopted (CA-2026-014): `year` and `number` are set together, once, from
 * board_resolution_counters, and never reused.
 */
@Entity('board_resolutions')
@Index('board_resolutions_year_number_key', ['year', 'number'], { unique: true })
@Check('board_resolutions_status_check', `"status" IN ('proposed', 'adopted', 'rejected')`)
@Check('board_resolutions_mode_check', `"decision_mode" IN ('vote', 'consensus')`)
@Check('board_resolutions_number_check', `("status" = 'adopted') = ("number" IS NOT NULL AND "year" IS NOT NULL)`)
export class BoardResolutionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('board_resolutions_meeting_idx')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => BoardMeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'board_resolutions_meeting_fk' })
  meeting?: BoardMeetingEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => BoardAgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'board_resolutions_item_fk' })
  agendaItem?: BoardAgendaItemEntity;

  @Column({ name: 'text_fr', type: 'text' })
  textFr: string;

  @Column({ name: 'text_en', type: 'text' })
  textEn: string;

  @Column({ name: 'mover_id', type: 'uuid' })
  moverId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mover_id', foreignKeyConstraintName: 'board_resolutions_mover_fk' })
  mover?: PersonEntity;

  @Column({ name: 'seconder_id', type: 'uuid' })
  seconderId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seconder_id', foreignKeyConstraintName: 'board_resolutions_seconder_fk' })
  seconder?: PersonEntity;

  @Column({ name: 'decision_mode', type: 'varchar', length: 10 })
  decisionMode: DecisionMode;

  @Column({ type: 'varchar', length: 10, default: 'proposed' })
  status: ResolutionStatus;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'int', nullable: true })
  number: number | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One member's recorded vote on a board resolution. */
@Entity('board_resolution_votes')
@Check('board_resolution_votes_choice_check', `"choice" IN ('for', 'against', 'abstain')`)
export class BoardResolutionVoteEntity {
  @PrimaryColumn({ name: 'resolution_id', type: 'uuid' })
  resolutionId: string;

  @ManyToOne(() => BoardResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolution_id', foreignKeyConstraintName: 'board_resolution_votes_resolution_fk' })
  resolution?: BoardResolutionEntity;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'board_resolution_votes_person_fk' })
  person?: PersonEntity;

  @Column({ type: 'varchar', length: 10 })
  choice: BoardVoteChoice;
}

/** The last resolution number given in a year: taken with one UPDATE … RETURNING (no gaps, no reuse). */
@Entity('board_resolution_counters')
export class BoardResolutionCounterEntity {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ name: 'last_number', type: 'int', default: 0 })
  lastNumber: number;
}

/** An action item decided at a meeting: owner, due date, status. */
@Entity('board_action_items')
@Check('board_action_items_status_check', `"status" IN ('open', 'done', 'cancelled')`)
export class BoardActionItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('board_action_items_meeting_idx')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => BoardMeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'board_action_items_meeting_fk' })
  meeting?: BoardMeetingEntity;

  @Column({ type: 'varchar', length: 1000 })
  description: string;

  @Index('board_action_items_owner_idx')
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'board_action_items_owner_fk' })
  owner?: PersonEntity;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: ActionItemStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
