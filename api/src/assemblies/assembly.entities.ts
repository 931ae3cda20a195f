import type {
  AgendaItemKind,
  AgendaItemStatus,
  AssemblyDuty,
  AssemblyKind,
  AssemblyPreset,
  AssemblyStatus,
  AttendanceMode,
  FloorRequestKind,
  QuorumType,
  RegistrationChannel,
  SpeakerStatus,
} from '@concerto/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MemberEntity } from '../members/member.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * A general assembly. Its rules are copied from the bylaw settings while it is a draft and frozen
 * when the convocation goes out. `eventSeq` is the sequence of its live events: taken by updating
 * this row, so events of one assembly are numbered in commit order without gaps.
 */
@Entity('assemblies')
@Check('assemblies_kind_check', `"kind" IN ('annual', 'special')`)
@Check('assemblies_status_check', `"status" IN ('draft', 'convened', 'in_session', 'closed', 'cancelled')`)
@Check('assemblies_preset_check', `"preset" IN ('nonprofit', 'cooperative')`)
@Check('assemblies_quorum_check', `"quorum_type" IN ('count', 'percent') AND "quorum_value" >= 0`)
@Check('assemblies_cooperative_no_proxies_check', `"preset" <> 'cooperative' OR NOT "proxies_allowed"`)
@Check('assemblies_limits_check', `"max_proxies_per_delegate" >= 0 AND "delegates_per_member" >= 1 AND "speaker_seconds" > 0 AND "notice_period_days" >= 0`)
export class AssemblyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 10 })
  kind: AssemblyKind;

  @Column({ name: 'title_fr', type: 'varchar', length: 300 })
  titleFr: string;

  @Column({ name: 'title_en', type: 'varchar', length: 300 })
  titleEn: string;

  @Index('assemblies_starts_at_idx')
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  @Column({ name: 'video_url', type: 'varchar', length: 500, nullable: true })
  videoUrl: string | null;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: AssemblyStatus;

  @Column({ type: 'varchar', length: 12 })
  preset: AssemblyPreset;

  @Column({ name: 'notice_period_days', type: 'int' })
  noticePeriodDays: number;

  @Column({ name: 'quorum_type', type: 'varchar', length: 10 })
  quorumType: QuorumType;

  @Column({ name: 'quorum_value', type: 'int' })
  quorumValue: number;

  @Column({ name: 'proxies_allowed', type: 'boolean' })
  proxiesAllowed: boolean;

  @Column({ name: 'max_proxies_per_delegate', type: 'int' })
  maxProxiesPerDelegate: number;

  @Column({ name: 'delegates_per_member', type: 'int' })
  delegatesPerMember: number;

  @Column({ name: 'speaker_seconds', type: 'int' })
  speakerSeconds: number;

  @Column({ name: 'convened_at', type: 'timestamptz', nullable: true })
  convenedAt: Date | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The agenda item under way (shown on every screen). */
  @Column({ name: 'current_item_id', type: 'uuid', nullable: true })
  currentItemId: string | null;

  /** SHA-256 of the room display's secret link (the link itself is shown once). */
  @Column({ name: 'display_token_hash', type: 'varchar', length: 64, nullable: true })
  displayTokenHash: string | null;

  @Column({ name: 'event_seq', type: 'bigint', default: 0 })
  eventSeq: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An item of the assembly's agenda, in order; `body` is the text under debate. */
@Entity('assembly_agenda_items')
@Index('assembly_agenda_items_position_key', ['assemblyId', 'position'], { unique: true })
@Check('assembly_agenda_items_kind_check', `"kind" IN ('opening', 'agenda_adoption', 'previous_minutes', 'reports', 'elections', 'motions', 'other_business', 'closing', 'custom')`)
@Check('assembly_agenda_items_status_check', `"status" IN ('pending', 'current', 'done')`)
export class AssemblyAgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assembly_id', type: 'uuid' })
  assemblyId: string;

  @ManyToOne(() => AssemblyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assembly_id', foreignKeyConstraintName: 'assembly_agenda_items_assembly_fk' })
  assembly?: AssemblyEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 20 })
  kind: AgendaItemKind;

  @Column({ name: 'title_fr', type: 'varchar', length: 300 })
  titleFr: string;

  @Column({ name: 'title_en', type: 'varchar', length: 300 })
  titleEn: string;

  @Column({ name: 'body_fr', type: 'text', nullable: true })
  bodyFr: string | null;

  @Column({ name: 'body_en', type: 'text', nullable: true })
  bodyEn: string | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: AgendaItemStatus;
}

/** A document sent with the convocation (report, financial statements, draft minutes). */
@Entity('assembly_documents')
@Check('assembly_documents_size_check', '"size_bytes" > 0 AND "size_bytes" <= 20971520')
export class AssemblyDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('assembly_documents_assembly_idx')
  @Column({ name: 'assembly_id', type: 'uuid' })
  assemblyId: string;

  @ManyToOne(() => AssemblyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assembly_id', foreignKeyConstraintName: 'assembly_documents_assembly_fk' })
  assembly?: AssemblyEntity;

  @Column({ name: 'title_fr', type: 'varchar', length: 300 })
  titleFr: string;

  @Column({ name: 'title_en', type: 'varchar', length: 300 })
  titleEn: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Column({ name: 'media_type', type: 'varchar', length: 120 })
  mediaType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A duty on one assembly: its chair, or a person of the credentials desk. */
@Entity('assembly_staff')
@Check('assembly_staff_duty_check', `"duty" IN ('chair', 'credentials')`)
@Index('assembly_staff_one_chair', ['assemblyId'], { unique: true, where: `"duty" = 'chair'` })
export class AssemblyStaffEntity {
  @PrimaryColumn({ name: 'assembly_id', type: 'uuid' })
  assemblyId: string;

  @ManyToOne(() => AssemblyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assembly_id', foreignKeyConstraintName: 'assembly_staff_assembly_fk' })
  assembly?: AssemblyEntity;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'assembly_staff_person_fk' })
  person?: PersonEntity;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  duty: AssemblyDuty;
}

/**
 * A delegate registered in an assembly, for the member organization they represent there. One
 * registration per person; presence is its current state (the check-in log keeps the history).
 */
@Entity('assembly_registrations')
@Index('assembly_registrations_person_key', ['assemblyId', 'personId'], { unique: true })
@Index('assembly_registrations_member_idx', ['assemblyId', 'memberId'])
@Check('assembly_registrations_channel_check', `"channel" IN ('ahead', 'desk')`)
@Check('assembly_registrations_mode_check', `("mode" IS NULL) = NOT "present" AND ("mode" IS NULL OR "mode" IN ('hall', 'online'))`)
export class AssemblyRegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assembly_id', type: 'uuid' })
  assemblyId: string;

  @ManyToOne(() => AssemblyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assembly_id', foreignKeyConstraintName: 'assembly_registrations_assembly_fk' })
  assembly?: AssemblyEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'assembly_registrations_person_fk' })
  person?: PersonEntity;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'assembly_registrations_member_fk' })
  member?: MemberEntity;

  @Column({ type: 'varchar', length: 10 })
  channel: RegistrationChannel;

  @Column({ name: 'registered_by', type: 'uuid' })
  registeredBy: string;

  @CreateDateColumn({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ type: 'boolean', default: false })
  present: boolean;

  @Column({ type: 'varchar', length: 10, nullable: true })
  mode: AttendanceMode | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;
}

/** Every check-in and check-out, in order: the attendance history of the assembly. */
@Entity('assembly_attendance_log')
@Check('assembly_attendance_log_kind_check', `"kind" IN ('in', 'out') AND ("mode" IS NULL OR "mode" IN ('hall', 'online'))`)
export class AssemblyAttendanceLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Index('assembly_attendance_log_registration_idx')
  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => AssemblyRegistrationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'assembly_attendance_log_registration_fk' })
  registration?: AssemblyRegistrationEntity;

  @Column({ type: 'varchar', length: 3 })
  kind: 'in' | 'out';

  @Column({ type: 'varchar', length: 10, nullable: true })
  mode: AttendanceMode | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}

/**
 * A proxy (procuration): a delegate who will not attend gives their vote to a registered delegate.
 * One proxy per giver and assembly; the holder's limit is checked by the service under the
 * assembly's lock.
 */
@Entity('assembly_proxies')
@Index('assembly_proxies_giver_key', ['assemblyId', 'giverPersonId'], { unique: true })
export class AssemblyProxyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assembly_id', type: 'uuid' })
  assemblyId: string;

  @ManyToOne(() => AssemblyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assembly_id', foreignKeyConstraintName: 'assembly_proxies_assembly_fk' })
  assembly?: AssemblyEntity;

  @Column({ name: 'giver_person_id', type: 'uuid' })
  giverPersonId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'giver_person_id', foreignKeyConstraintName: 'assembly_proxies_giver_fk' })
  giver?: PersonEntity;

  /** The member organization the giver represents (their designation at the time). */
  @Column({ name: 'giver_member_id', type: 'uuid' })
  giverMemberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'giver_member_id', foreignKeyConstraintName: 'assembly_proxies_giver_member_fk' })
  giverMember?: MemberEntity;

  @Index('assembly_proxies_holder_idx')
  @Column({ name: 'holder_registration_id', type: 'uuid' })
  holderRegistrationId: string;

  @ManyToOne(() => AssemblyRegistrationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'holder_registration_id', foreignKeyConstraintName: 'assembly_proxies_holder_fk' })
  holder?: AssemblyRegistrationEntity;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A request for the floor. At most one open request (waiting or speaking) per person and
 * assembly, enforced by a partial unique index: asking twice gets 409.
 */
@Entity('assembly_speakers')
@Index('assembly_speakers_one_open', ['assemblyId', 'personId'], { unique: true, where: `"status" IN ('waiting', 'speaking')` })
@Index('assembly_speakers_one_speaking', ['assemblyId'], { unique: true, where: `"status" = 'speaking'` })
@Check('assembly_speakers_kind_check', `"kind" IN ('for', 'against', 'privilege', 'order')`)
@Check('assembly_speakers_status_check', `"status" IN ('waiting', 'speaking', 'done', 'withdrawn')`)
export class AssemblySpeakerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assembly_id', type: 'uuid' })
  assemblyId: string;

  @ManyToOne(() => AssemblyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assembly_id', foreignKeyConstraintName: 'assembly_speakers_assembly_fk' })
  assembly?: AssemblyEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AssemblyAgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'assembly_speakers_item_fk' })
  agendaItem?: AssemblyAgendaItemEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'assembly_speakers_person_fk' })
  person?: PersonEntity;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => AssemblyRegistrationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'assembly_speakers_registration_fk' })
  registration?: AssemblyRegistrationEntity;

  @Column({ type: 'varchar', length: 10 })
  kind: FloorRequestKind;

  @Column({ type: 'varchar', length: 10, default: 'waiting' })
  status: SpeakerStatus;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}

/** The live events of an assembly, kept so a screen that reconnects catches up (`seq` from the assembly row). */
@Entity('assembly_events')
export class AssemblyEventEntity {
  @PrimaryColumn({ name: 'assembly_id', type: 'uuid' })
  assemblyId: string;

  @ManyToOne(() => AssemblyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assembly_id', foreignKeyConstraintName: 'assembly_events_assembly_fk' })
  assembly?: AssemblyEntity;

  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
