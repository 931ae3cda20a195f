import type { MinutesAdoption, MinutesKind, MinutesRecord, MinutesSignature } from '@concerto/contracts';
import { createHash } from 'crypto';
import type { EntityManager } from 'typeorm';
import { canonicalJson } from '../audit/audit-hash';
import { resolutionLabel } from '@concerto/contracts';

/**
 * The canonical form of published minutes, whose SHA-256 is their digest (`content_sha256`):
 *
 *   sha256( UTF-8( canonicalJson(content) ) ), hex
 *
 * where canonicalJson is the audit log's (object keys sorted by code unit, no white space,
 * JSON.stringify for strings and numbers, undefined keys left out) and `content` is
 *
 *   { format: "concerto-minutes/1", id, kind, correctsId, meetingId,
 *     record,                        // the frozen record (meeting, agenda, attendance, quorum, resolutions, conflicts)
 *     bodyFr, bodyEn,                // the text as adopted
 *     adoption: { resolutionId, label, meetingId, meetingStartsAt, adoptedAt },
 *     signatures: [ { role, personId, signerName, signedAt } ]   // ordered by role
 *     publishedAt,                   // ISO 8601, UTC, milliseconds
 *     auditHeads: [ { stream, seq, hash } ] }                   // the audit log's heads at publication, ordered by stream
 *
 * Every timestamp is written `new Date(x).toISOString()`. The PDFs print this digest and are
 * hashed on their own (minutes_files.sha256); both digests are also in the audit log's
 * `minutes.published` entry, whose hash chain protects them.
 */
export const MINUTES_DIGEST_FORMAT = 'concerto-minutes/1';

export interface AuditHeadRow {
  stream: string;
  seq: number;
  hash: string;
}

export interface MinutesContent {
  format: typeof MINUTES_DIGEST_FORMAT;
  id: string;
  kind: MinutesKind;
  correctsId: string | null;
  meetingId: string;
  record: MinutesRecord;
  bodyFr: string;
  bodyEn: string;
  adoption: MinutesAdoption;
  signatures: MinutesSignature[];
  publishedAt: string;
  auditHeads: AuditHeadRow[];
}

export function minutesDigest(content: MinutesContent): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

interface Row {
  id: string;
  kind: MinutesKind;
  corrects_id: string | null;
  meeting_id: string;
  record: MinutesRecord;
  body_fr: string;
  body_en: string;
  adopted_by_resolution_id: string;
  adopted_at: Date;
  published_at: Date | null;
  audit_heads: AuditHeadRow[] | null;
  r_year: number;
  r_number: number;
  r_meeting_id: string;
  r_meeting_starts_at: Date;
}

/** The adoption of minutes, as recorded (the resolution, its meeting, when). */
export async function loadAdoption(em: EntityManager, minutesId: string): Promise<MinutesAdoption | null> {
  const [row] = await em.query<Row[]>(
    `SELECT m.adopted_by_resolution_id, m.adopted_at, r.year AS r_year, r.number AS r_number, r.meeting_id AS r_meeting_id, bm.starts_at AS r_meeting_starts_at
       FROM minutes m JOIN board_resolutions r ON r.id = m.adopted_by_resolution_id JOIN board_meetings bm ON bm.id = r.meeting_id
      WHERE m.id = $1`,
    [minutesId],
  );
  return row ? adoptionOf(row) : null;
}

function adoptionOf(row: Row): MinutesAdoption {
  return {
    resolutionId: row.adopted_by_resolution_id,
    label: resolutionLabel(row.r_year, row.r_number),
    meetingId: row.r_meeting_id,
    meetingStartsAt: new Date(row.r_meeting_starts_at).toISOString(),
    adoptedAt: new Date(row.adopted_at).toISOString(),
  };
}

export async function loadSignatures(em: EntityManager, minutesId: string): Promise<MinutesSignature[]> {
  const rows = await em.query<{ role: 'president' | 'secretary'; person_id: string; signer_name: string; signed_at: Date }[]>(
    `SELECT role, person_id, signer_name, signed_at FROM minutes_signatures WHERE minutes_id = $1 ORDER BY role`,
    [minutesId],
  );
  return rows.map((s) => ({ role: s.role, personId: s.person_id, signerName: s.signer_name, signedAt: new Date(s.signed_at).toISOString() }));
}

/**
 * The content of adopted minutes as the database holds it now. `publication` gives the moment
 * and heads of a publication in progress; otherwise the stored ones are read (verification).
 */
export async function loadContent(em: EntityManager, minutesId: string, publication?: { publishedAt: Date; auditHeads: AuditHeadRow[] }): Promise<MinutesContent | null> {
  const [row] = await em.query<Row[]>(
    `SELECT m.id, m.kind, m.corrects_id, m.meeting_id, m.record, m.body_fr, m.body_en, m.adopted_by_resolution_id, m.adopted_at, m.published_at, m.audit_heads,
            r.year AS r_year, r.number AS r_number, r.meeting_id AS r_meeting_id, bm.starts_at AS r_meeting_starts_at
       FROM minutes m JOIN board_resolutions r ON r.id = m.adopted_by_resolution_id JOIN board_meetings bm ON bm.id = r.meeting_id
      WHERE m.id = $1`,
    [minutesId],
  );
  if (!row) return null;
  const publishedAt = publication?.publishedAt ?? row.published_at;
  const heads = publication?.auditHeads ?? row.audit_heads ?? [];
  return {
    format: MINUTES_DIGEST_FORMAT,
    id: row.id,
    kind: row.kind,
    correctsId: row.corrects_id,
    meetingId: row.meeting_id,
    record: row.record,
    bodyFr: row.body_fr,
    bodyEn: row.body_en,
    adoption: adoptionOf(row),
    signatures: await loadSignatures(em, minutesId),
    publishedAt: publishedAt ? new Date(publishedAt).toISOString() : '',
    auditHeads: [...heads].sort((a, b) => (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0)).map((h) => ({ stream: h.stream, seq: h.seq, hash: h.hash })),
  };
}
