import type { MemberKind, Region, Sector } from '@concerto/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CollegeEntity } from '../colleges/college.entity';
import { FRENCH_COLLATION } from '../database/collation';

/** A member organization of the federation. Its standing is derived (see libs/domain). */
@Entity('members')
@Index('members_filter_idx', ['collegeId', 'region', 'sector'])
/** The directory's order (name, then id): pages are read from it without sorting. */
@Index('members_directory_order_idx', ['searchName', 'id'])
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'legal_name', type: 'varchar', length: 300, collation: FRENCH_COLLATION })
  legalName: string;

  /** Lower-cased, accent-free legal name, for search and ordering. */
  @Column({ name: 'search_name', type: 'text', collation: FRENCH_COLLATION })
  searchName: string;

  @Index('members_neq_key', { unique: true, where: '"neq" IS NOT NULL' })
  @Column({ type: 'char', length: 10, nullable: true })
  neq: string | null;

  @Column({ type: 'varchar', length: 40 })
  kind: MemberKind;

  @Column({ type: 'varchar', length: 40 })
  sector: Sector;

  @Column({ type: 'char', length: 2 })
  region: Region;

  @Column({ name: 'college_id', type: 'uuid' })
  collegeId: string;

  @ManyToOne(() => CollegeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'college_id', foreignKeyConstraintName: 'members_college_fk' })
  college?: CollegeEntity;

  @Column({ type: 'boolean', default: false })
  suspended: boolean;

  @Column({ name: 'suspension_reason', type: 'varchar', length: 500, nullable: true })
  suspensionReason: string | null;

  @Column({ name: 'dues_paid_until', type: 'date', nullable: true })
  duesPaidUntil: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true, collation: FRENCH_COLLATION })
  city: string | null;

  /** The city folded like `searchName`, so the directory's search finds it too. */
  @Column({ name: 'search_city', type: 'text', nullable: true, collation: FRENCH_COLLATION })
  searchCity: string | null;

  /** Contact details, kept up to date by the administrator or the member's own delegates. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  /** Canadian postal code, normalised "H2X 1Y4". */
  @Column({ name: 'postal_code', type: 'char', length: 7, nullable: true })
  postalCode: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
