import type { BoardOffice } from '@concerto/contracts';
import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CollegeEntity } from '../colleges/college.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * A board seat: one of a college's `seat_count` seats (number 1..seat_count). Seats are created
 * from the colleges' seat counts and never deleted (their history stays); a seat whose number is
 * above its college's count today is withdrawn. A seat may be reserved for the youth wing.
 */
@Entity('board_seats')
@Index('board_seats_college_number_key', ['collegeId', 'number'], { unique: true })
@Check('board_seats_number_check', '"number" >= 1')
export class BoardSeatEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'college_id', type: 'uuid' })
  collegeId: string;

  @ManyToOne(() => CollegeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'college_id', foreignKeyConstraintName: 'board_seats_college_fk' })
  college?: CollegeEntity;

  @Column({ type: 'int' })
  number: number;

  @Column({ name: 'youth_reserved', type: 'boolean', default: false })
  youthReserved: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A term on a seat: the person holds it from `starts_on` (inclusive) to `ends_on` (exclusive,
 * from the settings' term length), or to `ended_on` when it ended early (resignation). Past
 * terms stay: they are the seat's history. The database refuses two terms overlapping on one
 * seat, and one person holding two seats at once (exclusion constraints, btree_gist).
 */
@Entity('board_terms')
@Check('board_terms_dates_check', '"starts_on" < "ends_on" AND ("ended_on" IS NULL OR ("ended_on" >= "starts_on" AND "ended_on" <= "ends_on"))')
@Exclusion('board_terms_seat_no_overlap', `USING gist ("seat_id" WITH =, daterange("starts_on", COALESCE("ended_on", "ends_on"), '[)') WITH &&)`)
@Exclusion('board_terms_person_one_seat', `USING gist ("person_id" WITH =, daterange("starts_on", COALESCE("ended_on", "ends_on"), '[)') WITH &&)`)
export class BoardTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'seat_id', type: 'uuid' })
  seatId: string;

  @ManyToOne(() => BoardSeatEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seat_id', foreignKeyConstraintName: 'board_terms_seat_fk' })
  seat?: BoardSeatEntity;

  @Index('board_terms_person_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'board_terms_person_fk' })
  person?: PersonEntity;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * An officer (présidence, vice-présidence, secrétariat, trésorerie): a board member named to an
 * office from `starts_on`; `ended_on` set when replaced. One current holder per office.
 */
@Entity('board_officers')
@Index('board_officers_one_current_per_office', ['office'], { unique: true, where: '"ended_on" IS NULL' })
@Check('board_officers_office_check', `"office" IN ('president', 'vice_president', 'secretary', 'treasurer')`)
export class BoardOfficerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  office: BoardOffice;

  @Index('board_officers_person_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'board_officers_person_fk' })
  person?: PersonEntity;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
