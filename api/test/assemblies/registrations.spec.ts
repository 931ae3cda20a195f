import type { AssemblyDetail, AssemblyProxy, AssemblyRegistration, CredentialCandidate, ProxyHolderCandidate } from '@concerto/contracts';
import { count, createMember, daysFromToday } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { createAssembly, delegateOf, nameOnDesk } from './assembly-fixtures';

// Each delegate who acts for themselves signs in (argon2): a few tests create a dozen of them.
jest.setTimeout(90_000);

describe('general assemblies: credentials, proxies, attendance', () => {
  let t: TestApp;
  let desk: { id: string; token: string };
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const events = (id: string) => count(t.ds, 'audit_log', `stream = 'assemblies' AND coalesce(after, before)->>'assemblyId' = $1`, [id]);
  const liveEvents = async (id: string) => (await t.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM assembly_events WHERE assembly_id = $1 AND type = 'attendance.changed'`, [id]))[0].n;
  /** A convened assembly with the secretary on its desk. */
  const assembly = async (o: Parameters<typeof createAssembly>[1] = {}) => {
    const id = await createAssembly(t, o);
    await nameOnDesk(t, id, desk.id);
    return id;
  };
  const deskRegister = (id: string, personId: string) => t.http.post(`/api/assemblies/${id}/registrations`).set(as(desk.token)).send({ personId });

  beforeAll(async () => {
    t = await createTestApp();
    const s = await t.personWith(['secretary']);
    desk = { id: s.person.id, token: s.token };
  });
  afterAll(() => t.close());

  describe('credentials', () => {
    it('registers an eligible delegate at the desk (channel desk), audited, with an attendance event', async () => {
      const id = await assembly();
      const d = await delegateOf(t, undefined, { fullName: 'Élodie Tremblay' });
      const res = await deskRegister(id, d.person.id).expect(201);
      expect(res.body as AssemblyRegistration).toMatchObject({ personId: d.person.id, fullName: 'Élodie Tremblay', memberId: d.memberId, channel: 'desk', present: false, mode: null, proxies: [] });
      expect(await count(t.ds, 'audit_log', `action = 'assembly_registration.registered' AND target_id = $1`, [res.body.id])).toBe(1);
      expect(await liveEvents(id)).toBe(1);
      const [ev] = await t.ds.query(`SELECT payload FROM assembly_events WHERE assembly_id = $1`, [id]);
      expect(ev.payload).toMatchObject({ type: 'attendance.changed', quorum: { registered: 1, present: 0, votesRegistered: 1 } });
      expect((await deskRegister(id, d.person.id).expect(409)).body.code).toBe('ALREADY_REGISTERED');
    });

    it('refuses a delegate of a suspended member, of a member lapsed on the assembly’s date though in good standing today, an inactive account and a non-delegate (409), changing nothing', async () => {
      const id = await assembly({ days: 20 });
      const suspended = await delegateOf(t, undefined, { member: { suspended: true } });
      const lapsing = await delegateOf(t, undefined, { member: { duesPaidUntil: await daysFromToday(t.ds, 10) } });
      const inactive = await delegateOf(t, undefined, { active: false });
      const nobody = (await t.personWith([])).person;
      const before = await count(t.ds, 'audit_log');
      const codes = [];
      for (const p of [suspended.person.id, lapsing.person.id, inactive.person.id, nobody.id]) codes.push((await deskRegister(id, p)).body.code);
      expect(codes).toEqual(['MEMBER_SUSPENDED', 'MEMBER_LAPSED', 'ACCOUNT_INACTIVE', 'NOT_A_DELEGATE']);
      expect(await count(t.ds, 'audit_log')).toBe(before);
      expect(await liveEvents(id)).toBe(0);
      // Still in good standing today: the lapsing member's delegate may register for an assembly before the dues end.
      const soon = await assembly({ days: 5 });
      await deskRegister(soon, lapsing.person.id).expect(201);
    });

    it('keeps a member within its delegate limit, counting proxies its delegates gave', async () => {
      const id = await assembly({ rules: { delegatesPerMember: 2 } });
      const member = await createMember(t.ds);
      const [a, b, c] = [await delegateOf(t, member.id), await delegateOf(t, member.id), await delegateOf(t, member.id)];
      await deskRegister(id, a.person.id).expect(201);
      await deskRegister(id, b.person.id).expect(201);
      const over = await deskRegister(id, c.person.id).expect(409);
      expect(over.body.code).toBe('DELEGATE_LIMIT_REACHED');
      // A proxy counts as the member's vote too.
      const id2 = await assembly({ rules: { delegatesPerMember: 2 } });
      const other = await delegateOf(t);
      const holder = (await deskRegister(id2, other.person.id).expect(201)).body.id as string;
      await deskRegister(id2, a.person.id).expect(201);
      await t.http.post(`/api/assemblies/${id2}/proxies`).set(as(desk.token)).send({ giverPersonId: b.person.id, holderRegistrationId: holder }).expect(201);
      expect((await deskRegister(id2, c.person.id).expect(409)).body.code).toBe('DELEGATE_LIMIT_REACHED');
    });

    it('decides ten simultaneous registrations for a member with a limit of 2 under the assembly’s lock: exactly 2 succeed, the rest 409', async () => {
      const id = await assembly({ rules: { delegatesPerMember: 2 } });
      const member = await createMember(t.ds);
      const delegates = [];
      for (let i = 0; i < 10; i++) delegates.push(await delegateOf(t, member.id));
      const results = await Promise.all(delegates.map((d) => t.http.post(`/api/assemblies/${id}/register`).set(as(d.token))));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 201, 409, 409, 409, 409, 409, 409, 409, 409]);
      expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'DELEGATE_LIMIT_REACHED')).toBe(true);
      expect(await t.ds.query(`SELECT count(*)::int AS n FROM assembly_registrations WHERE assembly_id = $1`, [id])).toEqual([{ n: 2 }]);
      // The same person twice at once: one registration, one 409.
      const d = await delegateOf(t);
      const twice = await Promise.all([0, 1].map(() => t.http.post(`/api/assemblies/${id}/register`).set(as(d.token))));
      expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    });

    it('takes registrations only while convened or in session', async () => {
      for (const status of ['draft', 'closed', 'cancelled'] as const) {
        const id = await assembly({ status });
        const d = await delegateOf(t);
        expect((await t.http.post(`/api/assemblies/${id}/register`).set(as(d.token)).expect(409)).body.code).toBe('ASSEMBLY_NOT_CONVENED');
      }
      const live = await assembly({ status: 'in_session' });
      await deskRegister(live, (await delegateOf(t)).person.id).expect(201);
    });

    it('finds delegates as-you-type by their name or their member’s, without accents, at most 20, with their eligibility', async () => {
      const id = await assembly();
      const member = await createMember(t.ds, { legalName: 'Coopérative du Cœur-Québécois' });
      const d = await delegateOf(t, member.id, { fullName: 'Hélène Bérubé-Côté' });
      const suspended = await delegateOf(t, undefined, { fullName: 'Hélène Suspendue', member: { suspended: true } });
      const reg = (await deskRegister(id, d.person.id).expect(201)).body.id as string;
      const byName = (await t.http.get(`/api/assemblies/${id}/credentials`).query({ q: 'HELENE' }).set(as(desk.token)).expect(200)).body as CredentialCandidate[];
      expect(byName.map((c) => c.personId).sort()).toEqual([d.person.id, suspended.person.id].sort());
      expect(byName.find((c) => c.personId === d.person.id)).toMatchObject({ memberName: 'Coopérative du Cœur-Québécois', registrationId: reg, ineligibility: null });
      expect(byName.find((c) => c.personId === suspended.person.id)).toMatchObject({ registrationId: null, ineligibility: 'MEMBER_SUSPENDED' });
      const byMember = (await t.http.get(`/api/assemblies/${id}/credentials`).query({ q: 'coeur-queb' }).set(as(desk.token)).expect(200)).body as CredentialCandidate[];
      expect(byMember.map((c) => c.personId)).toEqual([d.person.id]);
      const member2 = await createMember(t.ds, { legalName: 'Réseau Vingt-Cinq' });
      // Twenty-five more delegates, written at once (no sign-in needed).
      await t.ds.query(
        `WITH p AS (INSERT INTO people (email, password_hash, full_name) SELECT 'vingt' || g || '-' || $2 || '@test.concerto', 'x', 'Délégué ' || g FROM generate_series(1, 25) g RETURNING id)
         INSERT INTO delegates (member_id, person_id) SELECT $1, p.id FROM p`,
        [member2.id, member2.id.slice(0, 8)],
      );
      expect(((await t.http.get(`/api/assemblies/${id}/credentials`).query({ q: 'vingt-cinq' }).set(as(desk.token)).expect(200)).body as unknown[]).length).toBe(20);
    });
  });

  describe('proxies', () => {
    it('lets an eligible, unregistered delegate give one proxy to a registered one, up to the holder’s limit', async () => {
      const id = await assembly({ rules: { maxProxiesPerDelegate: 1 } });
      const holder = await delegateOf(t);
      const holderReg = (await deskRegister(id, holder.person.id).expect(201)).body.id as string;
      const giver = await delegateOf(t, undefined, { fullName: 'Gilles Donneur' });
      const p = (await t.http.post(`/api/assemblies/${id}/proxy`).set(as(giver.token)).send({ holderPersonId: holder.person.id }).expect(201)).body as AssemblyProxy;
      expect(p).toMatchObject({ giverPersonId: giver.person.id, giverName: 'Gilles Donneur', holderRegistrationId: holderReg });
      expect((await t.http.post(`/api/assemblies/${id}/proxy`).set(as(giver.token)).send({ holderPersonId: holder.person.id }).expect(409)).body.code).toBe('PROXY_ALREADY_GIVEN');
      const second = await delegateOf(t);
      expect((await t.http.post(`/api/assemblies/${id}/proxies`).set(as(desk.token)).send({ giverPersonId: second.person.id, holderRegistrationId: holderReg }).expect(409)).body.code).toBe(
        'PROXY_LIMIT_REACHED',
      );
      // A proxy giver cannot register; a registered person cannot give a proxy.
      expect((await t.http.post(`/api/assemblies/${id}/register`).set(as(giver.token)).expect(409)).body.code).toBe('PROXY_GIVER_CANNOT_REGISTER');
      const other = await delegateOf(t);
      const otherReg = (await deskRegister(id, other.person.id).expect(201)).body.id as string;
      expect((await t.http.post(`/api/assemblies/${id}/proxies`).set(as(desk.token)).send({ giverPersonId: other.person.id, holderRegistrationId: holderReg }).expect(409)).body.code).toBe(
        'PROXY_GIVER_REGISTERED',
      );
      // Giving a second proxy elsewhere in the same assembly: 409.
      expect((await t.http.post(`/api/assemblies/${id}/proxies`).set(as(desk.token)).send({ giverPersonId: giver.person.id, holderRegistrationId: otherReg }).expect(409)).body.code).toBe(
        'PROXY_ALREADY_GIVEN',
      );
      // The holder cannot be unregistered while holding it; withdrawn, it frees the holder.
      expect((await t.http.delete(`/api/assemblies/${id}/registrations/${holderReg}`).set(as(desk.token)).expect(409)).body.code).toBe('REGISTRATION_HOLDS_PROXIES');
      await t.http.delete(`/api/assemblies/${id}/proxies/${p.id}`).set(as(desk.token)).expect(204);
      await t.http.delete(`/api/assemblies/${id}/registrations/${holderReg}`).set(as(desk.token)).expect(204);
      expect(await count(t.ds, 'audit_log', `action = 'assembly_proxy.given' AND target_id = $1`, [p.id])).toBe(1);
      expect(await count(t.ds, 'audit_log', `action = 'assembly_proxy.revoked' AND target_id = $1`, [p.id])).toBe(1);
      expect(await count(t.ds, 'audit_log', `action = 'assembly_registration.cancelled' AND target_id = $1`, [holderReg])).toBe(1);
    });

    it('shows a delegate who cannot attend the registered delegates who may still take a proxy, and then whom they gave it to', async () => {
      const id = await assembly({ rules: { proxiesAllowed: true, maxProxiesPerDelegate: 1 } });
      const full = await delegateOf(t, undefined, { fullName: 'Zoé Pleine' });
      const free = await delegateOf(t, undefined, { fullName: 'Zacharie Libre' });
      for (const d of [full, free]) await deskRegister(id, d.person.id).expect(201);
      await t.http.post(`/api/assemblies/${id}/proxy`).set(as((await delegateOf(t)).token)).send({ holderPersonId: full.person.id }).expect(201);
      const giver = await delegateOf(t);
      const holders = (await t.http.get(`/api/assemblies/${id}/proxy-holders?q=zo`).set(as(giver.token)).expect(200)).body as ProxyHolderCandidate[];
      expect(holders).toEqual([]);
      const all = (await t.http.get(`/api/assemblies/${id}/proxy-holders?q=z`).set(as(giver.token)).expect(200)).body as ProxyHolderCandidate[];
      expect(all).toEqual([{ personId: free.person.id, fullName: 'Zacharie Libre', memberName: expect.any(String), proxiesHeld: 0 }]);
      expect(((await t.http.get(`/api/assemblies/${id}`).set(as(giver.token)).expect(200)).body as AssemblyDetail).you.proxyGivenTo).toBeNull();
      await t.http.post(`/api/assemblies/${id}/proxy`).set(as(giver.token)).send({ holderPersonId: free.person.id }).expect(201);
      expect(((await t.http.get(`/api/assemblies/${id}`).set(as(giver.token)).expect(200)).body as AssemblyDetail).you.proxyGivenTo).toBe('Zacharie Libre');
      // No proxies under the rules: nobody to choose.
      const none = await assembly({ rules: { proxiesAllowed: false, maxProxiesPerDelegate: 0 } });
      await deskRegister(none, (await delegateOf(t)).person.id).expect(201);
      expect((await t.http.get(`/api/assemblies/${none}/proxy-holders`).set(as(giver.token)).expect(200)).body).toEqual([]);
    });

    it('refuses proxies under the cooperative preset or when the rules forbid them, and from an ineligible giver', async () => {
      for (const rules of [{ preset: 'cooperative' as const, proxiesAllowed: false, maxProxiesPerDelegate: 0 }, { proxiesAllowed: false, maxProxiesPerDelegate: 0 }]) {
        const id = await assembly({ rules });
        const holder = await delegateOf(t);
        await deskRegister(id, holder.person.id).expect(201);
        const giver = await delegateOf(t);
        expect((await t.http.post(`/api/assemblies/${id}/proxy`).set(as(giver.token)).send({ holderPersonId: holder.person.id }).expect(409)).body.code).toBe('PROXIES_NOT_ALLOWED');
      }
      const id = await assembly();
      const holder = await delegateOf(t);
      await deskRegister(id, holder.person.id).expect(201);
      const suspended = await delegateOf(t, undefined, { member: { suspended: true } });
      expect((await t.http.post(`/api/assemblies/${id}/proxy`).set(as(suspended.token)).send({ holderPersonId: holder.person.id }).expect(409)).body.code).toBe('MEMBER_SUSPENDED');
      const unregistered = await delegateOf(t);
      const giver = await delegateOf(t);
      expect((await t.http.post(`/api/assemblies/${id}/proxy`).set(as(giver.token)).send({ holderPersonId: unregistered.person.id }).expect(409)).body.code).toBe('HOLDER_NOT_REGISTERED');
    });
  });

  describe('attendance and the live quorum', () => {
    it('checks in at the hall and online, counts proxies held by those present, and checks out; twice in or out is 409', async () => {
      const id = await assembly({ rules: { quorumType: 'count', quorumValue: 4, maxProxiesPerDelegate: 2 } });
      const [a, b] = [await delegateOf(t), await delegateOf(t)];
      const ra = (await deskRegister(id, a.person.id).expect(201)).body.id as string;
      await t.http.post(`/api/assemblies/${id}/register`).set(as(b.token)).expect(201);
      const g1 = await delegateOf(t);
      const g2 = await delegateOf(t);
      await t.http.post(`/api/assemblies/${id}/proxies`).set(as(desk.token)).send({ giverPersonId: g1.person.id, holderRegistrationId: ra }).expect(201);
      await t.http.post(`/api/assemblies/${id}/proxies`).set(as(desk.token)).send({ giverPersonId: g2.person.id, holderRegistrationId: ra }).expect(201);
      const quorum = async () => ((await t.http.get(`/api/assemblies/${id}`).set(as(desk.token)).expect(200)).body as AssemblyDetail).live.quorum;
      expect(await quorum()).toMatchObject({ present: 0, registered: 2, votesRegistered: 4, votesPresent: 0, required: 4, met: false });

      const inHall = (await t.http.post(`/api/assemblies/${id}/registrations/${ra}/check-in`).set(as(desk.token)).send({ mode: 'hall' }).expect(200)).body as AssemblyRegistration;
      expect(inHall).toMatchObject({ present: true, mode: 'hall' });
      expect(inHall.proxies).toHaveLength(2);
      expect(await quorum()).toMatchObject({ present: 1, presentHall: 1, presentOnline: 0, proxiesHeld: 2, votesPresent: 3, membersRepresented: 3, met: false });
      expect((await t.http.post(`/api/assemblies/${id}/registrations/${ra}/check-in`).set(as(desk.token)).send({ mode: 'online' }).expect(409)).body.code).toBe('ALREADY_CHECKED_IN');

      // The delegate checks in online; the hall is the desk's.
      expect((await t.http.post(`/api/assemblies/${id}/check-in`).set(as(b.token)).send({ mode: 'hall' })).status).toBe(400);
      await t.http.post(`/api/assemblies/${id}/check-in`).set(as(b.token)).send({ mode: 'online' }).expect(200);
      const detail = (await t.http.get(`/api/assemblies/${id}`).set(as(b.token)).expect(200)).body as AssemblyDetail;
      expect(detail).toMatchObject({ registered: true, present: true, you: { present: true, proxiesHeld: 0, ineligibility: null } });
      expect(detail.live.quorum).toMatchObject({ present: 2, presentOnline: 1, votesPresent: 4, met: true });
      expect((await t.http.post(`/api/assemblies/${id}/check-out`).set(as(a.token)).expect(409)).body.code).toBe('HALL_PRESENCE_BY_DESK');
      await t.http.post(`/api/assemblies/${id}/check-out`).set(as(b.token)).expect(200);
      expect((await t.http.post(`/api/assemblies/${id}/check-out`).set(as(b.token)).expect(409)).body.code).toBe('NOT_CHECKED_IN');
      await t.http.post(`/api/assemblies/${id}/registrations/${ra}/check-out`).set(as(desk.token)).expect(200);
      expect(await quorum()).toMatchObject({ present: 0, proxiesHeld: 0, votesPresent: 0, met: false });
      // Every change published the quorum and wrote the log.
      expect(await liveEvents(id)).toBe(8);
      expect(await t.ds.query(`SELECT l.kind, l.mode FROM assembly_attendance_log l JOIN assembly_registrations r ON r.id = l.registration_id WHERE r.assembly_id = $1 ORDER BY l.id`, [id])).toEqual([
        { kind: 'in', mode: 'hall' },
        { kind: 'in', mode: 'online' },
        { kind: 'out', mode: 'online' },
        { kind: 'out', mode: 'hall' },
      ]);
      // Once checked in, a registration stays.
      expect((await t.http.delete(`/api/assemblies/${id}/register`).set(as(b.token)).expect(409)).body.code).toBe('REGISTRATION_CHECKED_IN');
      // Registered twice, two proxies, in twice, out twice: eight entries in the log.
      expect(await events(id)).toBe(8);
    });

    it('filters the desk’s list by presence and name', async () => {
      const id = await assembly();
      const a = await delegateOf(t, undefined, { fullName: 'Amélie Présente' });
      const b = await delegateOf(t, undefined, { fullName: 'Bruno Absent' });
      const ra = (await deskRegister(id, a.person.id).expect(201)).body.id as string;
      await deskRegister(id, b.person.id).expect(201);
      await t.http.post(`/api/assemblies/${id}/registrations/${ra}/check-in`).set(as(desk.token)).send({ mode: 'hall' }).expect(200);
      const present = (await t.http.get(`/api/assemblies/${id}/registrations`).query({ present: 'true' }).set(as(desk.token)).expect(200)).body as AssemblyRegistration[];
      expect(present.map((r) => r.fullName)).toEqual(['Amélie Présente']);
      const absent = (await t.http.get(`/api/assemblies/${id}/registrations`).query({ present: 'false', q: 'bruno' }).set(as(desk.token)).expect(200)).body as AssemblyRegistration[];
      expect(absent.map((r) => r.fullName)).toEqual(['Bruno Absent']);
      const byAccent = (await t.http.get(`/api/assemblies/${id}/registrations`).query({ q: 'amelie presente' }).set(as(desk.token)).expect(200)).body as AssemblyRegistration[];
      expect(byAccent.map((r) => r.fullName)).toEqual(['Amélie Présente']);
    });
  });

  describe('access to the desk', () => {
    it('refuses the desk of another assembly (403) and the desk to a delegate (403), changing nothing', async () => {
      const mine = await assembly();
      const other = await createAssembly(t);
      const otherDesk = await t.personWith(['election_officer']);
      await nameOnDesk(t, other, otherDesk.person.id);
      const d = await delegateOf(t);
      const before = await count(t.ds, 'audit_log');
      expect((await t.http.post(`/api/assemblies/${mine}/registrations`).set(as(otherDesk.token)).send({ personId: d.person.id })).status).toBe(403);
      expect((await t.http.get(`/api/assemblies/${mine}/credentials`).query({ q: 'a' }).set(as(otherDesk.token))).status).toBe(403);
      expect((await t.http.get(`/api/assemblies/${mine}/registrations`).set(as(d.token))).status).toBe(403);
      expect((await t.http.post(`/api/assemblies/${mine}/registrations`).set(as(d.token)).send({ personId: d.person.id })).status).toBe(403);
      expect(await count(t.ds, 'audit_log')).toBe(before);
      // Its chair sits at the desk too.
      const chair = await t.personWith(['assembly_chair']);
      await nameOnDesk(t, mine, chair.person.id, 'chair');
      await t.http.post(`/api/assemblies/${mine}/registrations`).set(as(chair.token)).send({ personId: d.person.id }).expect(201);
    });
  });
});
