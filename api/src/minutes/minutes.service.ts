import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MinutesDetail, MinutesMeetingOption, MinutesRecord, MinutesStatus, MinutesSummary, SignatureRole } from '@concerto/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { currentOfficer } from '../common/access';
import type { Actor } from '../common/actor';
import { isUniqueViolation } from '../common/db-errors';
import { UpdateMinutesDto } from './dto/minutes.dto';
import { loadAdoption, loadSignatures } from './minutes-digest';
import { gatherRecord } from './minutes-record';
import { draftBody, meetingDate } from './minutes-text';
import { minutesError } from './minutes.errors';

/** Audit stream of the minutes: drafting, submission, adoption, signatures, publication. */
export const MINUTES_STREAM = 'minutes';

export interface MinutesRow {
  id: string;
  kind: 'minutes' | 'erratum';
  status: MinutesStatus;
  meeting_id: string;
  corrects_id: string | null;
  body_fr: string;
  body_en: string;
  record: MinutesRecord | null;
}

const SUMMARY = `
  SELECT m.id, m.kind, m.status, m.meeting_id AS "meetingId", bm.starts_at AS "meetingStartsAt", bm.place AS "meetingPlace",
         m.corrects_id AS "correctsId", (SELECT count(*) FROM minutes_signatures s WHERE s.minutes_id = m.id)::int AS signatures,
         m.published_at AS "publishedAt", m.updated_at AS "updatedAt"
    FROM minutes m JOIN board_meetings bm ON bm.id = m.meeting_id`;

/**
 * Minutes while the board works on them: drafted from what the portal recorded, edited in fr
 * and en while a draft, submitted (the record is frozen). Adoption, signatures and publication
 * are in MinutesApprovalService; the public side in ArchiveService.
 */
@Injectable()
export class MinutesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<MinutesSummary[]> {
    return this.ds.query(`${SUMMARY} ORDER BY bm.starts_at DESC, m.kind, m.created_at DESC`);
  }

  /** Meetings held (in the past, not cancelled) that have no minutes yet. */
  meetingOptions(): Promise<MinutesMeetingOption[]> {
    return this.ds.query(
      `SELECT bm.id, bm.starts_at AS "startsAt", bm.place FROM board_meetings bm
        WHERE bm.starts_at <= now() AND bm.status <> 'cancelled'
          AND NOT EXISTS (SELECT 1 FROM minutes m WHERE m.meeting_id = bm.id AND m.kind = 'minutes')
        ORDER BY bm.starts_at DESC LIMIT 200`,
    );
  }

  async get(actor: Actor, id: string, em: EntityManager = this.ds.manager): Promise<MinutesDetail> {
    const [summary] = await em.query<MinutesSummary[]>(`${SUMMARY} WHERE m.id = $1`, [id]);
    if (!summary) throw minutesError('MINUTES_NOT_FOUND');
    const [row] = await em.query<(MinutesRow & { submitted_at: Date | null; content_sha256: string | null; audit_heads: MinutesDetail['auditHeads'] })[]>(
      `SELECT id, kind, status, meeting_id, corrects_id, body_fr, body_en, record, submitted_at, content_sha256, audit_heads FROM minutes WHERE id = $1`,
      [id],
    );
    const signatureList = await loadSignatures(em, id);
    const signers = { president: await currentOfficer(em, 'president'), secretary: await currentOfficer(em, 'secretary') };
    const canSignAs: SignatureRole[] =
      row.status === 'adopted'
        ? eligibleRoles(actor, signers).filter((r) => !signatureList.some((s) => s.role === r || s.personId === actor.id))
        : [];
    return {
      ...summary,
      bodyFr: row.body_fr,
      bodyEn: row.body_en,
      record: row.record ?? (await gatherRecord(em, row.meeting_id)),
      submittedAt: row.submitted_at,
      adoption: await loadAdoption(em, id),
      signatureList,
      contentSha256: row.content_sha256,
      auditHeads: row.audit_heads,
      files: await em.query(`SELECT language, sha256, size_bytes AS "sizeBytes" FROM minutes_files WHERE minutes_id = $1 ORDER BY language DESC`, [id]),
      errata: await em.query(`SELECT id, status, published_at AS "publishedAt" FROM minutes WHERE corrects_id = $1 ORDER BY created_at`, [id]),
      signers,
      canSignAs,
    } as MinutesDetail;
  }

  /** A first draft in fr and en, written from the meeting's agenda, attendance, quorum, resolutions and conflicts. */
  async create(actor: Actor, meetingId: string): Promise<MinutesDetail> {
    try {
      const id = await this.ds.transaction(async (em) => {
        const [meeting] = await em.query<{ held: boolean }[]>(`SELECT starts_at <= now() AND status <> 'cancelled' AS held FROM board_meetings WHERE id = $1 FOR SHARE`, [
          meetingId,
        ]);
        if (!meeting) throw minutesError('MEETING_NOT_FOUND');
        if (!meeting.held) throw minutesError('MEETING_NOT_HELD');
        const exists = await em.query<unknown[]>(`SELECT 1 FROM minutes WHERE meeting_id = $1 AND kind = 'minutes'`, [meetingId]);
        if (exists.length) throw minutesError('MINUTES_EXIST');
        const record = await gatherRecord(em, meetingId);
        const [{ id }] = await em.query<{ id: string }[]>(`INSERT INTO minutes (kind, meeting_id, body_fr, body_en) VALUES ('minutes', $1, $2, $3) RETURNING id`, [
          meetingId,
          draftBody(record, 'fr'),
          draftBody(record, 'en'),
        ]);
        await this.audit.append(em, MINUTES_STREAM, actor, { action: 'minutes.drafted', targetType: 'minutes', targetId: id, after: { meetingId, kind: 'minutes' } });
        return id;
      });
      return this.get(actor, id);
    } catch (e) {
      if (isUniqueViolation(e, 'minutes_one_per_meeting')) throw minutesError('MINUTES_EXIST');
      throw e;
    }
  }

  /** An erratum of published minutes: a new draft of the same meeting, linked to what it corrects. */
  async createErratum(actor: Actor, id: string): Promise<MinutesDetail> {
    const erratumId = await this.ds.transaction(async (em) => {
      const [source] = await em.query<{ status: MinutesStatus; meeting_id: string; starts_at: Date }[]>(
        `SELECT m.status, m.meeting_id, bm.starts_at FROM minutes m JOIN board_meetings bm ON bm.id = m.meeting_id WHERE m.id = $1`,
        [id],
      );
      if (!source) throw minutesError('MINUTES_NOT_FOUND');
      if (source.status !== 'published') throw minutesError('ERRATUM_OF_UNPUBLISHED');
      const iso = new Date(source.starts_at).toISOString();
      const [{ id: newId }] = await em.query<{ id: string }[]>(
        `INSERT INTO minutes (kind, meeting_id, corrects_id, body_fr, body_en) VALUES ('erratum', $1, $2, $3, $4) RETURNING id`,
        [
          source.meeting_id,
          id,
          `Erratum au procès-verbal de la réunion du ${meetingDate(iso, 'fr')}.\n\nLe procès-verbal est corrigé comme suit :\n`,
          `Erratum to the minutes of the meeting of ${meetingDate(iso, 'en')}.\n\nThe minutes are corrected as follows:\n`,
        ],
      );
      await this.audit.append(em, MINUTES_STREAM, actor, { action: 'minutes.erratum_drafted', targetType: 'minutes', targetId: newId, after: { correctsId: id, meetingId: source.meeting_id } });
      return newId;
    });
    return this.get(actor, erratumId);
  }

  /** The text changes only while a draft. */
  async update(actor: Actor, id: string, dto: UpdateMinutesDto): Promise<MinutesDetail> {
    await this.ds.transaction(async (em) => {
      const row = await lockDraft(em, id);
      const before: Record<string, string> = {};
      const after: Record<string, string> = {};
      if (dto.bodyFr !== undefined && dto.bodyFr !== row.body_fr) [before['bodyFr'], after['bodyFr']] = [row.body_fr, dto.bodyFr];
      if (dto.bodyEn !== undefined && dto.bodyEn !== row.body_en) [before['bodyEn'], after['bodyEn']] = [row.body_en, dto.bodyEn];
      if (Object.keys(after).length === 0) return;
      await em.query(`UPDATE minutes SET body_fr = $2, body_en = $3, updated_at = now() WHERE id = $1`, [id, dto.bodyFr ?? row.body_fr, dto.bodyEn ?? row.body_en]);
      await this.audit.append(em, MINUTES_STREAM, actor, { action: 'minutes.edited', targetType: 'minutes', targetId: id, before, after });
    });
    return this.get(actor, id);
  }

  /** Submitted for adoption: the record is frozen as it stands now, and the text no longer changes. */
  async submit(actor: Actor, id: string): Promise<MinutesDetail> {
    await this.ds.transaction(async (em) => {
      const row = await lockDraft(em, id);
      const record = await gatherRecord(em, row.meeting_id);
      await em.query(`UPDATE minutes SET status = 'submitted', record = $2, submitted_at = now(), updated_at = now() WHERE id = $1`, [id, JSON.stringify(record)]);
      await this.audit.append(em, MINUTES_STREAM, actor, {
        action: 'minutes.submitted',
        targetType: 'minutes',
        targetId: id,
        before: { status: 'draft' },
        after: { status: 'submitted', resolutions: record.resolutions.map((r) => r.label ?? r.id), quorum: record.quorum },
      });
    });
    return this.get(actor, id);
  }

  /** A draft may be dropped; anything further along stays. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      const row = await lockDraft(em, id);
      await em.query(`DELETE FROM minutes WHERE id = $1`, [id]);
      await this.audit.append(em, MINUTES_STREAM, actor, { action: 'minutes.deleted', targetType: 'minutes', targetId: id, before: { kind: row.kind, meetingId: row.meeting_id } });
    });
  }
}

/** The roles this person may sign for: the current président·e; the current secretary, or a person with the staff role. */
export function eligibleRoles(actor: Actor, signers: { president: string | null; secretary: string | null }): SignatureRole[] {
  const roles: SignatureRole[] = [];
  if (signers.president === actor.id) roles.push('president');
  if (signers.secretary === actor.id || actor.roles.includes('secretary')) roles.push('secretary');
  return roles;
}

/** Locks the minutes; refuses published ones (409) and missing ones (404). */
export async function lockMinutes(em: EntityManager, id: string): Promise<MinutesRow> {
  const [row] = await em.query<MinutesRow[]>(`SELECT id, kind, status, meeting_id, corrects_id, body_fr, body_en, record FROM minutes WHERE id = $1 FOR UPDATE`, [id]);
  if (!row) throw minutesError('MINUTES_NOT_FOUND');
  if (row.status === 'published') throw minutesError('MINUTES_PUBLISHED');
  return row;
}

async function lockDraft(em: EntityManager, id: string): Promise<MinutesRow> {
  const row = await lockMinutes(em, id);
  if (row.status !== 'draft') throw minutesError('MINUTES_NOT_DRAFT', { status: row.status });
  return row;
}
