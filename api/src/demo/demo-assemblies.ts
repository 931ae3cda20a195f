import { FEDERATION_TIME_ZONE, type AssemblyRules } from '@concerto/contracts';
import { randomUUID } from 'crypto';
import type { EntityManager } from 'typeorm';
import { ASSEMBLIES_STREAM, rulesFromSettings } from '../assemblies/assembly-queries';
import { standardAgenda } from '../assemblies/assemblies.service';
import type { AuditRecord, AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { STANDING_SQL } from '../members/member-queries';

interface Delegate {
  personId: string;
  memberId: string;
}

/** Delegates of members in good standing, in a stable order (the demo delegate account first). */
async function eligibleDelegates(em: EntityManager): Promise<Delegate[]> {
  return em.query<Delegate[]>(
    `SELECT d.person_id AS "personId", d.member_id AS "memberId"
       FROM delegates d JOIN people p ON p.id = d.person_id JOIN members m ON m.id = d.member_id
      WHERE d.ended_at IS NULL AND p.active AND ${STANDING_SQL} = 'good_standing'
      ORDER BY (p.email = 'delegue@concerto.demo') DESC, m.legal_name, p.full_name`,
  );
}

/** An annual assembly `days` from today at 19:00 in the federation's time zone, with its standard agenda. */
async function insertAssembly(em: EntityManager, o: { days: number; titleFr: string; titleEn: string; status: string; rules: AssemblyRules; convenedDaysBefore: number }) {
  const id = randomUUID();
  const r = o.rules;
  await em.query(
    `INSERT INTO assemblies (id, kind, title_fr, title_en, starts_at, place, video_url, status, convened_at, opened_at, closed_at, preset, notice_period_days,
                             quorum_type, quorum_value, proxies_allowed, max_proxies_per_delegate, delegates_per_member, speaker_seconds)
     SELECT $1, 'annual', $2, $3, s.at, $4, $5, $6::varchar, s.at - make_interval(days => $7),
            CASE WHEN $6::varchar = 'closed' THEN s.at END, CASE WHEN $6::varchar = 'closed' THEN s.at + interval '3 hours' END,
            $8, $9, $10, $11, $12, $13, $14, $15
       FROM (SELECT ((now() AT TIME ZONE '${FEDERATION_TIME_ZONE}')::date + $16::int + time '19:00') AT TIME ZONE '${FEDERATION_TIME_ZONE}' AS at) s`,
    [id, o.titleFr, o.titleEn, 'Centre Pierre-Charbonneau, 3000 rue Viau, Montréal', 'https://meet.concerto.demo/aga', o.status, o.convenedDaysBefore,
      r.preset, r.noticePeriodDays, r.quorumType, r.quorumValue, r.proxiesAllowed, r.maxProxiesPerDelegate, r.delegatesPerMember, r.speakerSeconds, o.days],
  );
  const agenda = standardAgenda('annual');
  await em.query(
    `INSERT INTO assembly_agenda_items (assembly_id, position, kind, title_fr, title_en, status)
     SELECT $1, x.n, x.kind, x.title_fr, x.title_en, $5 FROM unnest($2::varchar[], $3::varchar[], $4::varchar[]) WITH ORDINALITY AS x(kind, title_fr, title_en, n)`,
    [id, agenda.map((i) => i.kind), agenda.map((i) => i.titleFr), agenda.map((i) => i.titleEn), o.status === 'closed' ? 'done' : 'pending'],
  );
  return id;
}

async function insertRegistrations(em: EntityManager, assemblyId: string, delegates: Delegate[], registeredBy: string): Promise<string[]> {
  const ids = delegates.map(() => randomUUID());
  await em.query(
    `INSERT INTO assembly_registrations (id, assembly_id, person_id, member_id, channel, registered_by)
     SELECT x.id, $1, x.person_id, x.member_id, CASE WHEN x.n % 3 = 0 THEN 'desk' ELSE 'ahead' END, CASE WHEN x.n % 3 = 0 THEN $5 ELSE x.person_id END
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) WITH ORDINALITY AS x(id, person_id, member_id, n)`,
    [assemblyId, ids, delegates.map((d) => d.personId), delegates.map((d) => d.memberId), registeredBy],
  );
  return ids;
}

/**
 * Two annual assemblies: the next one (convened today, in 45 days: within any notice period up to
 * 45 days), its chair the demo assembly chair and the secretary at its credentials desk, about
 * twenty delegates registered (the demo delegate among them), a couple of proxies when the
 * settings allow them, nobody present yet; and last year's, closed, with its registrations and
 * attendance (hall and online) in the check-in log.
 */
export async function seedDemoAssemblies(em: EntityManager, audit: AuditService): Promise<void> {
  const people = await em.query<{ id: string; email: string }[]>(`SELECT id, email FROM people WHERE email IN ('presidence@concerto.demo', 'secretaire@concerto.demo')`);
  const chair = people.find((p) => p.email === 'presidence@concerto.demo');
  const desk = people.find((p) => p.email === 'secretaire@concerto.demo');
  if (!chair || !desk) return;
  const rules = await rulesFromSettings(em);
  const delegates = await eligibleDelegates(em);
  const records: AuditRecord[] = [];
  const yearIn = (days: number) => new Date(Date.now() + days * 86_400_000).getFullYear();

  // Last year's assembly: closed, 30 registered, 27 attended (every fifth one online): quorum under the default rules.
  const pastRules = { ...rules, proxiesAllowed: false, maxProxiesPerDelegate: 0 };
  const past = await insertAssembly(em, { days: -340, titleFr: `Assemblée générale annuelle ${yearIn(-340)}`, titleEn: `${yearIn(-340)} Annual General Assembly`, status: 'closed', rules: pastRules, convenedDaysBefore: 45 });
  const pastDelegates = delegates.slice(0, 30);
  const pastRegs = await insertRegistrations(em, past, pastDelegates, desk.id);
  const attended = pastRegs.slice(0, 27);
  await em.query(
    `UPDATE assembly_registrations r SET present = true, mode = CASE WHEN x.n % 5 = 0 THEN 'online' ELSE 'hall' END, checked_in_at = a.starts_at - interval '20 minutes'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n), assemblies a WHERE r.id = x.id AND a.id = r.assembly_id`,
    [attended],
  );
  await em.query(
    `INSERT INTO assembly_attendance_log (registration_id, kind, mode, recorded_by, at)
     SELECT r.id, 'in', r.mode, $2, r.checked_in_at FROM assembly_registrations r WHERE r.id = ANY($1::uuid[])`,
    [attended, desk.id],
  );
  await em.query(`INSERT INTO assembly_staff (assembly_id, person_id, duty) VALUES ($1, $2, 'chair'), ($1, $3, 'credentials')`, [past, chair.id, desk.id]);
  records.push(
    { action: 'assembly.created', targetType: 'assembly', targetId: past, after: { kind: 'annual', rules: pastRules } },
    { action: 'assembly.convened', targetType: 'assembly', targetId: past, after: { status: 'convened' } },
    ...pastRegs.map((id, i) => ({ action: 'assembly_registration.registered', targetType: 'assembly_registration', targetId: id, after: { assemblyId: past, ...pastDelegates[i] } })),
    ...attended.map((id) => ({ action: 'assembly_registration.checked_in', targetType: 'assembly_registration', targetId: id, after: { assemblyId: past } })),
  );

  // The next one: convened, 20 registered, nobody present yet.
  const next = await insertAssembly(em, { days: 45, titleFr: `Assemblée générale annuelle ${yearIn(45)}`, titleEn: `${yearIn(45)} Annual General Assembly`, status: 'convened', rules, convenedDaysBefore: 45 });
  await em.query(`UPDATE assemblies SET convened_at = now() WHERE id = $1`, [next]);
  const nextDelegates = delegates.slice(0, 20);
  const nextRegs = await insertRegistrations(em, next, nextDelegates, desk.id);
  await em.query(`INSERT INTO assembly_staff (assembly_id, person_id, duty) VALUES ($1, $2, 'chair'), ($1, $3, 'credentials')`, [next, chair.id, desk.id]);
  records.push(
    { action: 'assembly.created', targetType: 'assembly', targetId: next, after: { kind: 'annual', rules } },
    { action: 'assembly.staff_named', targetType: 'assembly', targetId: next, after: [{ personId: chair.id, duty: 'chair' }, { personId: desk.id, duty: 'credentials' }] },
    { action: 'assembly.convened', targetType: 'assembly', targetId: next, after: { status: 'convened', rules } },
    ...nextRegs.map((id, i) => ({ action: 'assembly_registration.registered', targetType: 'assembly_registration', targetId: id, after: { assemblyId: next, ...nextDelegates[i] } })),
  );
  if (rules.proxiesAllowed && rules.maxProxiesPerDelegate > 0 && rules.preset !== 'cooperative') {
    // Two delegates not registered give their proxy to a registered one of another member, within the members' limits.
    const registeredMembers = new Map<string, number>();
    for (const d of nextDelegates) registeredMembers.set(d.memberId, (registeredMembers.get(d.memberId) ?? 0) + 1);
    const givers = delegates.slice(20).filter((d) => (registeredMembers.get(d.memberId) ?? 0) < rules.delegatesPerMember).slice(0, 2);
    for (const [i, g] of givers.entries()) {
      const id = randomUUID();
      await em.query(
        `INSERT INTO assembly_proxies (id, assembly_id, giver_person_id, giver_member_id, holder_registration_id, recorded_by) VALUES ($1, $2, $3, $4, $5, $3)`,
        [id, next, g.personId, g.memberId, nextRegs[i + 1]],
      );
      registeredMembers.set(g.memberId, (registeredMembers.get(g.memberId) ?? 0) + 1);
      records.push({ action: 'assembly_proxy.given', targetType: 'assembly_proxy', targetId: id, after: { assemblyId: next, giverPersonId: g.personId, holderRegistrationId: nextRegs[i + 1] } });
    }
  }
  await audit.appendMany(em, ASSEMBLIES_STREAM, SYSTEM_ACTOR, records);
}
