import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  can,
  type AssemblyAgendaItem,
  type AssemblyDetail,
  type AssemblyDocument,
  type AssemblyStaffMember,
  type AssemblySummary,
  type Convocation,
} from '@concerto/contracts';
import { credentialRefusal } from '@concerto/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { assemblyDuties, assemblyVisible } from '../common/access';
import { STANDING_SQL } from '../members/member-queries';
import { loadLiveState } from '../assembly-session/live-state';
import { delegateFacts, proxyGivenTo, LOCAL_DATE_SQL, memberVotes, rulesOf, standingOn } from './assembly-queries';
import { assembliesError } from './assemblies.errors';

interface SummaryRow extends Omit<AssemblySummary, 'startsAt' | 'convenedAt'> {
  startsAt: Date;
  convenedAt: Date | null;
}

const SUMMARY_COLUMNS = `a.id, a.kind, a.title_fr AS "titleFr", a.title_en AS "titleEn", a.starts_at AS "startsAt", a.place, a.video_url AS "videoUrl",
  a.status, a.convened_at AS "convenedAt", (r.id IS NOT NULL) AS registered, coalesce(r.present, false) AS present`;

const toSummary = (r: SummaryRow): AssemblySummary => ({
  id: r.id,
  kind: r.kind,
  titleFr: r.titleFr,
  titleEn: r.titleEn,
  startsAt: r.startsAt.toISOString(),
  place: r.place,
  videoUrl: r.videoUrl,
  status: r.status,
  convenedAt: r.convenedAt?.toISOString() ?? null,
  registered: r.registered,
  present: r.present,
});

const AGENDA_COLUMNS = `id, position, kind, title_fr AS "titleFr", title_en AS "titleEn", body_fr AS "bodyFr", body_en AS "bodyEn", status`;

/** What every screen reads of an assembly: the list, one assembly with its live state, the convocations of a delegate. */
@Injectable()
export class AssemblyViewService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Assemblies, newest first; drafts only to those who prepare them and their named staff (as `assemblyVisible`). */
  async list(actor: Actor): Promise<AssemblySummary[]> {
    const rows = await this.ds.query<SummaryRow[]>(
      `SELECT ${SUMMARY_COLUMNS} FROM assemblies a
         LEFT JOIN assembly_registrations r ON r.assembly_id = a.id AND r.person_id = $1
        WHERE $2 OR a.status <> 'draft' OR EXISTS (SELECT 1 FROM assembly_staff s WHERE s.assembly_id = a.id AND s.person_id = $1)
        ORDER BY a.starts_at DESC, a.id`,
      [actor.id || null, can(actor.roles, 'assemblies.write')],
    );
    return rows.map(toSummary);
  }

  async get(actor: Actor, id: string, em: EntityManager = this.ds.manager): Promise<AssemblyDetail> {
    const [row] = await em.query<(SummaryRow & Record<string, unknown>)[]>(
      `SELECT ${SUMMARY_COLUMNS}, a.preset, a.notice_period_days AS "noticePeriodDays", a.quorum_type AS "quorumType", a.quorum_value AS "quorumValue",
              a.proxies_allowed AS "proxiesAllowed", a.max_proxies_per_delegate AS "maxProxiesPerDelegate", a.delegates_per_member AS "delegatesPerMember",
              a.speaker_seconds AS "speakerSeconds", a.current_item_id AS "currentItemId", a.event_seq AS "eventSeq", ${LOCAL_DATE_SQL('a.starts_at')} AS date,
              r.id AS "registrationId"
         FROM assemblies a LEFT JOIN assembly_registrations r ON r.assembly_id = a.id AND r.person_id = $2
        WHERE a.id = $1`,
      [id, actor.id || null],
    );
    // A draft: for those who edit assemblies and the staff already named on it (as its live state and stream).
    const duties = row && actor.id ? await assemblyDuties(em, id, actor.id) : [];
    if (!row || !assemblyVisible(row.status, actor.roles, duties)) throw assembliesError('ASSEMBLY_NOT_FOUND');
    const detail = row as unknown as SummaryRow & AssemblyDetail['rules'] & { currentItemId: string | null; eventSeq: string; date: string; registrationId: string | null };
    const [agenda, documents, staff, proxies, live] = await Promise.all([
      em.query<AssemblyAgendaItem[]>(`SELECT ${AGENDA_COLUMNS} FROM assembly_agenda_items WHERE assembly_id = $1 ORDER BY position`, [id]),
      em.query<(Omit<AssemblyDocument, 'createdAt'> & { createdAt: Date })[]>(
        `SELECT id, title_fr AS "titleFr", title_en AS "titleEn", file_name AS "fileName", media_type AS "mediaType", size_bytes AS "sizeBytes", sha256, created_at AS "createdAt"
           FROM assembly_documents WHERE assembly_id = $1 ORDER BY created_at, id`,
        [id],
      ),
      em.query<AssemblyStaffMember[]>(
        `SELECT s.person_id AS "personId", p.full_name AS "fullName", s.duty FROM assembly_staff s JOIN people p ON p.id = s.person_id
          WHERE s.assembly_id = $1 ORDER BY s.duty, p.full_name, p.id`,
        [id],
      ),
      detail.registrationId
        ? em.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM assembly_proxies WHERE holder_registration_id = $1`, [detail.registrationId])
        : Promise.resolve([{ n: 0 }]),
      loadLiveState(em, id),
    ]);
    return {
      ...toSummary(detail),
      rules: rulesOf(detail),
      agenda,
      documents: documents.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
      staff,
      you: {
        duties,
        registrationId: detail.registrationId,
        present: detail.present,
        proxiesHeld: proxies[0].n,
        ineligibility: detail.registrationId ? null : await this.ineligibility(em, id, actor, detail),
        proxyGivenTo: actor.id ? await proxyGivenTo(em, id, actor.id) : null,
      },
      live,
    };
  }

  /** Why the actor may not register in this assembly, or null (a code of the credential rules). */
  private async ineligibility(em: EntityManager, assemblyId: string, actor: Actor, a: { date: string; delegatesPerMember: number }): Promise<string | null> {
    if (!actor.id) return 'NOT_A_DELEGATE';
    const f = await delegateFacts(em, actor.id);
    if (!f) return 'NOT_A_DELEGATE';
    const [gave] = await em.query<unknown[]>(`SELECT 1 FROM assembly_proxies WHERE assembly_id = $1 AND giver_person_id = $2`, [assemblyId, actor.id]);
    if (gave) return 'PROXY_GIVER_CANNOT_REGISTER';
    const votes = f.memberId ? await memberVotes(em, assemblyId, f.memberId, actor.id) : 0;
    return credentialRefusal({ active: f.active, standingOnDate: standingOn(f, a.date), registeredForMember: votes, delegatesPerMember: a.delegatesPerMember });
  }

  /** Assemblies convened and not yet over where the person is a delegate of a member in good standing (today). */
  async convocations(actor: Actor): Promise<Convocation[]> {
    const rows = await this.ds.query<(Omit<Convocation, 'startsAt' | 'convenedAt'> & { startsAt: Date; convenedAt: Date })[]>(
      `SELECT a.id AS "assemblyId", a.kind, a.title_fr AS "titleFr", a.title_en AS "titleEn", a.starts_at AS "startsAt", a.place, a.video_url AS "videoUrl",
              a.convened_at AS "convenedAt", EXISTS (SELECT 1 FROM assembly_registrations r WHERE r.assembly_id = a.id AND r.person_id = $1) AS registered
         FROM assemblies a
        WHERE a.status IN ('convened', 'in_session') AND a.convened_at IS NOT NULL
          AND EXISTS (SELECT 1 FROM delegates d JOIN members m ON m.id = d.member_id
                       WHERE d.person_id = $1 AND d.ended_at IS NULL AND ${STANDING_SQL} = 'good_standing')
        ORDER BY a.starts_at, a.id`,
      [actor.id || null],
    );
    return rows.map((r) => ({ ...r, startsAt: r.startsAt.toISOString(), convenedAt: r.convenedAt.toISOString() }));
  }
}
