import type { Language, Role } from '@concerto/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FRENCH_COLLATION } from '../database/collation';

/** A person with an account: delegates, staff of the federation, administrators. */
@Entity('people')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Index('people_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200, collation: FRENCH_COLLATION })
  fullName: string;

  @Column({ name: 'preferred_language', type: 'varchar', length: 2, default: 'fr' })
  preferredLanguage: Language;

  @Column({ name: 'birth_year', type: 'int', nullable: true })
  birthYear: number | null;

  /** Staff roles granted by an administrator; `delegate` comes from a designation. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: Role[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
