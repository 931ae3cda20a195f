import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MEMBER_CONTACT_FIELDS, type Member, type MemberContactField, type Page } from '@concerto/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { commonError } from '../common/app-error';
import { fieldMessages } from '../common/field-labels';
import { isUniqueViolation } from '../common/db-errors';
import { requireMemberAccess } from '../common/access';
import { CreateMemberDto, MemberContactDto, MemberQueryDto, UpdateMemberDto } from './dto/member.dto';
import { MemberEntity } from './member.entity';
import { findMember, listMembers } from './member-queries';
import { memberFieldMessages, membersError } from './members.errors';
import { searchName } from './search-name';

/** Audit stream of colleges, members, delegates and imports. */
export const MEMBERSHIP_STREAM = 'membership';

/** What the audit log keeps of a member organization. */
export function memberAuditFields(
  m: Pick<MemberEntity, 'legalName' | 'neq' | 'kind' | 'sector' | 'region' | 'collegeId' | 'duesPaidUntil' | 'city' | 'suspended' | 'suspensionReason' | MemberContactField>,
) {
  return {
    legalName: m.legalName,
    neq: m.neq,
    kind: m.kind,
    sector: m.sector,
    region: m.region,
    collegeId: m.collegeId,
    duesPaidUntil: m.duesPaidUntil,
    city: m.city,
    suspended: m.suspended,
    suspensionReason: m.suspensionReason,
    ...contactFields(m),
  };
}

/** A member's contact details, as the audit log keeps them. */
export function contactFields(m: Pick<MemberEntity, MemberContactField>): Record<MemberContactField, string | null> {
  return { address: m.address, postalCode: m.postalCode, phone: m.phone, email: m.email, website: m.website };
}

/** Member organizations: the directory, their records, suspension and reinstatement. */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(query: MemberQueryDto): Promise<Page<Member>> {
    return listMembers(this.ds.manager, query);
  }

  async get(id: string): Promise<Member> {
    const member = await findMember(this.ds.manager, id);
    if (!member) throw membersError('MEMBER_NOT_FOUND');
    return member;
  }

  async create(actor: Actor, dto: CreateMemberDto): Promise<Member> {
    const neq = dto.neq ?? null;
    const id = await this.neqUnique(neq, () =>
      this.ds.transaction(async (em) => {
        await this.requireCollege(em, dto.collegeId);
        await this.refuseTakenNeq(em, neq, null);
        const repo = em.getRepository(MemberEntity);
        const member = await repo.save(
          repo.create({
            legalName: dto.legalName,
            searchName: searchName(dto.legalName),
            neq,
            kind: dto.kind,
            sector: dto.sector,
            region: dto.region,
            collegeId: dto.collegeId,
            duesPaidUntil: dto.duesPaidUntil ?? null,
            city: dto.city ?? null,
            searchCity: dto.city ? searchName(dto.city) : null,
            address: dto.address ?? null,
            postalCode: dto.postalCode ?? null,
            phone: dto.phone ?? null,
            email: dto.email ?? null,
            website: dto.website ?? null,
          }),
        );
        await this.audit.append(em, MEMBERSHIP_STREAM, actor, { action: 'member.created', targetType: 'member', targetId: member.id, after: memberAuditFields(member) });
        return member.id;
      }),
    );
    return this.get(id);
  }

  async update(actor: Actor, id: string, dto: UpdateMemberDto): Promise<Member> {
    await this.neqUnique(dto.neq ?? null, () =>
      this.change(actor, id, 'member.updated', async (em, member) => {
        if (dto.collegeId !== undefined && dto.collegeId !== member.collegeId) await this.requireCollege(em, dto.collegeId);
        if (dto.neq !== undefined && dto.neq !== member.neq) await this.refuseTakenNeq(em, dto.neq, id);
        for (const [key, value] of Object.entries(dto) as [keyof UpdateMemberDto, never][]) {
          if (value !== undefined) member[key] = value;
        }
        member.searchName = searchName(member.legalName);
        member.searchCity = member.city ? searchName(member.city) : null;
      }),
    );
    return this.get(id);
  }

  /**
   * A member's contact details, by the administrator or one of the member's own delegates
   * (checked by `requireMemberAccess`); only these fields, audited as `member.contact_updated`.
   */
  async updateContact(actor: Actor, id: string, dto: MemberContactDto): Promise<Member> {
    await requireMemberAccess(this.ds.manager, actor, 'members.contact.write', id);
    await this.change(actor, id, 'member.contact_updated', (_, member) => {
      for (const key of MEMBER_CONTACT_FIELDS) {
        if (dto[key] !== undefined) member[key] = dto[key] ?? null;
      }
    });
    return this.get(id);
  }

  async suspend(actor: Actor, id: string, reason: string): Promise<Member> {
    await this.change(actor, id, 'member.suspended', (_, member) => {
      if (member.suspended) throw membersError('ALREADY_SUSPENDED');
      member.suspended = true;
      member.suspensionReason = reason;
    });
    return this.get(id);
  }

  async reinstate(actor: Actor, id: string): Promise<Member> {
    await this.change(actor, id, 'member.reinstated', (_, member) => {
      if (!member.suspended) throw membersError('NOT_SUSPENDED');
      member.suspended = false;
      member.suspensionReason = null;
    });
    return this.get(id);
  }

  /** Locks the member, applies `edit`, saves and audits before/after; nothing when unchanged. */
  private async change(actor: Actor, id: string, action: string, edit: (em: EntityManager, member: MemberEntity) => void | Promise<void>): Promise<void> {
    await this.ds.transaction(async (em) => {
      const repo = em.getRepository(MemberEntity);
      const member = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!member) throw membersError('MEMBER_NOT_FOUND');
      const before = memberAuditFields(member);
      await edit(em, member);
      const after = memberAuditFields(member);
      if (JSON.stringify(before) === JSON.stringify(after)) return;
      await repo.save(member);
      await this.audit.append(em, MEMBERSHIP_STREAM, actor, { action, targetType: 'member', targetId: id, before, after });
    });
  }

  private async requireCollege(em: EntityManager, collegeId: string): Promise<void> {
    const found = await em.query<unknown[]>(`SELECT 1 FROM colleges WHERE id = $1`, [collegeId]);
    if (!found.length) throw commonError('VALIDATION_FAILED', {}, [{ field: 'collegeId', messages: fieldMessages('collegeId', memberFieldMessages.unknownCollege) }]);
  }

  private async refuseTakenNeq(em: EntityManager, neq: string | null, exceptId: string | null): Promise<void> {
    if (!neq) return;
    const taken = await em.query<unknown[]>(`SELECT 1 FROM members WHERE neq = $1 AND id IS DISTINCT FROM $2`, [neq, exceptId]);
    if (taken.length) throw membersError('NEQ_TAKEN', { neq });
  }

  /** The unique index settles a race the check lost: still a 409, never a 500. */
  private async neqUnique<T>(neq: string | null, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (isUniqueViolation(e, 'members_neq_key')) throw membersError('NEQ_TAKEN', { neq: neq ?? '' });
      throw e;
    }
  }
}
