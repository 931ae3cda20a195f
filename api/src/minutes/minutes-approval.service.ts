import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FEDERATION_TIME_ZONE, resolutionLabel, type AdoptionCandidate, type MinutesDetail, type SignatureRole } from '@concerto/contracts';
import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { CheckpointService } from '../audit/checkpoint.service';
import { currentOfficer } from '../common/access';
import type { Actor } from '../common/actor';
import { isUniqueViolation } from '../common/db-errors';
import { loadContent, loadSignatures, minutesDigest, sha256, type AuditHeadRow } from './minutes-digest';
import { renderMinutesPdf } from './minutes-pdf';
import { meetingQuorum } from './minutes-record';
import { eligibleRoles, lockMinutes, MINUTES_STREAM, MinutesService } from './minutes.service';
import { minutesError } from './minutes.errors';

/**
 * Submitted minutes are adopted by a resolution of a later meeting that had quorum, signed by the
 * président·e and the secretary (each giving their password again), then published: digest, audit
 * heads, PDFs in fr and en and the archive rows, in one transaction. After that the database
 * refuses any change.
 */
@Injectable()
export class MinutesApprovalService {
  private readonly logger = new Logger(MinutesApprovalService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly checkpoints: CheckpointService,
    private readonly minutes: MinutesService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /** Adopted resolutions of meetings held after the minutes' meeting, not yet used to adopt minutes. */
  async adoptionCandidates(id: string): Promise<AdoptionCandidate[]> {
    const [m] = await this.ds.query<{ meeting_id: string }[]>(`SELECT meeting_id FROM minutes WHERE id = $1`, [id]);
    if (!m) throw minutesError('MINUTES_NOT_FOUND');
    const rows = await this.ds.query<{ id: string; year: number; number: number; text_fr: string; text_en: string; meeting_id: string; starts_at: Date }[]>(
      `SELECT r.id, r.year, r.number, r.text_fr, r.text_en, r.meeting_id, bm.starts_at
         FROM board_resolutions r JOIN board_meetings bm ON bm.id = r.meeting_id
        WHERE r.status = 'adopted' AND bm.starts_at > (SELECT starts_at FROM board_meetings WHERE id = $1)
          AND NOT EXISTS (SELECT 1 FROM minutes x WHERE x.adopted_by_resolution_id = r.id)
        ORDER BY bm.starts_at, r.number LIMIT 200`,
      [m.meeting_id],
    );
    const quorum = new Map<string, boolean>();
    for (const r of rows) if (!quorum.has(r.meeting_id)) quorum.set(r.meeting_id, (await meetingQuorum(this.ds.manager, r.meeting_id)).reached);
    return rows.map((r) => ({
      id: r.id,
      label: resolutionLabel(r.year, r.number),
      textFr: r.text_fr,
      textEn: r.text_en,
      meetingId: r.meeting_id,
      meetingStartsAt: new Date(r.starts_at).toISOString(),
      quorumReached: quorum.get(r.meeting_id) ?? false,
    }));
  }

  /** Records the adoption: an adopted resolution of a later meeting that had quorum. */
  async adopt(actor: Actor, id: string, resolutionId: string): Promise<MinutesDetail> {
    try {
      await this.ds.transaction(async (em) => {
        const row = await lockMinutes(em, id);
        if (row.status !== 'submitted') throw minutesError('MINUTES_NOT_SUBMITTED');
        const [r] = await em.query<{ status: string; year: number | null; number: number | null; meeting_id: string; later: boolean }[]>(
          `SELECT r.status, r.year, r.number, r.meeting_id, bm.starts_at > (SELECT starts_at FROM board_meetings WHERE id = $2) AS later
             FROM board_resolutions r JOIN board_meetings bm ON bm.id = r.meeting_id WHERE r.id = $1`,
          [resolutionId, row.meeting_id],
        );
        if (!r) throw minutesError('ADOPTION_RESOLUTION_NOT_FOUND');
        if (r.status !== 'adopted' || r.year === null || r.number === null) throw minutesError('ADOPTION_RESOLUTION_NOT_ADOPTED');
        if (!r.later) throw minutesError('ADOPTION_MEETING_NOT_LATER');
        const quorum = await meetingQuorum(em, r.meeting_id);
        if (!quorum.reached) throw minutesError('ADOPTION_NO_QUORUM', { present: quorum.present, required: quorum.required });
        const used = await em.query<unknown[]>(`SELECT 1 FROM minutes WHERE adopted_by_resolution_id = $1`, [resolutionId]);
        if (used.length) throw minutesError('ADOPTION_RESOLUTION_USED');
        await em.query(`UPDATE minutes SET status = 'adopted', adopted_by_resolution_id = $2, adopted_at = now(), updated_at = now() WHERE id = $1`, [id, resolutionId]);
        await this.audit.append(em, MINUTES_STREAM, actor, {
          action: 'minutes.adopted',
          targetType: 'minutes',
          targetId: id,
          before: { status: 'submitted' },
          after: { status: 'adopted', resolutionId, resolution: resolutionLabel(r.year, r.number), quorum },
        });
      });
    } catch (e) {
      if (isUniqueViolation(e, 'minutes_adopted_by_key')) throw minutesError('ADOPTION_RESOLUTION_USED');
      throw e;
    }
    return this.minutes.get(actor, id);
  }

  /**
   * A signature: by the current président·e or secretary, after their password is given again.
   * Each attempt takes a slot of the login throttle (same account and address counters), so the
   * signing form cannot be used to guess a password; a right password gives its slot back.
   */
  async sign(actor: Actor, id: string, password: string, role: SignatureRole | undefined, address: string): Promise<MinutesDetail> {
    try {
      await this.ds.transaction(async (em) => {
        const row = await lockMinutes(em, id);
        if (row.status !== 'adopted') throw minutesError('MINUTES_NOT_ADOPTED');
        const signers = { president: await currentOfficer(em, 'president'), secretary: await currentOfficer(em, 'secretary') };
        const eligible = eligibleRoles(actor, signers);
        if (eligible.length === 0 || (role && !eligible.includes(role))) throw minutesError('NOT_A_SIGNER');
        const signed = await loadSignatures(em, id);
        if (signed.some((s) => s.personId === actor.id)) throw minutesError(signed.length === 2 ? 'ALREADY_SIGNED' : eligible.some((r) => !signed.some((s) => s.role === r)) ? 'SAME_SIGNER' : 'ALREADY_SIGNED');
        const chosen = role ?? eligible.find((r) => !signed.some((s) => s.role === r));
        if (!chosen || signed.some((s) => s.role === chosen)) throw minutesError('ALREADY_SIGNED');
        const [person] = await em.query<{ password_hash: string | null; full_name: string }[]>(`SELECT password_hash, full_name FROM people WHERE id = $1`, [actor.id]);
        const keys = LoginThrottleService.keys(actor.email, address);
        const slots = await this.throttle.acquire(keys);
        const valid = person?.password_hash ? await argon2.verify(person.password_hash, password).catch(() => false) : false;
        if (!valid) throw minutesError('SIGNER_PASSWORD_WRONG');
        await this.throttle.release(keys, slots);
        await em.query(`INSERT INTO minutes_signatures (minutes_id, role, person_id, signer_name) VALUES ($1, $2, $3, $4)`, [id, chosen, actor.id, person.full_name]);
        await em.query(`UPDATE minutes SET updated_at = now() WHERE id = $1`, [id]);
        await this.audit.append(em, MINUTES_STREAM, actor, { action: 'minutes.signed', targetType: 'minutes', targetId: id, after: { role: chosen, signerName: person.full_name } });
      });
    } catch (e) {
      if (isUniqueViolation(e, 'PK_94763a17d7e032ac7a9f4362be1')) throw minutesError('ALREADY_SIGNED');
      throw e;
    }
    return this.minutes.get(actor, id);
  }

  /**
   * Publication, all or nothing: the audit heads now, the digest of the canonical content (see
   * minutes-digest.ts), the PDFs in fr and en (stored before the status changes: the database
   * refuses any file once published), the archive rows, then the status and the audit entry.
   */
  async publish(actor: Actor, id: string): Promise<MinutesDetail> {
    await this.ds.transaction((em) => publishMinutes(em, this.audit, actor, id));
    // A signed checkpoint of every stream head, now including this publication.
    await this.checkpoints.checkpoint('minutes.published', actor).catch((e: unknown) => this.logger.error(`Checkpoint after publication failed: ${String(e)}`));
    return this.minutes.get(actor, id);
  }
}

/**
 * Publication, all or nothing, inside the caller's transaction (also used by the demo seed): the
 * audit heads now, the digest of the canonical content (see minutes-digest.ts), the PDFs in fr
 * and en (stored before the status changes: the database refuses any file once published), the
 * archive rows, then the status and the audit entry.
 */
export async function publishMinutes(em: EntityManager, audit: AuditService, actor: Actor, id: string): Promise<string> {
  const publishedAt = new Date();
  const row = await lockMinutes(em, id);
  if (row.status !== 'adopted') throw minutesError('MINUTES_NOT_ADOPTED');
  const signatures = await loadSignatures(em, id);
  if (!(['president', 'secretary'] as const).every((r) => signatures.some((s) => s.role === r))) throw minutesError('SIGNATURES_MISSING');
  const auditHeads = await em.query<AuditHeadRow[]>(`SELECT stream, seq, hash FROM audit_stream_heads ORDER BY stream`);
  const content = (await loadContent(em, id, { publishedAt, auditHeads }))!;
  const digest = minutesDigest(content);
  const files: Record<string, string> = {};
  for (const language of ['fr', 'en'] as const) {
    const pdf = await renderMinutesPdf(content, language, digest);
    files[language] = sha256(pdf);
    await em.query(`INSERT INTO minutes_files (minutes_id, language, sha256, size_bytes, content) VALUES ($1, $2, $3, $4, $5)`, [id, language, files[language], pdf.length, pdf]);
  }
  await indexInArchive(em, id, row.kind);
  await em.query(`UPDATE minutes SET status = 'published', published_at = $2, published_by = $3, content_sha256 = $4, audit_heads = $5, updated_at = now() WHERE id = $1`, [
    id,
    publishedAt,
    actor.id || null,
    digest,
    JSON.stringify(auditHeads),
  ]);
  await audit.append(em, MINUTES_STREAM, actor, {
    action: 'minutes.published',
    targetType: 'minutes',
    targetId: id,
    before: { status: 'adopted' },
    after: { status: 'published', contentSha256: digest, files, auditHeads: auditHeads.length },
  });
  return digest;
}

/** The archive rows: the minutes themselves, and (for minutes, not errata) the adopted resolutions of their meeting. */
async function indexInArchive(em: EntityManager, id: string, kind: 'minutes' | 'erratum'): Promise<void> {
  await em.query(
    `INSERT INTO archive_entries (kind, minutes_id, meeting_starts_at, year, text_fr, text_en)
     SELECT 'minutes', m.id, bm.starts_at, extract(year FROM bm.starts_at AT TIME ZONE '${FEDERATION_TIME_ZONE}')::int, m.body_fr, m.body_en
       FROM minutes m JOIN board_meetings bm ON bm.id = m.meeting_id WHERE m.id = $1`,
    [id],
  );
  if (kind !== 'minutes') return;
  await em.query(
    `INSERT INTO archive_entries (kind, minutes_id, resolution_id, meeting_starts_at, year, number, label, text_fr, text_en)
     SELECT 'resolution', m.id, r.id, bm.starts_at, r.year, r.number, 'CA-' || r.year || '-' || lpad(r.number::text, greatest(3, length(r.number::text)), '0'), r.text_fr, r.text_en
       FROM minutes m JOIN board_meetings bm ON bm.id = m.meeting_id JOIN board_resolutions r ON r.meeting_id = m.meeting_id AND r.status = 'adopted'
      WHERE m.id = $1`,
    [id],
  );
}
