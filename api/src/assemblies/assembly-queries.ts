import { FEDERATION_TIME_ZONE, type AssemblyKind, type AssemblyRules, type AssemblyStatus, type Standing } from '@concerto/contracts';
import { earliestAssemblyDate, memberStanding } from '@concerto/domain';
import type { EntityManager } from 'typeorm';
import { assembliesError } from './assemblies.errors';

/** The audit stream of general assemblies: setup, convocation, registrations, proxies, attendance. */
export const ASSEMBLIES_STREAM = 'assemblies';

/** A timestamp column's local date in the federation's time zone, as SQL. */
export const LOCAL_DATE_SQL = (column: string) => `to_char((${column} AT TIME ZONE '${FEDERATION_TIME_ZONE}')::date, 'YYYY-MM-DD')`;

export interface LockedAssembly extends AssemblyRules {
  id: string;
  kind: AssemblyKind;
  status: AssemblyStatus;
  titleFr: string;
  titleEn: string;
  startsAt: Date;
  place: string | null;
  videoUrl: string | null;
  convenedAt: Date | null;
  /** The assembly's date (YYYY-MM-DD in the federation's time zone). */
  date: string;
  /** The date the convocation went out, or null. */
  convenedOn: string | null;
  /** Today in the federation's time zone. */
  today: string;
}

const ASSEMBLY_COLUMNS = `id, kind, status, title_fr AS "titleFr", title_en AS "titleEn", starts_at AS "startsAt", place, video_url AS "videoUrl",
  convened_at AS "convenedAt", preset, notice_period_days AS "noticePeriodDays", quorum_type AS "quorumType", quorum_value AS "quorumValue",
  proxies_allowed AS "proxiesAllowed", max_proxies_per_delegate AS "maxProxiesPerDelegate", delegates_per_member AS "delegatesPerMember",
  speaker_seconds AS "speakerSeconds", ${LOCAL_DATE_SQL('starts_at')} AS date, ${LOCAL_DATE_SQL('convened_at')} AS "convenedOn", ${LOCAL_DATE_SQL('now()')} AS today`;

/**
 * The assembly row, locked for the rest of the transaction (SELECT … FOR UPDATE): every change of
 * an assembly, its registrations, proxies and attendance takes it first, so the limits (delegates
 * per member, proxies per holder) hold under simultaneous requests.
 */
export async function lockAssembly(em: EntityManager, id: string): Promise<LockedAssembly> {
  const [row] = await em.query<LockedAssembly[]>(`SELECT ${ASSEMBLY_COLUMNS} FROM assemblies WHERE id = $1 FOR UPDATE`, [id]);
  if (!row) throw assembliesError('ASSEMBLY_NOT_FOUND');
  return row;
}

/** Details and agenda change until the assembly opens (draft or convened). */
export function requireEditable(a: LockedAssembly): void {
  if (a.status !== 'draft' && a.status !== 'convened') throw assembliesError('ASSEMBLY_NOT_EDITABLE');
}

/** Registrations, proxies and attendance are taken once convened and until closed. */
export function requireOpenForRegistration(a: LockedAssembly): void {
  if (a.status !== 'convened' && a.status !== 'in_session') throw assembliesError('ASSEMBLY_NOT_CONVENED');
}

/** The rules of the bylaw settings, as an assembly copies them. */
export async function rulesFromSettings(em: EntityManager): Promise<AssemblyRules> {
  const [s] = await em.query<AssemblyRules[]>(
    `SELECT assembly_preset AS preset, notice_period_days AS "noticePeriodDays", quorum_type AS "quorumType", quorum_value AS "quorumValue",
            proxies_allowed AS "proxiesAllowed", max_proxies_per_delegate AS "maxProxiesPerDelegate", delegates_per_member AS "delegatesPerMember",
            speaker_seconds AS "speakerSeconds"
       FROM bylaw_settings WHERE id = 1`,
  );
  return s;
}

export function rulesOf(a: AssemblyRules): AssemblyRules {
  return {
    preset: a.preset,
    noticePeriodDays: a.noticePeriodDays,
    quorumType: a.quorumType,
    quorumValue: a.quorumValue,
    proxiesAllowed: a.proxiesAllowed,
    maxProxiesPerDelegate: a.maxProxiesPerDelegate,
    delegatesPerMember: a.delegatesPerMember,
    speakerSeconds: a.speakerSeconds,
  };
}

/** A YYYY-MM-DD date as people read it: « 15 janvier 2027 », "January 15, 2027". */
export function readableDate(date: string, lang: 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'fr-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/**
 * Refuses (409) an assembly date earlier than the notice period allows from `from` (today when
 * convening; the convocation's date when moving a convened assembly), naming the earliest valid date.
 */
export function requireNotice(from: string, assemblyDate: string, noticeDays: number): void {
  const earliest = earliestAssemblyDate(from, noticeDays);
  if (assemblyDate >= earliest) return;
  throw assembliesError('ASSEMBLY_NOTICE_TOO_SHORT', { days: noticeDays, dateFr: readableDate(earliest, 'fr'), dateEn: readableDate(earliest, 'en') });
}

/** A person folded like the member directory's `search_name` (lower case, no accents, œ → oe), as SQL. */
const ACCENTED = 'àáâãäåāçèéêëēìíîïñòóôõöøùúûüýÿ';
const PLAIN = 'aaaaaaaceeeeeiiiinoooooouuuuyy';
export const FOLD_SQL = (column: string) => `replace(replace(translate(lower(${column}), '${ACCENTED}', '${PLAIN}'), 'œ', 'oe'), 'æ', 'ae')`;

/** A delegate as the credential rules see them: their current designation, account and member. */
export interface DelegateFacts {
  personId: string;
  fullName: string;
  active: boolean;
  memberId: string | null;
  memberName: string | null;
  suspended: boolean | null;
  duesPaidUntil: string | null;
}

/** The person and their current designation (member null when they are the delegate of none); null when there is no such person. */
export async function delegateFacts(em: EntityManager, personId: string): Promise<DelegateFacts | null> {
  const [row] = await em.query<DelegateFacts[]>(
    `SELECT p.id AS "personId", p.full_name AS "fullName", p.active, m.id AS "memberId", m.legal_name AS "memberName", m.suspended,
            to_char(m.dues_paid_until, 'YYYY-MM-DD') AS "duesPaidUntil"
       FROM people p
       LEFT JOIN delegates d ON d.person_id = p.id AND d.ended_at IS NULL
       LEFT JOIN members m ON m.id = d.member_id
      WHERE p.id = $1`,
    [personId],
  );
  return row ?? null;
}

/** The member's standing on the assembly's date (libs/domain `memberStanding`), or null for no member. */
export function standingOn(f: Pick<DelegateFacts, 'memberId' | 'suspended' | 'duesPaidUntil'>, date: string): Standing | null {
  if (!f.memberId) return null;
  return memberStanding({ suspended: f.suspended === true, duesPaidUntil: f.duesPaidUntil }, date);
}

/**
 * The votes a member already has in this assembly: its registered delegates and the proxies its
 * delegates gave, leaving out `exceptPersonId` (the person being registered). The delegate limit
 * per member counts both.
 */
export async function memberVotes(em: EntityManager, assemblyId: string, memberId: string, exceptPersonId: string | null = null): Promise<number> {
  const [{ n }] = await em.query<{ n: number }[]>(
    `SELECT ((SELECT count(*) FROM assembly_registrations WHERE assembly_id = $1 AND member_id = $2 AND person_id IS DISTINCT FROM $3)
           + (SELECT count(*) FROM assembly_proxies WHERE assembly_id = $1 AND giver_member_id = $2 AND giver_person_id IS DISTINCT FROM $3))::int AS n`,
    [assemblyId, memberId, exceptPersonId],
  );
  return n;
}

/** The name of the delegate the person gave their proxy to in this assembly, or null. */
export async function proxyGivenTo(em: EntityManager, assemblyId: string, personId: string): Promise<string | null> {
  const [row] = await em.query<{ fullName: string }[]>(
    `SELECT p.full_name AS "fullName" FROM assembly_proxies x JOIN assembly_registrations r ON r.id = x.holder_registration_id JOIN people p ON p.id = r.person_id
      WHERE x.assembly_id = $1 AND x.giver_person_id = $2`,
    [assemblyId, personId],
  );
  return row?.fullName ?? null;
}
