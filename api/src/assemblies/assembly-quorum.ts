import type { AssemblyQuorum, QuorumType } from '@concerto/contracts';
import { assemblyQuorum } from '@concerto/domain';
import type { EntityManager } from 'typeorm';

/**
 * Live attendance and quorum of an assembly, in one query: delegates present (hall, online), the
 * proxies they hold, the votes registered, the member organizations represented. Every screen's
 * count comes from here.
 */
export async function loadAssemblyQuorum(em: EntityManager, assemblyId: string): Promise<AssemblyQuorum> {
  const [r] = await em.query<
    {
      quorum_type: QuorumType;
      quorum_value: number;
      registered: number;
      present_hall: number;
      present_online: number;
      proxies_held: number;
      proxies_given: number;
      members_represented: number;
    }[]
  >(
    `SELECT a.quorum_type, a.quorum_value,
       (SELECT count(*)::int FROM assembly_registrations r WHERE r.assembly_id = a.id) AS registered,
       (SELECT count(*)::int FROM assembly_registrations r WHERE r.assembly_id = a.id AND r.present AND r.mode = 'hall') AS present_hall,
       (SELECT count(*)::int FROM assembly_registrations r WHERE r.assembly_id = a.id AND r.present AND r.mode = 'online') AS present_online,
       (SELECT count(*)::int FROM assembly_proxies p JOIN assembly_registrations r ON r.id = p.holder_registration_id WHERE p.assembly_id = a.id AND r.present) AS proxies_held,
       (SELECT count(*)::int FROM assembly_proxies p WHERE p.assembly_id = a.id) AS proxies_given,
       (SELECT count(DISTINCT m)::int FROM (
          SELECT r.member_id AS m FROM assembly_registrations r WHERE r.assembly_id = a.id AND r.present
          UNION ALL
          SELECT p.giver_member_id FROM assembly_proxies p JOIN assembly_registrations r ON r.id = p.holder_registration_id WHERE p.assembly_id = a.id AND r.present
        ) x) AS members_represented
     FROM assemblies a WHERE a.id = $1`,
    [assemblyId],
  );
  const present = r.present_hall + r.present_online;
  const votesPresent = present + r.proxies_held;
  const votesRegistered = r.registered + r.proxies_given;
  const { required, met } = assemblyQuorum(votesPresent, votesRegistered, { type: r.quorum_type, value: r.quorum_value });
  return {
    present,
    presentHall: r.present_hall,
    presentOnline: r.present_online,
    proxiesHeld: r.proxies_held,
    votesPresent,
    votesRegistered,
    registered: r.registered,
    membersRepresented: r.members_represented,
    required,
    met,
    type: r.quorum_type,
    value: r.quorum_value,
  };
}
