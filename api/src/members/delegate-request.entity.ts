import type { DelegateRequestStatus } from '@concerto/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { DelegateEntity } from './delegate.entity';
import { MemberEntity } from './member.entity';

/**
 * A delegate's request to add a delegate to their organization, or to replace one of its current
 * delegates. The administrator approves it (the designation is then made) or rejects it (with a
 * reason). A decided request is never decided again.
 */
@Entity('delegate_requests')
@Index('delegate_requests_pending_idx', ['createdAt'], { where: `"status" = 'pending'` })
/** One pending request per person and member: asking twice is a conflict, not a second request. */
@Index('delegate_requests_one_pending_key', ['memberId', 'email'], { unique: true, where: `"status" = 'pending'` })
@Check('delegate_requests_status_check', `"status" IN ('pending', 'approved', 'rejected')`)
@Check('delegate_requests_reason_check', `"status" <> 'rejected' OR "rejection_reason" IS NOT NULL`)
export class DelegateRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('delegate_requests_member_idx')
  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'delegate_requests_member_fk' })
  member?: MemberEntity;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName: string;

  /** Stored lower-cased, like people's e-mails. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'birth_year', type: 'int', nullable: true })
  birthYear: number | null;

  /** The designation this request would end; null to add a delegate. */
  @Column({ name: 'replaces_delegate_id', type: 'uuid', nullable: true })
  replacesDelegateId: string | null;

  @ManyToOne(() => DelegateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaces_delegate_id', foreignKeyConstraintName: 'delegate_requests_replaces_fk' })
  replacesDelegate?: DelegateEntity;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: DelegateRequestStatus;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 500, nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'delegate_requests_requested_by_fk' })
  requester?: PersonEntity;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'delegate_requests_decided_by_fk' })
  decider?: PersonEntity;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The designation made on approval. */
  @Column({ name: 'delegate_id', type: 'uuid', nullable: true })
  delegateId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
