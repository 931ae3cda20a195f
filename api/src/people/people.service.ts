import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DERIVED_ROLES, type CurrentUser, type Page, type Person, type Role } from '@concerto/contracts';
import * as argon2 from 'argon2';
import { randomBytes } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { HOLDS_BOARD_SEAT_SQL } from '../common/access';
import type { Actor } from '../common/actor';
import { PasswordResetService } from '../password-reset/password-reset.service';
import { CreatePersonDto, PeopleQueryDto, UpdateMyAccountDto, UpdatePersonDto } from './dto/person.dto';
import { PersonEntity } from './person.entity';
import { peopleError } from './people.errors';

interface PersonRow extends PersonEntity {
  delegateMemberId: string | null;
  delegateLegalName: string | null;
  /** Holds a board seat today (a current term of the board register). */
  boardMember: boolean;
}

/** Audit stream of account changes made by administrators and by people themselves. */
const STREAM = 'people';

function publicFields(p: PersonEntity) {
  return { email: p.email, fullName: p.fullName, preferredLanguage: p.preferredLanguage, birthYear: p.birthYear, roles: p.roles, active: p.active };
}

/** The delegate columns joined to a person (raw, as PostgreSQL names them). */
interface DelegateColumns {
  delegate_member_id: string | null;
  delegate_legal_name: string | null;
  board_member: boolean;
}


@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly passwords: PasswordResetService,
  ) {}

  /** Persons with their active delegate designation (if any): one query, no N+1. */
  private baseQuery(em: EntityManager = this.ds.manager) {
    return em
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .leftJoin('delegates', 'd', 'd.person_id = p.id AND d.ended_at IS NULL')
      .leftJoin('members', 'm', 'm.id = d.member_id')
      .addSelect('m.id', 'delegate_member_id')
      .addSelect('m.legal_name', 'delegate_legal_name')
      .addSelect(HOLDS_BOARD_SEAT_SQL('p.id'), 'board_member');
  }

  private async findRow(id: string, em?: EntityManager): Promise<PersonRow | null> {
    const { entities, raw } = await this.baseQuery(em).where('p.id = :id', { id }).getRawAndEntities();
    if (!entities[0]) return null;
    const row = raw[0] as DelegateColumns;
    return { ...entities[0], delegateMemberId: row.delegate_member_id, delegateLegalName: row.delegate_legal_name, boardMember: row.board_member === true };
  }

  private static roles(row: PersonRow): Role[] {
    const roles = row.roles.filter((r) => !DERIVED_ROLES.includes(r));
    if (row.delegateMemberId) roles.push('delegate');
    if (row.boardMember) roles.push('board_member');
    return roles;
  }

  private static toPerson(row: PersonRow): Person {
    return {
      id: row.id,
      email: row.email,
      fullName: row.fullName,
      preferredLanguage: row.preferredLanguage,
      birthYear: row.birthYear,
      roles: PeopleService.roles(row),
      active: row.active,
      delegateOf: row.delegateMemberId ? { memberId: row.delegateMemberId, legalName: row.delegateLegalName ?? '' } : null,
    };
  }

  async findActiveActor(id: string): Promise<Actor | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const row = await this.findRow(id);
    if (!row || !row.active) return null;
    return { id: row.id, email: row.email, fullName: row.fullName, roles: PeopleService.roles(row) };
  }

  async findByEmail(email: string): Promise<PersonEntity | null> {
    return this.ds.getRepository(PersonEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  async currentUser(id: string): Promise<CurrentUser> {
    const row = await this.findRow(id);
    if (!row) throw peopleError('PERSON_NOT_FOUND');
    const { active: _active, ...user } = PeopleService.toPerson(row);
    return user;
  }

  async get(id: string): Promise<Person> {
    const row = await this.findRow(id);
    if (!row) throw peopleError('PERSON_NOT_FOUND');
    return PeopleService.toPerson(row);
  }

  async list(query: PeopleQueryDto): Promise<Page<Person>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const qb = this.baseQuery();
    if (query.q) qb.where('(p.email ILIKE :q OR p.full_name ILIKE :q)', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .orderBy('p.full_name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawAndEntities();
    const items = entities.map((e) => {
      const r = (raw as (DelegateColumns & { p_id: string })[]).find((x) => x.p_id === e.id);
      return PeopleService.toPerson({ ...e, delegateMemberId: r?.delegate_member_id ?? null, delegateLegalName: r?.delegate_legal_name ?? null, boardMember: r?.board_member === true });
    });
    return { items, total, page, pageSize };
  }

  async create(actor: Actor, dto: CreatePersonDto): Promise<Person> {
    if (dto.roles.includes('delegate')) throw peopleError('DELEGATE_ROLE_BY_DESIGNATION');
    if (dto.roles.includes('board_member')) throw peopleError('BOARD_MEMBER_ROLE_BY_SEAT');
    // Nobody knows this password: the person chooses theirs through the invitation.
    const passwordHash = await argon2.hash(randomBytes(32).toString('base64url'), { type: argon2.argon2id });
    const id = await this.ds.transaction(async (em) => {
      const repo = em.getRepository(PersonEntity);
      if (await repo.existsBy({ email: dto.email })) throw peopleError('EMAIL_TAKEN');
      const saved = await repo.save(
        repo.create({ email: dto.email, fullName: dto.fullName, preferredLanguage: dto.preferredLanguage, birthYear: dto.birthYear ?? null, roles: dto.roles, passwordHash }),
      );
      await this.audit.append(em, STREAM, actor, { action: 'person.created', targetType: 'person', targetId: saved.id, after: publicFields(saved) });
      await this.passwords.invite(em, actor, saved);
      return saved.id;
    });
    return this.get(id);
  }

  async update(actor: Actor, id: string, dto: UpdatePersonDto): Promise<Person> {
    if (dto.roles?.includes('delegate')) throw peopleError('DELEGATE_ROLE_BY_DESIGNATION');
    if (dto.roles?.includes('board_member')) throw peopleError('BOARD_MEMBER_ROLE_BY_SEAT');
    await this.ds.transaction(async (em) => {
      const repo = em.getRepository(PersonEntity);
      const person = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw peopleError('PERSON_NOT_FOUND');
      const before = publicFields(person);
      const losesAdmin = person.roles.includes('admin') && ((dto.roles && !dto.roles.includes('admin')) || dto.active === false);
      if (losesAdmin) {
        // Serialize admin removals so two of them cannot both pass the check.
        await em.query('SELECT pg_advisory_xact_lock(727002)');
        const [{ n }] = await em.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM people WHERE active AND 'admin' = ANY(roles) AND id <> $1`, [id]);
        if (n === 0) throw peopleError('LAST_ADMIN');
      }
      Object.assign(person, {
        ...(dto.fullName !== undefined && { fullName: dto.fullName }),
        ...(dto.preferredLanguage !== undefined && { preferredLanguage: dto.preferredLanguage }),
        ...(dto.birthYear !== undefined && { birthYear: dto.birthYear }),
        ...(dto.roles !== undefined && { roles: dto.roles }),
        ...(dto.active !== undefined && { active: dto.active }),
      });
      await repo.save(person);
      if (dto.active === false) await em.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE person_id = $1 AND revoked_at IS NULL`, [id]);
      await this.audit.append(em, STREAM, actor, { action: 'person.updated', targetType: 'person', targetId: id, before, after: publicFields(person) });
    });
    return this.get(id);
  }

  async resendInvitation(actor: Actor, id: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      const person = await em.getRepository(PersonEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw peopleError('PERSON_NOT_FOUND');
      await this.passwords.invite(em, actor, person);
    });
  }

  async updateMe(actor: Actor, dto: UpdateMyAccountDto): Promise<CurrentUser> {
    await this.update(actor, actor.id, dto);
    return this.currentUser(actor.id);
  }
}
