import { type AssemblyAgendaItem, type AssemblyLiveState, type AssemblyStatus, type Speaker } from '@concerto/contracts';
import { speakingOrder } from '@concerto/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { loadAssemblyQuorum } from '../assemblies/assembly-quorum';
import type { Actor } from '../common/actor';
import { assemblyDuties, assemblyVisible } from '../common/access';
import { assemblySessionError } from './assembly-session.errors';

interface ItemRow {
  id: string;
  position: number;
  kind: AssemblyAgendaItem['kind'];
  title_fr: string;
  title_en: string;
  body_fr: string | null;
  body_en: string | null;
  status: AssemblyAgendaItem['status'];
}

const ITEM_COLUMNS = `i.id, i.position, i.kind, i.title_fr, i.title_en, i.body_fr, i.body_en, i.status`;

export function agendaItemView(r: ItemRow): AssemblyAgendaItem {
  return { id: r.id, position: r.position, kind: r.kind, titleFr: r.title_fr, titleEn: r.title_en, bodyFr: r.body_fr, bodyEn: r.body_en, status: r.status };
}

/** The agenda item under way, or null. */
export async function loadCurrentItem(em: EntityManager, assemblyId: string): Promise<AssemblyAgendaItem | null> {
  const rows = await em.query<ItemRow[]>(
    `SELECT ${ITEM_COLUMNS} FROM assemblies a JOIN assembly_agenda_items i ON i.id = a.current_item_id WHERE a.id = $1`,
    [assemblyId],
  );
  return rows[0] ? agendaItemView(rows[0]) : null;
}

/**
 * The speakers list as every screen shows it: the one who has the floor, then those waiting in the
 * order they will speak (questions of privilege and points of order first, then by request time).
 */
export async function loadSpeakers(em: EntityManager, assemblyId: string): Promise<Speaker[]> {
  const rows = await em.query<
    { id: string; person_id: string; full_name: string; member_name: string; kind: Speaker['kind']; status: Speaker['status']; requested_at: Date; started_at: Date | null }[]
  >(
    `SELECT s.id, s.person_id, p.full_name, m.legal_name AS member_name, s.kind, s.status, s.requested_at, s.started_at
       FROM assembly_speakers s
       JOIN people p ON p.id = s.person_id
       JOIN assembly_registrations r ON r.id = s.registration_id
       JOIN members m ON m.id = r.member_id
      WHERE s.assembly_id = $1 AND s.status IN ('waiting', 'speaking')`,
    [assemblyId],
  );
  const all: Speaker[] = rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    fullName: r.full_name,
    memberName: r.member_name,
    kind: r.kind,
    status: r.status,
    requestedAt: r.requested_at.toISOString(),
    startedAt: r.started_at ? r.started_at.toISOString() : null,
  }));
  return [...all.filter((s) => s.status === 'speaking'), ...speakingOrder(all.filter((s) => s.status === 'waiting'))];
}

/**
 * The live part of an assembly (current item, attendance and quorum, speakers, the last event
 * seq). Consistent when `em` reads one snapshot: inside the change's transaction (which holds the
 * assembly's row), or through `snapshotLiveState`.
 */
export async function loadLiveState(em: EntityManager, assemblyId: string): Promise<AssemblyLiveState> {
  const [a] = await em.query<{ status: AssemblyStatus; speaker_seconds: number; event_seq: string }[]>(
    `SELECT status, speaker_seconds, event_seq FROM assemblies WHERE id = $1`,
    [assemblyId],
  );
  if (!a) throw assemblySessionError('ASSEMBLY_NOT_FOUND');
  const currentItem = await loadCurrentItem(em, assemblyId);
  const quorum = await loadAssemblyQuorum(em, assemblyId);
  const speakers = await loadSpeakers(em, assemblyId);
  return { assemblyId, status: a.status, currentItem, quorum, speakers, speakerSeconds: a.speaker_seconds, seq: Number(a.event_seq) };
}

/** `loadLiveState` in a read-only REPEATABLE READ transaction: the counts, the list and `seq` of one instant. */
export function snapshotLiveState(ds: DataSource, assemblyId: string): Promise<AssemblyLiveState> {
  return ds.transaction('REPEATABLE READ', async (em) => {
    await em.query('SET TRANSACTION READ ONLY');
    return loadLiveState(em, assemblyId);
  });
}

/** The room display's copy: the speakers' names (public in the hall), without their person ids. */
export function displayLiveState(live: AssemblyLiveState): AssemblyLiveState {
  return { ...live, speakers: live.speakers.map((s) => ({ ...s, personId: '' })) };
}

/**
 * An assembly the actor may read (assemblies.read, checked by the guard): any convened, running,
 * closed or cancelled one; a draft only for those who edit assemblies (assemblies.write) and the
 * staff named on it. Otherwise 404, as if it did not exist. Returns its current event seq.
 */
export async function requireVisibleAssembly(em: EntityManager, actor: Actor, assemblyId: string): Promise<{ status: AssemblyStatus; eventSeq: number }> {
  const [a] = await em.query<{ status: AssemblyStatus; event_seq: string }[]>(`SELECT status, event_seq FROM assemblies WHERE id = $1`, [assemblyId]);
  if (!a) throw assemblySessionError('ASSEMBLY_NOT_FOUND');
  const duties = a.status === 'draft' && actor.id ? await assemblyDuties(em, assemblyId, actor.id) : [];
  if (!assemblyVisible(a.status, actor.roles, duties)) throw assemblySessionError('ASSEMBLY_NOT_FOUND');
  return { status: a.status, eventSeq: Number(a.event_seq) };
}
