import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { MemberEntity } from './member.entity';

/**
 * A designation of a person as delegate of a member organization. Ended designations are kept
 * (history); a person is the delegate of at most one organization at a time.
 */
@Entity('delegates')
@Index('delegates_one_active_per_person', ['personId'], { unique: true, where: '"ended_at" IS NULL' })
export class DelegateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('delegates_member_idx')
  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'delegates_member_fk' })
  member?: MemberEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'delegates_person_fk' })
  person?: PersonEntity;

  @Column({ name: 'designated_at', type: 'timestamptz', default: () => 'now()' })
  designatedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
