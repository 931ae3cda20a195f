import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DelegateRequest, DelegateRequestStatus } from '@concerto/contracts';
import * as argon2 from 'argon2';
import { randomBytes } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requireMemberAccess } from '../common/access';
import type { Actor } from '../common/actor';
import { isUniqueViolation } from '../common/db-errors';
import { PasswordResetService } from '../password-reset/password-reset.service';
import { peopleError } from '../people/people.errors';
import { PersonEntity } from '../people/person.entity';
import { CreateDelegateRequestDto } from './dto/member.dto';
import { DelegatesService } from './delegates.service';
import { MEMBERSHIP_STREAM } from './members.service';
import { membersError } from './members.errors';

/** Audit stream of accounts (as in people.service.ts): a person created on approval goes there. */
const PEOPLE_STREAM = 'people';

interface RequestRow extends Omit<DelegateRequest, 'createdAt' | 'decidedAt'> {
  createdAt: Date;
  decidedAt: Date | null;
  personId?: string;
}

const SELECT = `SELECT r.id, r.member_id AS "memberId", m.legal_name AS "memberLegalName", r.full_name AS "fullName", r.email,
       r.birth_year AS "birthYear", r.replaces_delegate_id AS "replacesDelegateId", rp.full_name AS "replacesFullName",
       r.status, r.rejection_reason AS "rejectionReason", q.full_name AS "requestedByName", r.created_at AS "createdAt", r.decided_at AS "decidedAt"
  FROM delegate_requests r
  JOIN members m ON m.id = r.member_id
  JOIN people q ON q.id = r.requested_by
  LEFT JOIN delegates rd ON rd.id = r.replaces_delegate_id
  LEFT JOIN people rp ON rp.id = rd.person_id`;

function toRequest({ createdAt, decidedAt, ...r }: RequestRow): DelegateRequest {
  return { ...r, createdAt: createdAt.toISOString(), decidedAt: decidedAt ? decidedAt.toISOString() : null };
}

function auditFields(r: { memberId: string; fullName: string; email: string; birthYear: number | null; replacesDelegateId: string | null; status: DelegateRequestStatus }) {
  return { memberId: r.memberId, fullName: r.fullName, email: r.email, birthYear: r.birthYear, replacesDelegateId: r.replacesDelegateId, status: r.status };
}

/**
 * A delegate asks to add a delegate to their organization or to replace one; the administrator
 * approves (the designation is made, the replaced one ended, the person created if new: one
 * transaction, all audited) or rejects with a reason. A decided request stays decided (409).
 */
@Injectable()
export class DelegateRequestsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly delegates: DelegatesService,
    private readonly passwords: PasswordResetService,
  ) {}

  async create(actor: Actor, memberId: string, dto: CreateDelegateRequestDto): Promise<DelegateRequest> {
    await requireMemberAccess(this.ds.manager, actor, 'delegateRequests.create', memberId);
    let id: string;
    try {
      id = await this.ds.transaction(async (em) => {
        await em.query(`SELECT 1 FROM members WHERE id = $1 FOR UPDATE`, [memberId]);
        const replaces = dto.replacesDelegateId ?? null;
        if (replaces) await this.requireActiveDesignation(em, memberId, replaces);
        else await this.delegates.requireRoom(em, memberId);
        const taken = await em.query<unknown[]>(`SELECT 1 FROM delegates d JOIN people p ON p.id = d.person_id WHERE p.email = $1 AND d.ended_at IS NULL`, [dto.email]);
        if (taken.length) throw membersError('ALREADY_DELEGATE');
        const [row] = await em.query<{ id: string }[]>(
          `INSERT INTO delegate_requests (member_id, full_name, email, birth_year, replaces_delegate_id, requested_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [memberId, dto.fullName, dto.email, dto.birthYear ?? null, replaces, actor.id],
        );
        const after = auditFields({ memberId, fullName: dto.fullName, email: dto.email, birthYear: dto.birthYear ?? null, replacesDelegateId: replaces, status: 'pending' });
        await this.audit.append(em, MEMBERSHIP_STREAM, actor, { action: 'delegate_request.created', targetType: 'delegate_request', targetId: row.id, after });
        return row.id;
      });
    } catch (e) {
      if (isUniqueViolation(e, 'delegate_requests_one_pending_key')) throw membersError('REQUEST_PENDING', { email: dto.email });
      throw e;
    }
    return this.get(id);
  }

  /** A member's requests, newest first: for the administrator or one of its delegates. */
  async listFor(actor: Actor, memberId: string): Promise<DelegateRequest[]> {
    await requireMemberAccess(this.ds.manager, actor, 'delegateRequests.read', memberId);
    const rows = await this.ds.query<RequestRow[]>(`${SELECT} WHERE r.member_id = $1 ORDER BY r.created_at DESC, r.id`, [memberId]);
    return rows.map(toRequest);
  }

  /** Every member's requests (pending ones unless told otherwise), oldest first: the review queue. */
  async list(status: DelegateRequestStatus = 'pending'): Promise<DelegateRequest[]> {
    const rows = await this.ds.query<RequestRow[]>(`${SELECT} WHERE r.status = $1 ORDER BY r.created_at, r.id LIMIT 500`, [status]);
    return rows.map(toRequest);
  }

  async approve(actor: Actor, id: string): Promise<DelegateRequest> {
    // Hashing is slow: done before the transaction, used only if the person is new.
    const passwordHash = await argon2.hash(randomBytes(32).toString('base64url'), { type: argon2.argon2id });
    try {
      await DelegatesService.settleRace(() =>
        this.ds.transaction(async (em) => {
          const request = await this.lockPending(em, id);
          // Lock order: the member, then its designations (as designateIn does).
          await em.query(`SELECT 1 FROM members WHERE id = $1 FOR UPDATE`, [request.memberId]);
          if (request.replacesDelegateId) {
            await this.requireActiveDesignation(em, request.memberId, request.replacesDelegateId);
            await this.delegates.endIn(em, actor, request.memberId, request.replacesDelegateId);
          }
          const personId = await this.personFor(em, actor, request, passwordHash);
          const delegateId = await this.delegates.designateIn(em, actor, request.memberId, personId);
          await em.query(`UPDATE delegate_requests SET status = 'approved', decided_by = $2, decided_at = now(), delegate_id = $3 WHERE id = $1`, [id, actor.id, delegateId]);
          await this.audit.append(em, MEMBERSHIP_STREAM, actor, {
            action: 'delegate_request.approved',
            targetType: 'delegate_request',
            targetId: id,
            before: auditFields(request),
            after: { ...auditFields({ ...request, status: 'approved' }), personId, delegateId },
          });
        }),
      );
    } catch (e) {
      if (isUniqueViolation(e, 'people_email_key')) throw peopleError('EMAIL_TAKEN');
      throw e;
    }
    return this.get(id);
  }

  async reject(actor: Actor, id: string, reason: string): Promise<DelegateRequest> {
    await this.ds.transaction(async (em) => {
      const request = await this.lockPending(em, id);
      await em.query(`UPDATE delegate_requests SET status = 'rejected', rejection_reason = $2, decided_by = $3, decided_at = now() WHERE id = $1`, [id, reason, actor.id]);
      await this.audit.append(em, MEMBERSHIP_STREAM, actor, {
        action: 'delegate_request.rejected',
        targetType: 'delegate_request',
        targetId: id,
        before: auditFields(request),
        after: { ...auditFields({ ...request, status: 'rejected' }), rejectionReason: reason },
      });
    });
    return this.get(id);
  }

  async pendingCount(): Promise<number> {
    const [{ n }] = await this.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM delegate_requests WHERE status = 'pending'`);
    return n;
  }

  private async get(id: string): Promise<DelegateRequest> {
    const [row] = await this.ds.query<RequestRow[]>(`${SELECT} WHERE r.id = $1`, [id]);
    if (!row) throw membersError('REQUEST_NOT_FOUND');
    return toRequest(row);
  }

  /** The request, locked; refused unless still pending (a second decision is a conflict). */
  private async lockPending(em: EntityManager, id: string) {
    const [r] = await em.query<{ memberId: string; fullName: string; email: string; birthYear: number | null; replacesDelegateId: string | null; status: DelegateRequestStatus }[]>(
      `SELECT member_id AS "memberId", full_name AS "fullName", email, birth_year AS "birthYear", replaces_delegate_id AS "replacesDelegateId", status
         FROM delegate_requests WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!r) throw membersError('REQUEST_NOT_FOUND');
    if (r.status !== 'pending') throw membersError('REQUEST_DECIDED');
    return r;
  }

  private async requireActiveDesignation(em: EntityManager, memberId: string, delegateId: string): Promise<void> {
    const rows = await em.query<unknown[]>(`SELECT 1 FROM delegates WHERE id = $1 AND member_id = $2 AND ended_at IS NULL`, [delegateId, memberId]);
    if (!rows.length) throw membersError('REPLACED_NOT_DELEGATE');
  }

  /** The account with the request's e-mail, or a new one, invited by e-mail to choose its password. */
  private async personFor(em: EntityManager, actor: Actor, r: { fullName: string; email: string; birthYear: number | null }, passwordHash: string): Promise<string> {
    const [existing] = await em.query<{ id: string }[]>(`SELECT id FROM people WHERE email = $1`, [r.email]);
    if (existing) return existing.id;
    const [row] = await em.query<{ id: string }[]>(`INSERT INTO people (email, full_name, birth_year, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`, [
      r.email,
      r.fullName,
      r.birthYear,
      passwordHash,
    ]);
    await this.audit.append(em, PEOPLE_STREAM, actor, {
      action: 'person.created',
      targetType: 'person',
      targetId: row.id,
      after: { email: r.email, fullName: r.fullName, preferredLanguage: 'fr', birthYear: r.birthYear, roles: [], active: true },
    });
    await this.passwords.invite(em, actor, await em.getRepository(PersonEntity).findOneByOrFail({ id: row.id }));
    return row.id;
  }
}
