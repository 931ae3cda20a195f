import type { Role } from '@concerto/contracts';
import { createHash } from 'crypto';
import { createAssembly, nameOnDesk, registerDirect } from '../assemblies/assembly-fixtures';
import { CheckpointService } from '../../src/audit/checkpoint.service';
import { SYSTEM_ACTOR } from '../../src/common/actor';
import { MinutesApprovalService } from '../../src/minutes/minutes-approval.service';
import { createCollege, createMember, designate } from '../support/factories';
import { createAgendaItem, createMeeting, createSeat, markPresent, pdfBytes, proposeDirect } from '../meetings/meeting-fixtures';
import { createTestApp, CSRF, TestApp } from '../support/test-app';
import { openSse } from '../support/sse-client';
import { createAssembly as createSessionAssembly } from '../assemblies/session-fixtures';
import { tokenHash } from '../../src/assembly-session/display.service';
import type { AddressInfo } from 'net';

/**
 * Who may call what: every endpoint of the API, for an anonymous caller and for each role. An
 * allowed call succeeds; a refused one answers 401 (anonymous) or 403 (signed in) and changes
 * nothing in the database. A new endpoint without a row here fails the coverage test.
 */
/**
 * `delegate` is a delegate of some other member than the one a call is about; `own_delegate` a
 * delegate of that very member (the `{id}` of /api/members/{id}/…), or of some member elsewhere.
 */
type Caller = 'anonymous' | Role | 'own_delegate' | 'no_role';
const CALLERS: readonly Caller[] = ['anonymous', 'admin', 'secretary', 'election_officer', 'assembly_chair', 'youth_coordinator', 'delegate', 'own_delegate', 'board_member', 'no_role'];
const EVERYONE = CALLERS;
const SIGNED_IN = CALLERS.filter((c) => c !== 'anonymous');
/** Staff and delegates: what the federation's directory and bylaws are open to (a seat alone opens the board's meetings only). */
const ROLES = SIGNED_IN.filter((c) => c !== 'no_role' && c !== 'board_member');
const ADMIN: readonly Caller[] = ['admin'];
/** The administrator, and a delegate of the member the call is about (not of another one). */
const ADMIN_AND_OWN_DELEGATE: readonly Caller[] = ['admin', 'own_delegate'];
/** Who drafts and publishes the minutes (board members read them). */
const MINUTES_STAFF: readonly Caller[] = ['admin', 'secretary'];
/** Board meetings: the board (a seat holder today), the secretary and the administrator read; the latter two write. */
const BOARD: readonly Caller[] = ['admin', 'secretary', 'board_member'];
const BOARD_STAFF: readonly Caller[] = ['admin', 'secretary'];
/** General assemblies: every account with a role reads; the administrator prepares; delegates register; the staff named on its desk keep it. */
const ASSEMBLY_READERS: readonly Caller[] = ['admin', 'secretary', 'election_officer', 'assembly_chair', 'youth_coordinator', 'delegate', 'own_delegate', 'board_member'];
const ASSEMBLY_DELEGATES: readonly Caller[] = ['delegate', 'own_delegate'];
const ASSEMBLY_DESK: readonly Caller[] = ['admin', 'secretary', 'election_officer', 'assembly_chair', 'youth_coordinator'];

interface Prepared {
  params?: Record<string, string>;
  /** A multipart upload: the file of field `file`, and the other fields. */
  file?: { buffer: Buffer; name: string };
  fields?: Record<string, string>;
  body?: object | string;
  type?: string;
  headers?: Record<string, string>;
}

interface Fixtures {
  t: TestApp;
  collegeId: string;
  /** The person behind a signed-in caller's token (the chair named on an assembly, a delegate registered in it). */
  personOf(caller: Caller): string;
}

interface Row {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** As the OpenAPI document writes it. */
  path: string;
  allowed: readonly Caller[];
  ok: number;
  prepare?: (f: Fixtures) => Promise<Prepared>;
  /** The call acts on the caller's own account: each case gets a fresh person. */
  ownAccount?: boolean;
  /** A refusal on the resource rather than the role, with its own code (a board member who holds no signing office). */
  refusedCodes?: Partial<Record<Caller, string>>;
  /** For a board member, the body's `personId` becomes the caller: a declaration for oneself (staff declare for a seat holder). */
  self?: boolean;
  /** A delegate caller is first registered in the assembly `{id}` (and checked in online, when `present`). */
  registerCaller?: 'registered' | 'present';
  /** A server-sent event stream: an allowed call answers 200 and stays open (closed once its headers arrive). */
  stream?: boolean;
}

const member = async ({ t, collegeId }: Fixtures) => (await createMember(t.ds, { collegeId })).id;
const session = async ({ t }: Fixtures) => t.login((await t.personWith([])).person.email);
let serial = 0;
/** A message of the outbox (an invitation, queued as the administrator creates an account). */
const mailId = async (t: TestApp) => {
  const { person } = await t.personWith(['admin']);
  const created = await t.http.post('/api/people').set('Authorization', `Bearer ${(await t.login(person.email)).accessToken}`).send({ email: `mail${++serial}@access.test`, fullName: 'Invitée', preferredLanguage: 'fr', roles: [] });
  const [row] = await t.ds.query<{ id: string }[]>(`SELECT id FROM mail_outbox WHERE person_id = $1`, [created.body.id]);
  return row.id;
};

/** A request to add a delegate to a fresh member, pending. */
const pendingRequest = async (f: Fixtures) => {
  const memberId = await member(f);
  const requester = (await f.t.personWith([])).person.id;
  const [{ id }] = await f.t.ds.query(`INSERT INTO delegate_requests (member_id, full_name, email, requested_by) VALUES ($1, 'Awa Diallo', $2, $3) RETURNING id`, [
    memberId,
    `awa${++serial}@access.test`,
    requester,
  ]);
  return id as string;
};

/** The administrator and the board secretary: who keeps the board register. */
const BOARD_KEEPERS: readonly Caller[] = ['admin', 'secretary'];

/** A fresh one-seat college's seat (vacant), created by reading the register. */
const vacantSeat = async ({ t }: Fixtures) => {
  const college = await createCollege(t.ds, { seatCount: 1 });
  await t.http.get('/api/board').expect(200);
  const [{ id }] = await t.ds.query<{ id: string }[]>(`SELECT id FROM board_seats WHERE college_id = $1`, [college.id]);
  return id;
};
/** A current term on a fresh seat, held by a fresh person. */
const heldTerm = async (f: Fixtures) => {
  const seatId = await vacantSeat(f);
  const personId = (await f.t.personWith([])).person.id;
  const [{ id }] = await f.t.ds.query<{ id: string }[]>(`INSERT INTO board_terms (seat_id, person_id, starts_on, ends_on) VALUES ($1, $2, current_date - 10, current_date + 700) RETURNING id`, [seatId, personId]);
  return { seatId, personId, termId: id };
};
/** Minutes at each step, written straight to the tables (the board's register and meetings are other features). */
let boardHolder: Promise<string> | null = null;
/** One seat held since 2020 by one person: a meeting they attend has quorum. */
const seatHolder = ({ t, collegeId }: Fixtures) =>
  (boardHolder ??= (async () => {
    const { person } = await t.personWith([]);
    const [{ id: seatId }] = await t.ds.query(`INSERT INTO board_seats (college_id, number) VALUES ($1, 1) ON CONFLICT (college_id, number) DO UPDATE SET number = EXCLUDED.number RETURNING id`, [collegeId]);
    await t.ds.query(`INSERT INTO board_terms (seat_id, person_id, starts_on, ends_on) VALUES ($1, $2, '2020-01-01', '2099-01-01')`, [seatId, person.id]);
    return person.id;
  })());
let meetingDay = 0;
/** A meeting held in the past (each one a day later than the previous), attended by the seat holder. */
const heldMeeting = async (f: Fixtures) => {
  const holder = await seatHolder(f);
  const [{ id }] = await f.t.ds.query(`INSERT INTO board_meetings (starts_at, status) VALUES (timestamptz '2024-01-01 19:00-05' + $1 * interval '1 day', 'held') RETURNING id`, [++meetingDay]);
  await f.t.ds.query(`INSERT INTO board_attendance (meeting_id, person_id, status) VALUES ($1, $2, 'present')`, [id, holder]);
  return id as string;
};
let resolutionNumber = 0;
const adoptedResolution = async (f: Fixtures) => {
  const holder = await seatHolder(f);
  const [{ id }] = await f.t.ds.query(
    `INSERT INTO board_resolutions (meeting_id, text_fr, text_en, mover_id, seconder_id, decision_mode) VALUES ($1, 'Adopter le procès-verbal.', 'Adopt the minutes.', $2, $2, 'consensus') RETURNING id`,
    [await heldMeeting(f), holder],
  );
  await f.t.ds.query(`UPDATE board_resolutions SET status = 'adopted', year = 2024, number = $2, decided_at = now() WHERE id = $1`, [id, ++resolutionNumber]);
  return id as string;
};
const minutesAt = async (f: Fixtures, status: 'draft' | 'submitted' | 'adopted' | 'signed') => {
  const meetingId = await heldMeeting(f);
  const [{ id }] = await f.t.ds.query(`INSERT INTO minutes (meeting_id, body_fr, body_en) VALUES ($1, 'Procès-verbal.', 'Minutes.') RETURNING id`, [meetingId]);
  if (status === 'draft') return id as string;
  await f.t.ds.query(`UPDATE minutes SET status = 'submitted', record = $2, submitted_at = now() WHERE id = $1`, [id, JSON.stringify(recordOf(f, meetingId))]);
  if (status === 'submitted') return id as string;
  await f.t.ds.query(`UPDATE minutes SET status = 'adopted', adopted_by_resolution_id = $2, adopted_at = now() WHERE id = $1`, [id, await adoptedResolution(f)]);
  if (status === 'adopted') return id as string;
  const holder = await seatHolder(f);
  await f.t.ds.query(`INSERT INTO minutes_signatures (minutes_id, role, person_id, signer_name) VALUES ($1, 'president', $2, 'Présidente'), ($1, 'secretary', $2, 'Secrétaire')`, [id, holder]);
  return id as string;
};
const recordOf = (_f: Fixtures, meetingId: string) => ({
  meeting: { id: meetingId, startsAt: '2024-01-02T00:00:00.000Z', place: null, videoUrl: null },
  agenda: [],
  attendance: [],
  quorum: { present: 1, seatsFilled: 1, required: 1, reached: true },
  resolutions: [],
  conflicts: [],
});
let published: Promise<string> | null = null;
const publishedMinutes = (f: Fixtures) =>
  (published ??= (async () => {
    const id = await minutesAt(f, 'signed');
    await f.t.app.get(MinutesApprovalService).publish(SYSTEM_ACTOR, id);
    return id;
  })());
/** A person holding a board seat today. */
const holder = async ({ t }: Fixtures) => {
  const { person } = await t.personWith([]);
  await t.ds.query(`INSERT INTO board_terms (seat_id, person_id, starts_on, ends_on) VALUES ($1, $2, current_date - 30, current_date + 700)`, [await createSeat(t), person.id]);
  return person;
};
const agendaItem = async ({ t }: Fixtures) => {
  const id = await createMeeting(t);
  return { params: { id, itemId: await createAgendaItem(t, id) } };
};
const document = async (f: Fixtures) => {
  const { params } = await agendaItem(f);
  const [{ id }] = await f.t.ds.query(
    `INSERT INTO board_documents (agenda_item_id, file_name, media_type, size_bytes, sha256, content) VALUES ($1, 'a.pdf', 'application/pdf', 4, repeat('0', 64), '\\x25504446') RETURNING id`,
    [params.itemId],
  );
  return { params: { id: params.id, documentId: id as string } };
};
/** A meeting next week with quorum: two new seat holders to move and second, and the whole board of today present. */
const quorate = async (f: Fixtures) => {
  const id = await createMeeting(f.t);
  const mover = (await holder(f)).id;
  const seconder = (await holder(f)).id;
  const everyone = await f.t.ds.query<{ person_id: string }[]>(
    `SELECT person_id FROM board_terms WHERE starts_on <= current_date + 7 AND current_date + 7 < COALESCE(ended_on, ends_on)`,
  );
  await markPresent(f.t, id, everyone.map((r) => r.person_id));
  return { id, mover, seconder };
};

/** A convened assembly (each one a day later) whose credentials desk holds every staff person of the desk's roles. */
let assemblyDay = 0;
const convened = async ({ t }: Fixtures, rules = {}) => {
  const id = await createAssembly(t, { days: 30 + ++assemblyDay, rules });
  const desk = await t.ds.query<{ id: string }[]>(`SELECT id FROM people WHERE roles && ARRAY['admin', 'secretary', 'election_officer', 'assembly_chair', 'youth_coordinator']::text[]`);
  for (const p of desk) await nameOnDesk(t, id, p.id);
  return id;
};
const draftAssembly = ({ t }: Fixtures) => createAssembly(t, { status: 'draft', days: 400 + ++assemblyDay });
/** A delegate of a fresh member in good standing, registered in the assembly. */
const registered = async (f: Fixtures, assemblyId: string, present = false) => {
  const memberId = await member(f);
  const { person } = await f.t.personWith([]);
  await designate(f.t.ds, memberId, person.id);
  return { personId: person.id, registrationId: await registerDirect(f.t, assemblyId, person.id, memberId, present) };
};
const freshDelegate = async (f: Fixtures) => {
  const { person } = await f.t.personWith([]);
  await designate(f.t.ds, await member(f), person.id);
  return person.id;
};
const assemblyItem = async (f: Fixtures) => {
  const id = await draftAssembly(f);
  const [{ id: itemId }] = await f.t.ds.query<{ id: string }[]>(`SELECT id FROM assembly_agenda_items WHERE assembly_id = $1`, [id]);
  return { id, itemId };
};
const assemblyDocument = async (f: Fixtures) => {
  const id = await convened(f);
  const [{ id: documentId }] = await f.t.ds.query(
    `INSERT INTO assembly_documents (assembly_id, title_fr, title_en, file_name, media_type, size_bytes, sha256, content) VALUES ($1, 'Rapport', 'Report', 'a.pdf', 'application/pdf', 4, repeat('0', 64), '\\x25504446') RETURNING id`,
    [id],
  );
  return { params: { id, documentId: documentId as string } };
};
/** Assemblies (issue 8): readers of a convened assembly, its chair (the `assembly_chair` caller, named on it), its delegates. */
const ASSEMBLY_CHAIR: readonly Caller[] = ['assembly_chair'];
/** A convened assembly whose chair is the `assembly_chair` caller; in session when asked, its first item under way. */
const chairedAssembly = async (f: Fixtures, inSession = false) => {
  const a = await createSessionAssembly(f.t.ds, { items: 3 });
  await f.t.ds.query(`INSERT INTO assembly_staff (assembly_id, person_id, duty) VALUES ($1, $2, 'chair')`, [a.id, f.personOf('assembly_chair')]);
  if (inSession) {
    await f.t.ds.query(`UPDATE assembly_agenda_items SET status = 'current' WHERE id = $1`, [a.itemIds[0]]);
    await f.t.ds.query(`UPDATE assemblies SET status = 'in_session', opened_at = now(), current_item_id = $2 WHERE id = $1`, [a.id, a.itemIds[0]]);
  }
  return a;
};
/** Both delegate callers registered in the assembly and present; with a request for the floor each when asked. */
const delegatesPresent = async (f: Fixtures, assemblyId: string, asking: boolean) => {
  const speakers: string[] = [];
  for (const caller of ASSEMBLY_DELEGATES) {
    const personId = f.personOf(caller);
    const [{ id: registrationId }] = await f.t.ds.query<{ id: string }[]>(
      `INSERT INTO assembly_registrations (assembly_id, person_id, member_id, channel, registered_by, present, mode, checked_in_at)
       SELECT $1, $2, member_id, 'ahead', $2, true, 'hall', now() FROM delegates WHERE person_id = $2 AND ended_at IS NULL RETURNING id`,
      [assemblyId, personId],
    );
    if (asking) {
      const [{ id }] = await f.t.ds.query<{ id: string }[]>(
        `INSERT INTO assembly_speakers (assembly_id, agenda_item_id, person_id, registration_id, kind) SELECT $1, current_item_id, $2, $3, 'for' FROM assemblies WHERE id = $1 RETURNING id`,
        [assemblyId, personId, registrationId],
      );
      speakers.push(id);
    }
  }
  return speakers;
};
const withSpeakers = async (f: Fixtures) => {
  const a = await chairedAssembly(f, true);
  const [first] = await delegatesPresent(f, a.id, true);
  return { params: { id: a.id, speakerId: first } };
};
const displayToken = async (f: Fixtures) => {
  const a = await createSessionAssembly(f.t.ds);
  const token = `display-${++serial}`.padEnd(43, 'x');
  await f.t.ds.query(`UPDATE assemblies SET display_token_hash = $2 WHERE id = $1`, [a.id, tokenHash(token)]);
  return { params: { token } };
};

const TABLE: Row[] = [
  { method: 'GET', path: '/api/health', allowed: EVERYONE, ok: 200 },
  { method: 'GET', path: '/api/docs/openapi.json', allowed: EVERYONE, ok: 200 },
  {
    method: 'POST',
    path: '/api/auth/login',
    allowed: EVERYONE,
    ok: 200,
    prepare: async ({ t }) => ({ body: { email: (await t.personWith([])).person.email, password: 'correct-horse-battery' } }),
  },
  { method: 'POST', path: '/api/auth/refresh', allowed: EVERYONE, ok: 200, prepare: async (f) => ({ headers: { Cookie: (await session(f)).cookie, ...CSRF } }) },
  { method: 'POST', path: '/api/auth/logout', allowed: EVERYONE, ok: 204, prepare: async (f) => ({ headers: { Cookie: (await session(f)).cookie, ...CSRF } }) },
  { method: 'POST', path: '/api/auth/password-reset', allowed: EVERYONE, ok: 202, prepare: async ({ t }) => ({ body: { email: (await t.personWith([])).person.email } }) },
  {
    method: 'POST',
    path: '/api/auth/password-reset/confirm',
    allowed: EVERYONE,
    ok: 204,
    prepare: async ({ t }) => {
      const token = `access-token-${++serial}-`.padEnd(43, 'x');
      const hash = createHash('sha256').update(token).digest('hex');
      const { person } = await t.personWith([]);
      await t.ds.query(`INSERT INTO password_tokens (person_id, purpose, token_hash, expires_at) VALUES ($1, 'reset', $2, now() + interval '1 hour')`, [person.id, hash]);
      return { body: { token, password: 'a-newly-chosen-password' } };
    },
  },
  { method: 'GET', path: '/api/me', allowed: SIGNED_IN, ok: 200 },
  { method: 'PATCH', path: '/api/me', allowed: SIGNED_IN, ok: 200, ownAccount: true, prepare: async () => ({ body: { preferredLanguage: 'en' } }) },
  {
    method: 'POST',
    path: '/api/me/password',
    allowed: SIGNED_IN,
    ok: 204,
    ownAccount: true,
    prepare: async () => ({ body: { currentPassword: 'correct-horse-battery', newPassword: 'another-long-password' } }),
  },
  { method: 'GET', path: '/api/people', allowed: ADMIN, ok: 200 },
  { method: 'GET', path: '/api/people/{id}', allowed: ADMIN, ok: 200, prepare: async ({ t }) => ({ params: { id: (await t.personWith([])).person.id } }) },
  {
    method: 'POST',
    path: '/api/people',
    allowed: ADMIN,
    ok: 201,
    prepare: async () => ({ body: { email: `new${++serial}@access.test`, fullName: 'Nouvelle Personne', preferredLanguage: 'fr', roles: [] } }),
  },
  { method: 'POST', path: '/api/people/{id}/invitation', allowed: ADMIN, ok: 202, prepare: async ({ t }) => ({ params: { id: (await t.personWith([])).person.id } }) },
  { method: 'PATCH', path: '/api/people/{id}', allowed: ADMIN, ok: 200, prepare: async ({ t }) => ({ params: { id: (await t.personWith([])).person.id }, body: { fullName: 'Nom Changé' } }) },
  { method: 'GET', path: '/api/mail', allowed: ADMIN, ok: 200 },
  { method: 'GET', path: '/api/mail/{id}', allowed: ADMIN, ok: 200, prepare: async ({ t }) => ({ params: { id: await mailId(t) } }) },
  { method: 'GET', path: '/api/audit', allowed: ADMIN, ok: 200 },
  { method: 'GET', path: '/api/audit/verify', allowed: ADMIN, ok: 200 },
  { method: 'GET', path: '/api/audit/checkpoints', allowed: ADMIN, ok: 200 },
  {
    method: 'GET',
    path: '/api/audit/checkpoints/{id}',
    allowed: ADMIN,
    ok: 200,
    prepare: async ({ t }) => ({ params: { id: (await t.app.get(CheckpointService).checkpoint('access-test')).id } }),
  },
  { method: 'GET', path: '/api/audit/public-key', allowed: EVERYONE, ok: 200 },
  { method: 'GET', path: '/api/colleges', allowed: EVERYONE, ok: 200 },
  { method: 'POST', path: '/api/colleges', allowed: ADMIN, ok: 201, prepare: async () => ({ body: { code: `c${++serial}`, nameFr: 'Collège', nameEn: 'College', seatCount: 1 } }) },
  { method: 'PATCH', path: '/api/colleges/{id}', allowed: ADMIN, ok: 200, prepare: async ({ t }) => ({ params: { id: (await createCollege(t.ds)).id }, body: { seatCount: 1 } }) },
  { method: 'GET', path: '/api/members', allowed: ROLES, ok: 200 },
  { method: 'GET', path: '/api/members/{id}', allowed: ROLES, ok: 200, prepare: async (f) => ({ params: { id: await member(f) } }) },
  {
    method: 'POST',
    path: '/api/members',
    allowed: ADMIN,
    ok: 201,
    prepare: async ({ collegeId }) => ({ body: { legalName: `Coop ${++serial}`, kind: 'cooperative', sector: 'food', region: '03', collegeId } }),
  },
  { method: 'PATCH', path: '/api/members/{id}', allowed: ADMIN, ok: 200, prepare: async (f) => ({ params: { id: await member(f) }, body: { city: 'Rimouski' } }) },
  { method: 'POST', path: '/api/members/{id}/suspend', allowed: ADMIN, ok: 200, prepare: async (f) => ({ params: { id: await member(f) }, body: { reason: 'Cotisation impayée' } }) },
  {
    method: 'POST',
    path: '/api/members/{id}/reinstate',
    allowed: ADMIN,
    ok: 200,
    prepare: async ({ t, collegeId }) => ({ params: { id: (await createMember(t.ds, { collegeId, suspended: true })).id } }),
  },
  {
    method: 'POST',
    path: '/api/members/import',
    allowed: ADMIN,
    ok: 200,
    prepare: async () => ({ type: 'text/csv', body: `legal_name,kind,sector,region,college_code\nCoop importée ${++serial},cooperative,food,3,access\n` }),
  },
  { method: 'GET', path: '/api/members/export', allowed: ROLES, ok: 200 },
  {
    method: 'PATCH',
    path: '/api/members/{id}/contact',
    allowed: ADMIN_AND_OWN_DELEGATE,
    ok: 200,
    prepare: async (f) => ({ params: { id: await member(f) }, body: { phone: '514 555-1234', postalCode: 'h2x1y4' } }),
  },
  { method: 'GET', path: '/api/members/{id}/delegates', allowed: ADMIN_AND_OWN_DELEGATE, ok: 200, prepare: async (f) => ({ params: { id: await member(f) } }) },
  { method: 'GET', path: '/api/members/{id}/delegate-requests', allowed: ADMIN_AND_OWN_DELEGATE, ok: 200, prepare: async (f) => ({ params: { id: await member(f) } }) },
  {
    method: 'POST',
    path: '/api/members/{id}/delegate-requests',
    allowed: ['own_delegate'],
    ok: 201,
    prepare: async (f) => ({ params: { id: await member(f) }, body: { fullName: 'Awa Diallo', email: `awa${++serial}@access.test` } }),
  },
  { method: 'GET', path: '/api/delegate-requests', allowed: ADMIN, ok: 200 },
  { method: 'POST', path: '/api/delegate-requests/{id}/approve', allowed: ADMIN, ok: 200, prepare: async (f) => ({ params: { id: await pendingRequest(f) } }) },
  {
    method: 'POST',
    path: '/api/delegate-requests/{id}/reject',
    allowed: ADMIN,
    ok: 200,
    prepare: async (f) => ({ params: { id: await pendingRequest(f) }, body: { reason: 'Inconnue du conseil' } }),
  },
  {
    method: 'POST',
    path: '/api/members/{id}/delegates',
    allowed: ADMIN,
    ok: 201,
    prepare: async (f) => ({ params: { id: await member(f) }, body: { personId: (await f.t.personWith([])).person.id } }),
  },
  {
    method: 'DELETE',
    path: '/api/members/{id}/delegates/{delegateId}',
    allowed: ADMIN,
    ok: 204,
    prepare: async (f) => {
      const id = await member(f);
      const d = await designate(f.t.ds, id, (await f.t.personWith([])).person.id);
      return { params: { id, delegateId: d.id } };
    },
  },
  { method: 'GET', path: '/api/settings', allowed: ROLES, ok: 200 },
  { method: 'PATCH', path: '/api/settings', allowed: ADMIN, ok: 200, prepare: async () => ({ body: { noticePeriodDays: 20 + (++serial % 20) } }) },
  { method: 'GET', path: '/api/dashboard', allowed: SIGNED_IN, ok: 200 },
  { method: 'GET', path: '/api/board', allowed: EVERYONE, ok: 200 },
  { method: 'GET', path: '/api/board/seats/{id}', allowed: EVERYONE, ok: 200, prepare: async (f) => ({ params: { id: await vacantSeat(f) } }) },
  { method: 'GET', path: '/api/board/my-seat', allowed: SIGNED_IN, ok: 200 },
  { method: 'GET', path: '/api/board/candidates', allowed: BOARD_KEEPERS, ok: 200 },
  {
    method: 'POST',
    path: '/api/board/seats/{id}/terms',
    allowed: BOARD_KEEPERS,
    ok: 201,
    prepare: async (f) => ({ params: { id: await vacantSeat(f) }, body: { personId: (await f.t.personWith([])).person.id, startsOn: '2026-01-05' } }),
  },
  { method: 'PATCH', path: '/api/board/seats/{id}', allowed: BOARD_KEEPERS, ok: 200, prepare: async (f) => ({ params: { id: await vacantSeat(f) }, body: { youthReserved: false } }) },
  { method: 'POST', path: '/api/board/terms/{id}/end', allowed: BOARD_KEEPERS, ok: 200, prepare: async (f) => ({ params: { id: (await heldTerm(f)).termId }, body: {} }) },
  { method: 'PATCH', path: '/api/board/terms/{id}', allowed: BOARD_KEEPERS, ok: 200, prepare: async (f) => ({ params: { id: (await heldTerm(f)).termId }, body: { endsOn: '2999-01-01' } }) },
  { method: 'POST', path: '/api/board/officers', allowed: BOARD_KEEPERS, ok: 201, prepare: async (f) => ({ body: { office: 'treasurer', personId: (await heldTerm(f)).personId } }) },
  {
    method: 'POST',
    path: '/api/board/officers/{id}/end',
    allowed: BOARD_KEEPERS,
    ok: 200,
    prepare: async (f) => {
      const { personId } = await heldTerm(f);
      await f.t.ds.query(`UPDATE board_officers SET ended_on = current_date WHERE office = 'vice_president' AND ended_on IS NULL`);
      const [{ id }] = await f.t.ds.query<{ id: string }[]>(`INSERT INTO board_officers (office, person_id, starts_on) VALUES ('vice_president', $1, current_date) RETURNING id`, [personId]);
      return { params: { id } };
    },
  },
  { method: 'GET', path: '/api/minutes', allowed: BOARD, ok: 200 },
  { method: 'GET', path: '/api/minutes/meetings', allowed: MINUTES_STAFF, ok: 200 },
  { method: 'POST', path: '/api/minutes', allowed: MINUTES_STAFF, ok: 201, prepare: async (f) => ({ body: { meetingId: await heldMeeting(f) } }) },
  { method: 'GET', path: '/api/minutes/{id}', allowed: BOARD, ok: 200, prepare: async (f) => ({ params: { id: await minutesAt(f, 'draft') } }) },
  { method: 'PATCH', path: '/api/minutes/{id}', allowed: MINUTES_STAFF, ok: 200, prepare: async (f) => ({ params: { id: await minutesAt(f, 'draft') }, body: { bodyFr: 'Texte revu.' } }) },
  { method: 'DELETE', path: '/api/minutes/{id}', allowed: MINUTES_STAFF, ok: 204, prepare: async (f) => ({ params: { id: await minutesAt(f, 'draft') } }) },
  { method: 'POST', path: '/api/minutes/{id}/submission', allowed: MINUTES_STAFF, ok: 200, prepare: async (f) => ({ params: { id: await minutesAt(f, 'draft') } }) },
  { method: 'GET', path: '/api/minutes/{id}/adoption-candidates', allowed: MINUTES_STAFF, ok: 200, prepare: async (f) => ({ params: { id: await minutesAt(f, 'submitted') } }) },
  {
    method: 'POST',
    path: '/api/minutes/{id}/adoption',
    allowed: MINUTES_STAFF,
    ok: 200,
    prepare: async (f) => {
      const id = await minutesAt(f, 'submitted');
      return { params: { id }, body: { resolutionId: await adoptedResolution(f) } };
    },
  },
  {
    method: 'POST',
    path: '/api/minutes/{id}/signatures',
    allowed: ['secretary'],
    refusedCodes: { board_member: 'NOT_A_SIGNER' },
    ok: 200,
    prepare: async (f) => ({ params: { id: await minutesAt(f, 'adopted') }, body: { password: 'correct-horse-battery' } }),
  },
  { method: 'POST', path: '/api/minutes/{id}/publication', allowed: MINUTES_STAFF, ok: 200, prepare: async (f) => ({ params: { id: await minutesAt(f, 'signed') } }) },
  { method: 'POST', path: '/api/minutes/{id}/errata', allowed: MINUTES_STAFF, ok: 201, prepare: async (f) => ({ params: { id: await publishedMinutes(f) } }) },
  { method: 'GET', path: '/api/archive', allowed: EVERYONE, ok: 200 },
  { method: 'GET', path: '/api/archive/minutes/{id}', allowed: EVERYONE, ok: 200, prepare: async (f) => ({ params: { id: await publishedMinutes(f) } }) },
  { method: 'GET', path: '/api/archive/minutes/{id}/verification', allowed: EVERYONE, ok: 200, prepare: async (f) => ({ params: { id: await publishedMinutes(f) } }) },
  { method: 'GET', path: '/api/archive/minutes/{id}/pdf/{language}', allowed: EVERYONE, ok: 200, prepare: async (f) => ({ params: { id: await publishedMinutes(f), language: 'fr' } }) },
  { method: 'GET', path: '/api/meetings', allowed: BOARD, ok: 200 },
  { method: 'POST', path: '/api/meetings', allowed: BOARD_STAFF, ok: 201, prepare: async () => ({ body: { startsAt: '2027-02-04T18:00:00-05:00', place: 'Montréal' } }) },
  { method: 'GET', path: '/api/meetings/{id}', allowed: BOARD, ok: 200, prepare: async ({ t }) => ({ params: { id: await createMeeting(t) } }) },
  { method: 'PATCH', path: '/api/meetings/{id}', allowed: BOARD_STAFF, ok: 200, prepare: async ({ t }) => ({ params: { id: await createMeeting(t) }, body: { place: 'Québec' } }) },
  { method: 'POST', path: '/api/meetings/{id}/agenda', allowed: BOARD_STAFF, ok: 201, prepare: async ({ t }) => ({ params: { id: await createMeeting(t) }, body: { titleFr: 'Budget', titleEn: 'Budget' } }) },
  {
    method: 'PUT',
    path: '/api/meetings/{id}/agenda/order',
    allowed: BOARD_STAFF,
    ok: 200,
    prepare: async ({ t }) => {
      const id = await createMeeting(t);
      const a = await createAgendaItem(t, id);
      const b = await createAgendaItem(t, id);
      return { params: { id }, body: { itemIds: [b, a] } };
    },
  },
  { method: 'PATCH', path: '/api/meetings/{id}/agenda/{itemId}', allowed: BOARD_STAFF, ok: 200, prepare: async (f) => ({ ...(await agendaItem(f)), body: { titleFr: 'Nouveau titre' } }) },
  { method: 'DELETE', path: '/api/meetings/{id}/agenda/{itemId}', allowed: BOARD_STAFF, ok: 200, prepare: async (f) => agendaItem(f) },
  {
    method: 'POST',
    path: '/api/meetings/{id}/agenda/{itemId}/documents',
    allowed: BOARD_STAFF,
    ok: 201,
    prepare: async (f) => ({ ...(await agendaItem(f)), file: { buffer: pdfBytes(), name: 'ordre-du-jour.pdf' } }),
  },
  { method: 'GET', path: '/api/meetings/{id}/documents/{documentId}', allowed: BOARD, ok: 200, prepare: async (f) => document(f) },
  { method: 'DELETE', path: '/api/meetings/{id}/documents/{documentId}', allowed: BOARD_STAFF, ok: 200, prepare: async (f) => document(f) },
  { method: 'POST', path: '/api/meetings/{id}/convocation', allowed: BOARD_STAFF, ok: 200, prepare: async ({ t }) => ({ params: { id: await createMeeting(t) } }) },
  {
    method: 'PUT',
    path: '/api/meetings/{id}/attendance',
    allowed: BOARD_STAFF,
    ok: 200,
    prepare: async (f) => ({ params: { id: await createMeeting(f.t) }, body: { entries: [{ personId: (await holder(f)).id, status: 'present' }] } }),
  },
  {
    method: 'POST',
    path: '/api/meetings/{id}/conflicts',
    allowed: BOARD,
    ok: 201,
    self: true,
    prepare: async (f) => {
      const { params } = await agendaItem(f);
      return { params, body: { agendaItemId: params.itemId, personId: (await holder(f)).id } };
    },
  },
  {
    method: 'POST',
    path: '/api/meetings/{id}/resolutions',
    allowed: BOARD_STAFF,
    ok: 201,
    prepare: async (f) => {
      const { id, mover, seconder } = await quorate(f);
      return { params: { id }, body: { textFr: 'Que…', textEn: 'That…', moverId: mover, seconderId: seconder, decisionMode: 'consensus' } };
    },
  },
  {
    method: 'POST',
    path: '/api/meetings/{id}/resolutions/{resolutionId}/decision',
    allowed: BOARD_STAFF,
    ok: 200,
    prepare: async (f) => {
      const { id, mover, seconder } = await quorate(f);
      return { params: { id, resolutionId: await proposeDirect(f.t, id, mover, seconder, 'consensus') }, body: { outcome: 'adopted' } };
    },
  },
  {
    method: 'POST',
    path: '/api/meetings/{id}/action-items',
    allowed: BOARD_STAFF,
    ok: 201,
    prepare: async (f) => ({ params: { id: await createMeeting(f.t) }, body: { description: 'Relancer les membres', ownerId: (await f.t.personWith([])).person.id } }),
  },
  { method: 'GET', path: '/api/action-items/mine', allowed: SIGNED_IN, ok: 200 },
  {
    method: 'PATCH',
    path: '/api/action-items/{id}',
    allowed: BOARD_STAFF,
    ok: 200,
    prepare: async (f) => {
      const meetingId = await createMeeting(f.t);
      const owner = (await f.t.personWith([])).person.id;
      const [{ id }] = await f.t.ds.query(`INSERT INTO board_action_items (meeting_id, description, owner_id) VALUES ($1, 'Suivi', $2) RETURNING id`, [meetingId, owner]);
      return { params: { id }, body: { status: 'done' } };
    },
  },
  { method: 'GET', path: '/api/assemblies', allowed: ASSEMBLY_READERS, ok: 200 },
  {
    method: 'POST',
    path: '/api/assemblies',
    allowed: ADMIN,
    ok: 201,
    prepare: async () => ({ body: { kind: 'annual', titleFr: 'AGA', titleEn: 'AGM', startsAt: '2027-06-10T19:00:00-04:00', place: 'Montréal' } }),
  },
  { method: 'GET', path: '/api/assemblies/convocations/mine', allowed: ASSEMBLY_READERS, ok: 200 },
  { method: 'GET', path: '/api/assemblies/{id}', allowed: ASSEMBLY_READERS, ok: 200, prepare: async (f) => ({ params: { id: await convened(f) } }) },
  { method: 'PATCH', path: '/api/assemblies/{id}', allowed: ADMIN, ok: 200, prepare: async (f) => ({ params: { id: await draftAssembly(f) }, body: { place: 'Québec' } }) },
  { method: 'POST', path: '/api/assemblies/{id}/cancel', allowed: ADMIN, ok: 200, prepare: async (f) => ({ params: { id: await draftAssembly(f) } }) },
  {
    method: 'POST',
    path: '/api/assemblies/{id}/agenda',
    allowed: ADMIN,
    ok: 201,
    prepare: async (f) => ({ params: { id: await draftAssembly(f) }, body: { kind: 'custom', titleFr: 'Hommage', titleEn: 'Tribute' } }),
  },
  {
    method: 'PUT',
    path: '/api/assemblies/{id}/agenda/order',
    allowed: ADMIN,
    ok: 200,
    prepare: async (f) => {
      const { id, itemId } = await assemblyItem(f);
      return { params: { id }, body: { itemIds: [itemId] } };
    },
  },
  { method: 'PATCH', path: '/api/assemblies/{id}/agenda/{itemId}', allowed: ADMIN, ok: 200, prepare: async (f) => ({ params: await assemblyItem(f), body: { titleEn: 'Opening!' } }) },
  { method: 'DELETE', path: '/api/assemblies/{id}/agenda/{itemId}', allowed: ADMIN, ok: 200, prepare: async (f) => ({ params: await assemblyItem(f) }) },
  {
    method: 'POST',
    path: '/api/assemblies/{id}/documents',
    allowed: ADMIN,
    ok: 201,
    prepare: async (f) => ({ params: { id: await draftAssembly(f) }, file: { buffer: pdfBytes(), name: 'rapport.pdf' }, fields: { titleFr: 'Rapport', titleEn: 'Report' } }),
  },
  { method: 'GET', path: '/api/assemblies/{id}/documents/{documentId}', allowed: ASSEMBLY_READERS, ok: 200, prepare: assemblyDocument },
  { method: 'DELETE', path: '/api/assemblies/{id}/documents/{documentId}', allowed: ADMIN, ok: 200, prepare: assemblyDocument },
  {
    method: 'PUT',
    path: '/api/assemblies/{id}/staff',
    allowed: ADMIN,
    ok: 200,
    prepare: async (f) => ({ params: { id: await draftAssembly(f) }, body: { chairId: (await f.t.personWith(['assembly_chair'])).person.id, credentialsIds: [] } }),
  },
  { method: 'POST', path: '/api/assemblies/{id}/convocation', allowed: ADMIN, ok: 200, prepare: async (f) => ({ params: { id: await draftAssembly(f) } }) },
  { method: 'POST', path: '/api/assemblies/{id}/register', allowed: ASSEMBLY_DELEGATES, ok: 201, prepare: async (f) => ({ params: { id: await convened(f) } }) },
  { method: 'DELETE', path: '/api/assemblies/{id}/register', allowed: ASSEMBLY_DELEGATES, ok: 204, registerCaller: 'registered', prepare: async (f) => ({ params: { id: await convened(f) } }) },
  {
    method: 'POST',
    path: '/api/assemblies/{id}/check-in',
    allowed: ASSEMBLY_DELEGATES,
    ok: 200,
    registerCaller: 'registered',
    prepare: async (f) => ({ params: { id: await convened(f) }, body: { mode: 'online' } }),
  },
  { method: 'POST', path: '/api/assemblies/{id}/check-out', allowed: ASSEMBLY_DELEGATES, ok: 200, registerCaller: 'present', prepare: async (f) => ({ params: { id: await convened(f) } }) },
  {
    method: 'POST',
    path: '/api/assemblies/{id}/proxy',
    allowed: ASSEMBLY_DELEGATES,
    ok: 201,
    prepare: async (f) => {
      const id = await convened(f);
      return { params: { id }, body: { holderPersonId: (await registered(f, id)).personId } };
    },
  },
  { method: 'GET', path: '/api/assemblies/{id}/proxy-holders', allowed: ASSEMBLY_DELEGATES, ok: 200, prepare: async (f) => ({ params: { id: await convened(f) } }) },
  { method: 'GET', path: '/api/assemblies/{id}/credentials', allowed: ASSEMBLY_DESK, ok: 200, prepare: async (f) => ({ params: { id: await convened(f) } }) },
  { method: 'GET', path: '/api/assemblies/{id}/registrations', allowed: ASSEMBLY_DESK, ok: 200, prepare: async (f) => ({ params: { id: await convened(f) } }) },
  {
    method: 'POST',
    path: '/api/assemblies/{id}/registrations',
    allowed: ASSEMBLY_DESK,
    ok: 201,
    prepare: async (f) => ({ params: { id: await convened(f) }, body: { personId: await freshDelegate(f) } }),
  },
  {
    method: 'DELETE',
    path: '/api/assemblies/{id}/registrations/{registrationId}',
    allowed: ASSEMBLY_DESK,
    ok: 204,
    prepare: async (f) => {
      const id = await convened(f);
      return { params: { id, registrationId: (await registered(f, id)).registrationId } };
    },
  },
  {
    method: 'POST',
    path: '/api/assemblies/{id}/registrations/{registrationId}/check-in',
    allowed: ASSEMBLY_DESK,
    ok: 200,
    prepare: async (f) => {
      const id = await convened(f);
      return { params: { id, registrationId: (await registered(f, id)).registrationId }, body: { mode: 'hall' } };
    },
  },
  {
    method: 'POST',
    path: '/api/assemblies/{id}/registrations/{registrationId}/check-out',
    allowed: ASSEMBLY_DESK,
    ok: 200,
    prepare: async (f) => {
      const id = await convened(f);
      return { params: { id, registrationId: (await registered(f, id, true)).registrationId } };
    },
  },
  {
    method: 'POST',
    path: '/api/assemblies/{id}/proxies',
    allowed: ASSEMBLY_DESK,
    ok: 201,
    prepare: async (f) => {
      const id = await convened(f);
      return { params: { id }, body: { giverPersonId: await freshDelegate(f), holderRegistrationId: (await registered(f, id)).registrationId } };
    },
  },
  { method: 'GET', path: '/api/assemblies/{id}/live', allowed: ASSEMBLY_READERS, ok: 200, prepare: async (f) => ({ params: { id: (await createSessionAssembly(f.t.ds)).id } }) },
  { method: 'GET', path: '/api/assemblies/{id}/events', allowed: ASSEMBLY_READERS, ok: 200, stream: true, prepare: async (f) => ({ params: { id: (await createSessionAssembly(f.t.ds)).id } }) },
  { method: 'POST', path: '/api/assemblies/{id}/session/open', allowed: ASSEMBLY_CHAIR, ok: 200, prepare: async (f) => ({ params: { id: (await chairedAssembly(f)).id } }) },
  { method: 'POST', path: '/api/assemblies/{id}/session/close', allowed: ASSEMBLY_CHAIR, ok: 200, prepare: async (f) => ({ params: { id: (await chairedAssembly(f, true)).id } }) },
  { method: 'POST', path: '/api/assemblies/{id}/session/next', allowed: ASSEMBLY_CHAIR, ok: 200, prepare: async (f) => ({ params: { id: (await chairedAssembly(f, true)).id } }) },
  {
    method: 'POST',
    path: '/api/assemblies/{id}/session/previous',
    allowed: ASSEMBLY_CHAIR,
    ok: 200,
    prepare: async (f) => {
      const a = await chairedAssembly(f, true);
      await f.t.ds.query(`UPDATE assembly_agenda_items SET status = CASE WHEN id = $1 THEN 'done' ELSE 'current' END WHERE id IN ($1, $2)`, [a.itemIds[0], a.itemIds[1]]);
      await f.t.ds.query(`UPDATE assemblies SET current_item_id = $2 WHERE id = $1`, [a.id, a.itemIds[1]]);
      return { params: { id: a.id } };
    },
  },
  {
    method: 'PATCH',
    path: '/api/assemblies/{id}/session/items/{itemId}',
    allowed: ASSEMBLY_CHAIR,
    ok: 200,
    prepare: async (f) => {
      const a = await chairedAssembly(f, true);
      return { params: { id: a.id, itemId: a.itemIds[0] }, body: { bodyFr: 'Que l’assemblée…', bodyEn: 'That the assembly…' } };
    },
  },
  {
    method: 'POST',
    path: '/api/assemblies/{id}/floor',
    allowed: ASSEMBLY_DELEGATES,
    ok: 201,
    prepare: async (f) => {
      const a = await chairedAssembly(f, true);
      await delegatesPresent(f, a.id, false);
      return { params: { id: a.id }, body: { kind: 'against' } };
    },
  },
  {
    method: 'DELETE',
    path: '/api/assemblies/{id}/proxies/{proxyId}',
    allowed: ASSEMBLY_DESK,
    ok: 204,
    prepare: async (f) => {
      const id = await convened(f);
      const holder = await registered(f, id);
      const giver = await freshDelegate(f);
      const [{ member_id: memberId }] = await f.t.ds.query(`SELECT member_id FROM delegates WHERE person_id = $1`, [giver]);
      const [{ id: proxyId }] = await f.t.ds.query(
        `INSERT INTO assembly_proxies (assembly_id, giver_person_id, giver_member_id, holder_registration_id, recorded_by) VALUES ($1, $2, $3, $4, $2) RETURNING id`,
        [id, giver, memberId, holder.registrationId],
      );
      return { params: { id, proxyId } };
    },
  },
  {
    method: 'DELETE',
    path: '/api/assemblies/{id}/floor',
    allowed: ASSEMBLY_DELEGATES,
    ok: 200,
    prepare: async (f) => {
      const a = await chairedAssembly(f, true);
      await delegatesPresent(f, a.id, true);
      return { params: { id: a.id } };
    },
  },
  { method: 'POST', path: '/api/assemblies/{id}/speakers/next', allowed: ASSEMBLY_CHAIR, ok: 200, prepare: async (f) => ({ params: { id: (await withSpeakers(f)).params.id } }) },
  { method: 'POST', path: '/api/assemblies/{id}/speakers/{speakerId}/give', allowed: ASSEMBLY_CHAIR, ok: 200, prepare: withSpeakers },
  {
    method: 'POST',
    path: '/api/assemblies/{id}/speakers/{speakerId}/end',
    allowed: ASSEMBLY_CHAIR,
    ok: 200,
    prepare: async (f) => {
      const prepared = await withSpeakers(f);
      await f.t.ds.query(`UPDATE assembly_speakers SET status = 'speaking', started_at = now() WHERE id = $1`, [prepared.params.speakerId]);
      return prepared;
    },
  },
  { method: 'DELETE', path: '/api/assemblies/{id}/speakers/{speakerId}', allowed: ASSEMBLY_CHAIR, ok: 200, prepare: withSpeakers },
  { method: 'POST', path: '/api/assemblies/{id}/display-link', allowed: ['admin', 'assembly_chair'], ok: 201, prepare: async (f) => ({ params: { id: (await chairedAssembly(f)).id } }) },
  { method: 'GET', path: '/api/display/{token}', allowed: EVERYONE, ok: 200, prepare: displayToken },
  { method: 'GET', path: '/api/display/{token}/events', allowed: EVERYONE, ok: 200, stream: true, prepare: displayToken },
];

describe('access by role to every endpoint', () => {
  let t: TestApp;
  let f: Fixtures;
  let base: string;
  const tokens = new Map<Caller, string>();
  /** The person of each token (for a declaration made for oneself). */
  const ids = new Map<string, string>();

  /** A signed-in caller: a person with the role (a delegate is one by designation, of `memberId` if given). */
  const signIn = async (caller: Exclude<Caller, 'anonymous'>, memberId?: string): Promise<string> => {
    const staff = caller === 'delegate' || caller === 'own_delegate' || caller === 'no_role' || caller === 'board_member' ? [] : [caller];
    const { person, token } = await t.personWith(staff);
    if (caller === 'delegate' || caller === 'own_delegate') await designate(t.ds, memberId ?? (await member(f)), person.id);
    if (caller === 'board_member') {
      await t.ds.query(`INSERT INTO board_terms (seat_id, person_id, starts_on, ends_on) VALUES ($1, $2, current_date - 30, current_date + 700)`, [await createSeat(t), person.id]);
    }
    ids.set(token, person.id);
    return token;
  };

  /** Everything a refused call must leave as it was. */
  const fingerprint = async (): Promise<string> => {
    const tables = [
      'members', 'colleges', 'delegates', 'delegate_requests', 'people', 'bylaw_settings', 'audit_log', 'refresh_tokens', 'mail_outbox', 'password_tokens',
      'board_seats', 'board_terms', 'board_officers',
      'board_meetings', 'board_agenda_items', 'board_documents', 'board_attendance', 'board_conflicts', 'board_resolutions', 'board_resolution_votes', 'board_action_items',
      'minutes', 'minutes_signatures', 'minutes_files', 'archive_entries',
      'assemblies', 'assembly_agenda_items', 'assembly_documents', 'assembly_staff', 'assembly_registrations', 'assembly_attendance_log', 'assembly_proxies', 'assembly_speakers', 'assembly_events',
    ];
    const parts = await Promise.all(tables.map(async (table) => (await t.ds.query(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`))[0].h));
    return parts.join(',');
  };

  beforeAll(async () => {
    t = await createTestApp();
    f = { t, collegeId: (await createCollege(t.ds, { code: 'access', seatCount: 35 })).id, personOf: (caller) => ids.get(tokens.get(caller) ?? '') ?? '' };
    const server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const caller of SIGNED_IN) tokens.set(caller, await signIn(caller));
  });
  afterAll(() => t.close());

  it('has a row for every endpoint the API documents, and none for an endpoint that does not exist', async () => {
    const doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    const inTable = TABLE.filter((r) => r.path !== '/api/docs/openapi.json').map((r) => `${r.method} ${r.path}`);
    expect([...inTable].sort()).toEqual([...documented].sort());
  });

  const cases = TABLE.flatMap((row) => CALLERS.map((caller) => [`${row.method} ${row.path} as ${caller}`, row, caller] as const));

  it.each(cases)('%s', async (_name, row, caller) => {
    const allowed = row.allowed.includes(caller);
    const prepared = (await row.prepare?.(f)) ?? {};
    // A delegate of the very member the call is about, when it is about one.
    const aboutMember = row.path.startsWith('/api/members/{id}') ? prepared.params?.['id'] : undefined;
    const token =
      caller === 'anonymous' ? null : row.ownAccount || (caller === 'own_delegate' && aboutMember) ? await signIn(caller, aboutMember) : tokens.get(caller)!;
    const url = row.path.replace(/\{(\w+)\}/g, (_, k: string) => prepared.params?.[k] ?? '00000000-0000-4000-8000-000000000000');
    // A fresh assembly per case: the shared delegate callers register in it first.
    if (row.registerCaller && token && (caller === 'delegate' || caller === 'own_delegate')) {
      const personId = ids.get(token)!;
      const [{ member_id: memberId }] = await t.ds.query(`SELECT member_id FROM delegates WHERE person_id = $1 AND ended_at IS NULL`, [personId]);
      const registrationId = await registerDirect(t, prepared.params!['id'], personId, memberId);
      if (row.registerCaller === 'present') await t.ds.query(`UPDATE assembly_registrations SET present = true, mode = 'online', checked_in_at = now() WHERE id = $1`, [registrationId]);
    }
    const before = allowed ? '' : await fingerprint();
    let req = t.http[row.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](url);
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    if (prepared.type) req = req.set('Content-Type', prepared.type);
    for (const [name, value] of Object.entries(prepared.headers ?? {})) req = req.set(name, value);
    const body = row.self && caller === 'board_member' && token ? { ...(prepared.body as object), personId: ids.get(token) } : prepared.body;
    for (const [name, value] of Object.entries(prepared.fields ?? {})) req = req.field(name, value);
    const res = row.stream
      ? await streamHeaders(base, url, token)
      : prepared.file
        ? await req.attach('file', prepared.file.buffer, prepared.file.name)
        : body !== undefined
          ? await req.send(body)
          : await req;
    if (allowed) {
      expect({ status: res.status, body: res.status === row.ok ? null : res.body }).toEqual({ status: row.ok, body: null });
    } else {
      expect(res.status).toBe(caller === 'anonymous' ? 401 : 403);
      expect(res.body.code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : (row.refusedCodes?.[caller] ?? 'FORBIDDEN'));
      expect(await fingerprint()).toBe(before);
    }
  });
});

/** An event stream's answer: its status, and the error body when refused (an open stream is closed once its headers arrive). */
async function streamHeaders(base: string, url: string, token: string | null): Promise<{ status: number; body: { code?: string } | null }> {
  const c = await openSse(base, url, token ? { Authorization: `Bearer ${token}` } : {});
  if (c.status === 200) {
    c.close();
    return { status: 200, body: null };
  }
  await c.ended;
  return { status: c.status, body: JSON.parse(c.body) as { code?: string } };
}
