import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Delegate } from '@concerto/contracts';
import { isYouth } from '@concerto/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requireMemberAccess } from '../common/access';
import type { Actor } from '../common/actor';
import { isUniqueViolation } from '../common/db-errors';
import { peopleError } from '../people/people.errors';
import { SettingsService } from '../settings/settings.service';
import { MEMBERSHIP_STREAM } from './members.service';
import { membersError } from './members.errors';

interface DelegateRow {
  id: string;
  memberId: string;
  personId: string;
  fullName: string;
  email: string;
  birthYear: number | null;
  designatedAt: Date;
}

const SELECT = `SELECT d.id, d.member_id AS "memberId", d.person_id AS "personId", p.full_name AS "fullName", p.email,
       p.birth_year AS "birthYear", d.designated_at AS "designatedAt"
  FROM delegates d JOIN people p ON p.id = d.person_id`;

/**
 * Designations of delegates by member organizations. A person is the delegate of at most one
 * organization at a time (a unique index says so too), and an organization has at most the
 * number of delegates the bylaws allow. Ending a designation keeps it, with its end date.
 */
@Injectable()
export class DelegatesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
  ) {}

  async list(memberId: string): Promise<Delegate[]> {
    await this.requireMember(this.ds.manager, memberId, false);
    const rows = await this.ds.query<DelegateRow[]>(`${SELECT} WHERE d.member_id = $1 AND d.ended_at IS NULL ORDER BY d.designated_at, d.id`, [memberId]);
    const { youthMaxAge } = await this.settings.current();
    const year = new Date().getFullYear();
    return rows.map(({ birthYear, designatedAt, ...d }) => ({ ...d, isYouth: isYouth(birthYear, year, youthMaxAge), designatedAt: designatedAt.toISOString() }));
  }

  /** The delegates of a member, for the administrator or one of that member's own delegates. */
  async listFor(actor: Actor, memberId: string): Promise<Delegate[]> {
    await requireMemberAccess(this.ds.manager, actor, 'delegates.read', memberId);
    return this.list(memberId);
  }

  async designate(actor: Actor, memberId: string, personId: string): Promise<Delegate> {
    const id = await DelegatesService.settleRace(() => this.ds.transaction((em) => this.designateIn(em, actor, memberId, personId)));
    const delegate = (await this.list(memberId)).find((d) => d.id === id);
    if (!delegate) throw membersError('DELEGATE_NOT_FOUND');
    return delegate;
  }

  /**
   * Designates inside the caller's transaction, audited there: the person must be active and not
   * the delegate of any member, and the member under the bylaws' limit. Returns the designation.
   */
  async designateIn(em: EntityManager, actor: Actor, memberId: string, personId: string): Promise<string> {
    // Locking the member serializes its designations: the limit cannot be passed by two at once.
    await this.requireMember(em, memberId, true);
    const [person] = await em.query<{ active: boolean }[]>(`SELECT active FROM people WHERE id = $1`, [personId]);
    if (!person) throw peopleError('PERSON_NOT_FOUND');
    if (!person.active) throw membersError('PERSON_INACTIVE');
    const current = await em.query<unknown[]>(`SELECT 1 FROM delegates WHERE person_id = $1 AND ended_at IS NULL`, [personId]);
    if (current.length) throw membersError('ALREADY_DELEGATE');
    await this.requireRoom(em, memberId);
    const [row] = await em.query<{ id: string }[]>(`INSERT INTO delegates (member_id, person_id) VALUES ($1, $2) RETURNING id`, [memberId, personId]);
    await this.audit.append(em, MEMBERSHIP_STREAM, actor, { action: 'delegate.designated', targetType: 'delegate', targetId: row.id, after: { memberId, personId } });
    return row.id;
  }

  /** Refuses when the member already has the most delegates the bylaws allow (409). */
  async requireRoom(em: EntityManager, memberId: string): Promise<void> {
    const { delegatesPerMember } = await this.settings.current(em);
    const [{ n }] = await em.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM delegates WHERE member_id = $1 AND ended_at IS NULL`, [memberId]);
    if (n >= delegatesPerMember) throw membersError('DELEGATE_LIMIT', { limit: delegatesPerMember });
  }

  async end(actor: Actor, memberId: string, delegateId: string): Promise<void> {
    await this.ds.transaction((em) => this.endIn(em, actor, memberId, delegateId));
  }

  /** Ends an active designation of this member inside the caller's transaction, audited there. */
  async endIn(em: EntityManager, actor: Actor, memberId: string, delegateId: string): Promise<void> {
    const [rows] = await em.query<[{ person_id: string; ended_at: Date }[], number]>(`UPDATE delegates SET ended_at = now() WHERE id = $1 AND member_id = $2 AND ended_at IS NULL RETURNING person_id, ended_at`, [
      delegateId,
      memberId,
    ]);
    if (!rows.length) throw membersError('DELEGATE_NOT_FOUND');
    await this.audit.append(em, MEMBERSHIP_STREAM, actor, {
      action: 'delegate.ended',
      targetType: 'delegate',
      targetId: delegateId,
      before: { memberId, personId: rows[0].person_id, endedAt: null },
      after: { memberId, personId: rows[0].person_id, endedAt: rows[0].ended_at },
    });
  }

  /** The unique index settles a race the checks lost: a 409, never a 500. */
  static async settleRace<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (isUniqueViolation(e, 'delegates_one_active_per_person')) throw membersError('ALREADY_DELEGATE');
      throw e;
    }
  }

  private async requireMember(em: EntityManager, memberId: string, lock: boolean): Promise<void> {
    const found = await em.query<unknown[]>(`SELECT 1 FROM members WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [memberId]);
    if (!found.length) throw membersError('MEMBER_NOT_FOUND');
  }
}
