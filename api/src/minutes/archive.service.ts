import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ArchiveHit, Language, MinutesRecord, MinutesVerification, Page, PublicMinutes } from '@concerto/contracts';
import { DataSource } from 'typeorm';
import { ArchiveQueryDto } from './dto/minutes.dto';
import { loadAdoption, loadContent, loadSignatures, minutesDigest, sha256 } from './minutes-digest';
import { minutesError } from './minutes.errors';

/** How much of a text a search result shows. */
const EXCERPT = 400;

/** What a search box holds, read as filters: "CA-2026-014" (or "2026-14") is a year and a number, "14" a number, "2026" a year. */
export function parseArchiveQuery(q: string): { words: string; year?: number; number?: number } {
  const words: string[] = [];
  let year: number | undefined;
  let number: number | undefined;
  for (const token of q.split(/\s+/).filter(Boolean)) {
    const label = /^(?:CA-?)?(\d{4})-(\d{1,4})$/i.exec(token);
    if (label && Number(label[1]) >= 1900 && Number(label[1]) <= 2999) {
      year = Number(label[1]);
      number = Number(label[2]);
    } else if (/^#?\d{1,4}$/.test(token)) {
      const n = Number(token.replace('#', ''));
      if (token.length === 4 && n >= 1900 && n <= 2999) year = n;
      else if (n >= 1) number = n;
    } else words.push(token);
  }
  return { words: words.join(' '), year, number };
}

/**
 * The public archive: published minutes (and errata) and the adopted resolutions of meetings
 * whose minutes are published, searched by words (French and English stemming, accents
 * ignored), year and number; a published page, its PDFs, and the check of its digest.
 */
@Injectable()
export class ArchiveService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async search(query: ArchiveQueryDto): Promise<Page<ArchiveHit>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const parsed = parseArchiveQuery(query.q ?? '');
    const year = query.year ?? parsed.year;
    const number = query.number ?? parsed.number;
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    if (parsed.words) where.push(`e.search @@ concerto_archive_query(${param(parsed.words)})`);
    if (year !== undefined) where.push(`e.year = ${param(year)}`);
    if (number !== undefined) where.push(`e.number = ${param(number)}`);
    // The page is chosen on the narrow columns first; the texts are read for its rows only.
    const rows = await this.ds.query<(ArchiveHit & { total: number })[]>(
      `WITH hits AS (
         SELECT e.id, e.meeting_starts_at, e.kind, e.number, count(*) OVER ()::int AS total
           FROM archive_entries e
          ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
          ORDER BY e.meeting_starts_at DESC, e.kind, e.number NULLS FIRST, e.id
          LIMIT ${param(pageSize)} OFFSET ${param((page - 1) * pageSize)})
       SELECT e.kind, e.minutes_id AS "minutesId", m.kind AS "minutesKind", e.resolution_id AS "resolutionId", e.label,
              e.meeting_starts_at AS "meetingStartsAt", left(e.text_fr, ${EXCERPT}) AS "textFr", left(e.text_en, ${EXCERPT}) AS "textEn", h.total
         FROM hits h JOIN archive_entries e ON e.id = h.id JOIN minutes m ON m.id = e.minutes_id
        ORDER BY h.meeting_starts_at DESC, h.kind, h.number NULLS FIRST, h.id`,
      params,
    );
    const total = rows[0]?.total ?? (page > 1 ? await this.count(where, params.slice(0, -2)) : 0);
    return { items: rows.map(({ total: _total, ...hit }) => hit), total, page, pageSize };
  }

  private async count(where: string[], params: unknown[]): Promise<number> {
    const [{ total }] = await this.ds.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM archive_entries e ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`,
      params,
    );
    return total;
  }

  /** Published minutes as anyone reads them; a draft, submitted or adopted one does not exist here (404). */
  async minutes(id: string): Promise<PublicMinutes> {
    const [row] = await this.ds.query<
      { id: string; kind: 'minutes' | 'erratum'; starts_at: Date; place: string | null; body_fr: string; body_en: string; record: MinutesRecord; published_at: Date; content_sha256: string; corrects_id: string | null }[]
    >(
      `SELECT m.id, m.kind, bm.starts_at, bm.place, m.body_fr, m.body_en, m.record, m.published_at, m.content_sha256, m.corrects_id
         FROM minutes m JOIN board_meetings bm ON bm.id = m.meeting_id WHERE m.id = $1 AND m.status = 'published'`,
      [id],
    );
    if (!row) throw minutesError('MINUTES_NOT_FOUND');
    const [corrects] = row.corrects_id
      ? await this.ds.query<{ id: string; meetingStartsAt: Date }[]>(
          `SELECT m.id, bm.starts_at AS "meetingStartsAt" FROM minutes m JOIN board_meetings bm ON bm.id = m.meeting_id WHERE m.id = $1 AND m.status = 'published'`,
          [row.corrects_id],
        )
      : [];
    return {
      id: row.id,
      kind: row.kind,
      meetingStartsAt: new Date(row.starts_at).toISOString(),
      meetingPlace: row.place,
      bodyFr: row.body_fr,
      bodyEn: row.body_en,
      record: row.record,
      adoption: (await loadAdoption(this.ds.manager, id))!,
      signatures: await loadSignatures(this.ds.manager, id),
      publishedAt: new Date(row.published_at).toISOString(),
      contentSha256: row.content_sha256,
      files: await this.ds.query(`SELECT language, sha256, size_bytes AS "sizeBytes" FROM minutes_files WHERE minutes_id = $1 ORDER BY language DESC`, [id]),
      corrects: corrects ? { id: corrects.id, meetingStartsAt: new Date(corrects.meetingStartsAt).toISOString() } : null,
      errata: (
        await this.ds.query<{ id: string; published_at: Date }[]>(`SELECT id, published_at FROM minutes WHERE corrects_id = $1 AND status = 'published' ORDER BY published_at`, [id])
      ).map((e) => ({ id: e.id, publishedAt: new Date(e.published_at).toISOString() })),
    };
  }

  async pdf(id: string, language: Language): Promise<{ content: Buffer; fileName: string; sha256: string }> {
    const [row] = await this.ds.query<{ content: Buffer; sha256: string; starts_at: Date; kind: string }[]>(
      `SELECT f.content, f.sha256, bm.starts_at, m.kind FROM minutes_files f JOIN minutes m ON m.id = f.minutes_id JOIN board_meetings bm ON bm.id = m.meeting_id
        WHERE f.minutes_id = $1 AND f.language = $2 AND m.status = 'published'`,
      [id, language],
    );
    if (!row) throw minutesError('MINUTES_NOT_FOUND');
    const day = new Date(row.starts_at).toISOString().slice(0, 10);
    const base = language === 'fr' ? (row.kind === 'erratum' ? 'erratum-proces-verbal' : 'proces-verbal') : row.kind === 'erratum' ? 'erratum-minutes' : 'minutes';
    return { content: row.content, fileName: `${base}-${day}-${language}.pdf`, sha256: row.sha256 };
  }

  /**
   * The digest recomputed from what the database holds now, against the one stored at
   * publication and the one the audit log recorded (protected by its hash chain); each PDF's
   * bytes against its digest. A row altered behind the triggers' back shows here.
   */
  async verify(id: string): Promise<MinutesVerification> {
    const [row] = await this.ds.query<{ content_sha256: string }[]>(`SELECT content_sha256 FROM minutes WHERE id = $1 AND status = 'published'`, [id]);
    if (!row) throw minutesError('MINUTES_NOT_FOUND');
    const content = await loadContent(this.ds.manager, id);
    const computed = content ? minutesDigest(content) : '';
    const [audited] = await this.ds.query<{ after: { contentSha256?: string; files?: Record<string, string> } }[]>(
      `SELECT after FROM audit_log WHERE stream = 'minutes' AND action = 'minutes.published' AND target_id = $1 ORDER BY seq DESC LIMIT 1`,
      [id],
    );
    const files = await this.ds.query<{ language: 'fr' | 'en'; sha256: string; content: Buffer }[]>(
      `SELECT language, sha256, content FROM minutes_files WHERE minutes_id = $1 ORDER BY language DESC`,
      [id],
    );
    const fileChecks = files.map((f) => {
      const computedSha256 = sha256(f.content);
      const auditedFile = audited?.after?.files?.[f.language];
      return { language: f.language, storedSha256: f.sha256, computedSha256, matches: computedSha256 === f.sha256 && (auditedFile === undefined || auditedFile === f.sha256) };
    });
    const auditedSha256 = audited?.after?.contentSha256 ?? null;
    const contentMatches = computed === row.content_sha256;
    const auditMatches = auditedSha256 === row.content_sha256;
    return {
      ok: contentMatches && auditMatches && fileChecks.length === 2 && fileChecks.every((f) => f.matches),
      storedSha256: row.content_sha256,
      computedSha256: computed,
      auditedSha256,
      contentMatches,
      auditMatches,
      files: fileChecks,
    };
  }
}
