import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FRENCH_COLLATION } from '../database/collation';

/** An electoral college: member organizations of one kind, electing a number of board seats. */
@Entity('colleges')
@Check('colleges_seat_count_check', '"seat_count" >= 0')
export class CollegeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('colleges_code_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ name: 'name_fr', type: 'varchar', length: 200, collation: FRENCH_COLLATION })
  nameFr: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200, collation: FRENCH_COLLATION })
  nameEn: string;

  @Column({ name: 'seat_count', type: 'int' })
  seatCount: number;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
