import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssemblyPreset, AssemblyProxy, AssemblyRegistration, AttendanceMode, CredentialCandidate, ProxyHolderCandidate, RegistrationChannel } from '@concerto/contracts';
import { credentialRefusal, proxyRefusal } from '@concerto/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { assemblyRegistration, requireAssemblyDuty } from '../common/access';
import { isUniqueViolation } from '../common/db-errors';
import { containsPattern, searchName } from '../members/search-name';
import { AssemblyEventsPublisher } from '../realtime/assembly-events.publisher';
import { loadAssemblyQuorum } from './assembly-quorum';
import { readProxies, readRegistrations } from './registration-view';
import {
  ASSEMBLIES_STREAM,
  delegateFacts,
  FOLD_SQL,
  LOCAL_DATE_SQL,
  lockAssembly,
  memberVotes,
  requireOpenForRegistration,
  standingOn,
  type DelegateFacts,
  type LockedAssembly,
} from './assembly-queries';
import { assembliesError } from './assemblies.errors';

const STREAM = ASSEMBLIES_STREAM;

interface RegistrationRow {
  id: string;
  personId: string;
  fullName: string;
  memberId: string;
  memberName: string;
  present: boolean;
  mode: AttendanceMode | null;
}

/**
 * Credentials, proxies and attendance of an assembly. Every change takes the assembly's row lock
 * first (so a member's delegate limit and a holder's proxy limit hold under simultaneous requests),
 * writes the audit log and publishes `attendance.changed` with the new quorum, in one transaction.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly events: AssemblyEventsPublisher,
  ) {}

  // ---- The delegate, for themselves -------------------------------------------------------

  /** The asker registers ahead, for the member they are the delegate of. */
  async registerSelf(actor: Actor, id: string): Promise<AssemblyRegistration> {
    const regId = await this.change(actor, id, (em, a) => this.register(em, actor, a, actor.id, 'ahead'));
    return this.registration(id, regId);
  }

  /** The asker cancels their registration, before checking in. */
  async unregisterSelf(actor: Actor, id: string): Promise<void> {
    await this.change(actor, id, async (em) => {
      const reg = await assemblyRegistration(em, id, actor.id);
      if (!reg) throw assembliesError('NOT_REGISTERED');
      await this.unregister(em, actor, id, reg.id);
    });
  }

  /** The asker checks in online (the hall is recorded by the desk). */
  async checkInSelf(actor: Actor, id: string): Promise<AssemblyRegistration> {
    const regId = await this.change(actor, id, async (em) => {
      const reg = await assemblyRegistration(em, id, actor.id);
      if (!reg) throw assembliesError('NOT_REGISTERED');
      await this.checkIn(em, actor, id, reg.id, 'online');
      return reg.id;
    });
    return this.registration(id, regId);
  }

  /** The asker leaves an online session; presence in the hall is ended by the desk. */
  async checkOutSelf(actor: Actor, id: string): Promise<AssemblyRegistration> {
    const regId = await this.change(actor, id, async (em) => {
      const reg = await assemblyRegistration(em, id, actor.id);
      if (!reg) throw assembliesError('NOT_REGISTERED');
      const [{ mode }] = await em.query<{ mode: AttendanceMode | null }[]>(`SELECT mode FROM assembly_registrations WHERE id = $1`, [reg.id]);
      if (mode === 'hall') throw assembliesError('HALL_PRESENCE_BY_DESK');
      await this.checkOut(em, actor, id, reg.id);
      return reg.id;
    });
    return this.registration(id, regId);
  }

  /** The asker, not registered, gives their vote to a registered delegate. */
  async proxySelf(actor: Actor, id: string, holderPersonId: string): Promise<AssemblyProxy> {
    const proxyId = await this.change(actor, id, async (em, a) => {
      const holder = await assemblyRegistration(em, id, holderPersonId);
      if (!holder) {
        const [p] = await em.query<{ fullName: string }[]>(`SELECT full_name AS "fullName" FROM people WHERE id = $1`, [holderPersonId]);
        if (!p) throw assembliesError('PERSON_NOT_FOUND');
        throw assembliesError('HOLDER_NOT_REGISTERED', { name: p.fullName });
      }
      return this.giveProxy(em, actor, a, actor.id, holder.id);
    });
    return this.proxy(id, proxyId);
  }

  /**
   * Registered delegates who may still take a proxy, matched by their name or their member's (at
   * most 20): for a delegate who cannot attend. Empty when the rules allow no proxies. Names of
   * registered delegates are no secret in the hall; nothing else about them is shown.
   */
  async proxyHolders(actor: Actor, id: string, q: string | undefined): Promise<ProxyHolderCandidate[]> {
    const [a] = await this.ds.query<{ status: string; preset: AssemblyPreset; proxiesAllowed: boolean; maxProxiesPerDelegate: number }[]>(
      `SELECT status, preset, proxies_allowed AS "proxiesAllowed", max_proxies_per_delegate AS "maxProxiesPerDelegate" FROM assemblies WHERE id = $1`,
      [id],
    );
    if (!a || a.status === 'draft') throw assembliesError('ASSEMBLY_NOT_FOUND');
    if (proxyRefusal(a, 0)) return [];
    const pattern = containsPattern(searchName(q ?? ''));
    return this.ds.query<ProxyHolderCandidate[]>(
      `SELECT p.id AS "personId", p.full_name AS "fullName", m.legal_name AS "memberName", h.held AS "proxiesHeld"
         FROM assembly_registrations r JOIN people p ON p.id = r.person_id JOIN members m ON m.id = r.member_id
         CROSS JOIN LATERAL (SELECT count(*)::int AS held FROM assembly_proxies x WHERE x.holder_registration_id = r.id) h
        WHERE r.assembly_id = $1 AND r.person_id <> $2 AND (${FOLD_SQL('p.full_name')} LIKE $3 OR m.search_name LIKE $3) AND h.held < $4
        ORDER BY p.full_name, p.id
        LIMIT 20`,
      [id, actor.id, pattern, a.maxProxiesPerDelegate],
    );
  }

  // ---- The credentials desk ---------------------------------------------------------------

  /** Delegates (current designation) matched by their name or their member's, accent-insensitive; at most 20. */
  async candidates(actor: Actor, id: string, q: string | undefined): Promise<CredentialCandidate[]> {
    await requireAssemblyDuty(this.ds.manager, actor, id, 'credentials');
    const a = await this.assembly(id);
    const pattern = containsPattern(searchName(q ?? ''));
    const rows = await this.ds.query<(DelegateFacts & { registrationId: string | null; present: boolean | null; gave: boolean; votes: number })[]>(
      `SELECT p.id AS "personId", p.full_name AS "fullName", p.active, m.id AS "memberId", m.legal_name AS "memberName", m.suspended,
              to_char(m.dues_paid_until, 'YYYY-MM-DD') AS "duesPaidUntil", r.id AS "registrationId", r.present,
              EXISTS (SELECT 1 FROM assembly_proxies x WHERE x.assembly_id = $1 AND x.giver_person_id = p.id) AS gave,
              ((SELECT count(*) FROM assembly_registrations o WHERE o.assembly_id = $1 AND o.member_id = m.id AND o.person_id <> p.id)
               + (SELECT count(*) FROM assembly_proxies o WHERE o.assembly_id = $1 AND o.giver_member_id = m.id AND o.giver_person_id <> p.id))::int AS votes
         FROM delegates d JOIN people p ON p.id = d.person_id JOIN members m ON m.id = d.member_id
         LEFT JOIN assembly_registrations r ON r.assembly_id = $1 AND r.person_id = p.id
        WHERE d.ended_at IS NULL AND (${FOLD_SQL('p.full_name')} LIKE $2 OR m.search_name LIKE $2)
        ORDER BY p.full_name, p.id
        LIMIT 20`,
      [id, pattern],
    );
    return rows.map((r) => ({
      personId: r.personId,
      fullName: r.fullName,
      memberId: r.memberId!,
      memberName: r.memberName!,
      registrationId: r.registrationId,
      present: r.present === true,
      ineligibility: r.registrationId
        ? null
        : r.gave
          ? 'PROXY_GIVER_CANNOT_REGISTER'
          : credentialRefusal({ active: r.active, standingOnDate: standingOn(r, a.date), registeredForMember: r.votes, delegatesPerMember: a.delegatesPerMember }),
    }));
  }

  /** The registrations, by name, optionally matched by name or member, or by presence. */
  async list(actor: Actor, id: string, q: string | undefined, present: boolean | undefined): Promise<AssemblyRegistration[]> {
    await requireAssemblyDuty(this.ds.manager, actor, id, 'credentials');
    await this.assembly(id);
    return readRegistrations(this.ds.manager, id, { q, present });
  }

  async deskRegister(actor: Actor, id: string, personId: string): Promise<AssemblyRegistration> {
    const regId = await this.change(actor, id, (em, a) => this.register(em, actor, a, personId, 'desk'), 'credentials');
    return this.registration(id, regId);
  }

  async deskUnregister(actor: Actor, id: string, registrationId: string): Promise<void> {
    await this.change(actor, id, (em) => this.unregister(em, actor, id, registrationId), 'credentials');
  }

  async deskCheckIn(actor: Actor, id: string, registrationId: string, mode: AttendanceMode): Promise<AssemblyRegistration> {
    await this.change(actor, id, (em) => this.checkIn(em, actor, id, registrationId, mode), 'credentials');
    return this.registration(id, registrationId);
  }

  async deskCheckOut(actor: Actor, id: string, registrationId: string): Promise<AssemblyRegistration> {
    await this.change(actor, id, (em) => this.checkOut(em, actor, id, registrationId), 'credentials');
    return this.registration(id, registrationId);
  }

  async deskProxy(actor: Actor, id: string, giverPersonId: string, holderRegistrationId: string): Promise<AssemblyProxy> {
    const proxyId = await this.change(actor, id, (em, a) => this.giveProxy(em, actor, a, giverPersonId, holderRegistrationId), 'credentials');
    return this.proxy(id, proxyId);
  }

  async revokeProxy(actor: Actor, id: string, proxyId: string): Promise<void> {
    await this.change(
      actor,
      id,
      async (em) => {
        const [p] = await em.query<{ giverPersonId: string; giverMemberId: string; holderRegistrationId: string }[]>(
          `DELETE FROM assembly_proxies WHERE id = $1 AND assembly_id = $2
           RETURNING giver_person_id AS "giverPersonId", giver_member_id AS "giverMemberId", holder_registration_id AS "holderRegistrationId"`,
          [proxyId, id],
        );
        if (!p) throw assembliesError('PROXY_NOT_FOUND');
        await this.audit.append(em, STREAM, actor, { action: 'assembly_proxy.revoked', targetType: 'assembly_proxy', targetId: proxyId, before: { assemblyId: id, ...p } });
      },
      'credentials',
    );
  }

  // ---- The rules, under the assembly's lock ----------------------------------------------

  /**
   * One change: the desk's duty checked (when asked), the assembly locked and open for
   * registration, the work, then the new quorum published, all in one transaction. A unique
   * violation lost to a simultaneous request becomes a 409.
   */
  private async change<T>(actor: Actor, id: string, work: (em: EntityManager, a: LockedAssembly) => Promise<T>, duty?: 'credentials'): Promise<T> {
    return this.ds.transaction(async (em) => {
      if (duty) await requireAssemblyDuty(em, actor, id, duty);
      const a = await lockAssembly(em, id);
      requireOpenForRegistration(a);
      const result = await work(em, a);
      await this.events.publish(em, id, { type: 'attendance.changed', quorum: await loadAssemblyQuorum(em, id) });
      return result;
    });
  }

  private async register(em: EntityManager, actor: Actor, a: LockedAssembly, personId: string, channel: RegistrationChannel): Promise<string> {
    const f = await delegateFacts(em, personId);
    if (!f) throw assembliesError('PERSON_NOT_FOUND');
    if (await assemblyRegistration(em, a.id, personId)) throw assembliesError('ALREADY_REGISTERED', { name: f.fullName });
    const [gave] = await em.query<unknown[]>(`SELECT 1 FROM assembly_proxies WHERE assembly_id = $1 AND giver_person_id = $2`, [a.id, personId]);
    if (gave) throw assembliesError('PROXY_GIVER_CANNOT_REGISTER', { name: f.fullName });
    this.requireCredentials(f, a, f.memberId ? await memberVotes(em, a.id, f.memberId, personId) : 0);
    let row: { id: string };
    try {
      [row] = await em.query<{ id: string }[]>(
        `INSERT INTO assembly_registrations (assembly_id, person_id, member_id, channel, registered_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [a.id, personId, f.memberId, channel, actor.id],
      );
    } catch (e) {
      if (isUniqueViolation(e, 'assembly_registrations_person_key')) throw assembliesError('ALREADY_REGISTERED', { name: f.fullName });
      throw e;
    }
    await this.audit.append(em, STREAM, actor, {
      action: 'assembly_registration.registered',
      targetType: 'assembly_registration',
      targetId: row.id,
      after: { assemblyId: a.id, personId, memberId: f.memberId, channel },
    });
    return row.id;
  }

  /** Credentials: a delegate (active account, designation) of a member in good standing on the assembly's date, within the member's limit. */
  private requireCredentials(f: DelegateFacts, a: LockedAssembly, votes: number): void {
    const refusal = credentialRefusal({ active: f.active, standingOnDate: standingOn(f, a.date), registeredForMember: votes, delegatesPerMember: a.delegatesPerMember });
    if (refusal) throw assembliesError(refusal, { name: f.fullName, member: f.memberName ?? '', limit: a.delegatesPerMember });
  }

  /** Removes a registration never checked in and holding no proxy. */
  private async unregister(em: EntityManager, actor: Actor, id: string, registrationId: string): Promise<void> {
    const reg = await this.lockRegistration(em, id, registrationId);
    const [{ attended, proxies }] = await em.query<{ attended: boolean; proxies: number }[]>(
      `SELECT EXISTS (SELECT 1 FROM assembly_attendance_log WHERE registration_id = $1) AS attended,
              (SELECT count(*)::int FROM assembly_proxies WHERE holder_registration_id = $1) AS proxies`,
      [registrationId],
    );
    if (attended) throw assembliesError('REGISTRATION_CHECKED_IN', { name: reg.fullName });
    if (proxies > 0) throw assembliesError('REGISTRATION_HOLDS_PROXIES', { name: reg.fullName });
    await em.query(`DELETE FROM assembly_registrations WHERE id = $1`, [registrationId]);
    await this.audit.append(em, STREAM, actor, {
      action: 'assembly_registration.cancelled',
      targetType: 'assembly_registration',
      targetId: registrationId,
      before: { assemblyId: id, personId: reg.personId, memberId: reg.memberId },
    });
  }

  private async checkIn(em: EntityManager, actor: Actor, id: string, registrationId: string, mode: AttendanceMode): Promise<void> {
    const reg = await this.lockRegistration(em, id, registrationId);
    if (reg.present) throw assembliesError('ALREADY_CHECKED_IN', { name: reg.fullName });
    await em.query(`UPDATE assembly_registrations SET present = true, mode = $2, checked_in_at = now() WHERE id = $1`, [registrationId, mode]);
    await em.query(`INSERT INTO assembly_attendance_log (registration_id, kind, mode, recorded_by) VALUES ($1, 'in', $2, $3)`, [registrationId, mode, actor.id]);
    await this.audit.append(em, STREAM, actor, {
      action: 'assembly_registration.checked_in',
      targetType: 'assembly_registration',
      targetId: registrationId,
      after: { assemblyId: id, personId: reg.personId, mode },
    });
  }

  private async checkOut(em: EntityManager, actor: Actor, id: string, registrationId: string): Promise<void> {
    const reg = await this.lockRegistration(em, id, registrationId);
    if (!reg.present) throw assembliesError('NOT_CHECKED_IN', { name: reg.fullName });
    await em.query(`UPDATE assembly_registrations SET present = false, mode = NULL, checked_in_at = NULL WHERE id = $1`, [registrationId]);
    await em.query(`INSERT INTO assembly_attendance_log (registration_id, kind, mode, recorded_by) VALUES ($1, 'out', $2, $3)`, [registrationId, reg.mode, actor.id]);
    await this.audit.append(em, STREAM, actor, {
      action: 'assembly_registration.checked_out',
      targetType: 'assembly_registration',
      targetId: registrationId,
      before: { assemblyId: id, personId: reg.personId, mode: reg.mode },
    });
  }

  /**
   * A proxy: the giver is an eligible delegate (the member's limit counts registrations and
   * proxies given), not registered and not already giving one; the holder is registered and holds
   * fewer than the limit; the assembly's rules and preset allow proxies.
   */
  private async giveProxy(em: EntityManager, actor: Actor, a: LockedAssembly, giverPersonId: string, holderRegistrationId: string): Promise<string> {
    if (proxyRefusal(a, 0)) throw assembliesError('PROXIES_NOT_ALLOWED');
    const holder = await this.lockRegistration(em, a.id, holderRegistrationId);
    const giver = await delegateFacts(em, giverPersonId);
    if (!giver) throw assembliesError('PERSON_NOT_FOUND');
    if (await assemblyRegistration(em, a.id, giverPersonId)) throw assembliesError('PROXY_GIVER_REGISTERED', { name: giver.fullName });
    const [gave] = await em.query<unknown[]>(`SELECT 1 FROM assembly_proxies WHERE assembly_id = $1 AND giver_person_id = $2`, [a.id, giverPersonId]);
    if (gave) throw assembliesError('PROXY_ALREADY_GIVEN', { name: giver.fullName });
    this.requireCredentials(giver, a, giver.memberId ? await memberVotes(em, a.id, giver.memberId, giverPersonId) : 0);
    const [{ held }] = await em.query<{ held: number }[]>(`SELECT count(*)::int AS held FROM assembly_proxies WHERE holder_registration_id = $1`, [holderRegistrationId]);
    const refusal = proxyRefusal(a, held);
    if (refusal) throw assembliesError(refusal, { name: holder.fullName, limit: a.maxProxiesPerDelegate });
    let row: { id: string };
    try {
      [row] = await em.query<{ id: string }[]>(
        `INSERT INTO assembly_proxies (assembly_id, giver_person_id, giver_member_id, holder_registration_id, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [a.id, giverPersonId, giver.memberId, holderRegistrationId, actor.id],
      );
    } catch (e) {
      if (isUniqueViolation(e, 'assembly_proxies_giver_key')) throw assembliesError('PROXY_ALREADY_GIVEN', { name: giver.fullName });
      throw e;
    }
    await this.audit.append(em, STREAM, actor, {
      action: 'assembly_proxy.given',
      targetType: 'assembly_proxy',
      targetId: row.id,
      after: { assemblyId: a.id, giverPersonId, giverMemberId: giver.memberId, holderRegistrationId, holderPersonId: holder.personId },
    });
    return row.id;
  }

  private async lockRegistration(em: EntityManager, id: string, registrationId: string): Promise<RegistrationRow> {
    const [reg] = await em.query<RegistrationRow[]>(
      `SELECT r.id, r.person_id AS "personId", p.full_name AS "fullName", r.member_id AS "memberId", '' AS "memberName", r.present, r.mode
         FROM assembly_registrations r JOIN people p ON p.id = r.person_id WHERE r.id = $1 AND r.assembly_id = $2 FOR UPDATE OF r`,
      [registrationId, id],
    );
    if (!reg) throw assembliesError('REGISTRATION_NOT_FOUND');
    return reg;
  }

  // ---- Reading --------------------------------------------------------------------------

  private async assembly(id: string): Promise<{ date: string; delegatesPerMember: number }> {
    const [a] = await this.ds.query<{ date: string; delegatesPerMember: number }[]>(
      `SELECT ${LOCAL_DATE_SQL('starts_at')} AS date, delegates_per_member AS "delegatesPerMember" FROM assemblies WHERE id = $1`,
      [id],
    );
    if (!a) throw assembliesError('ASSEMBLY_NOT_FOUND');
    return a;
  }

  private async registration(id: string, registrationId: string): Promise<AssemblyRegistration> {
    const [r] = await readRegistrations(this.ds.manager, id, { registrationId });
    return r;
  }

  private async proxy(id: string, proxyId: string): Promise<AssemblyProxy> {
    const [p] = await readProxies(this.ds.manager, id, null, proxyId);
    return p;
  }
}
