import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportReport, Language } from '@concerto/contracts';
import { randomUUID } from 'crypto';
import type { Readable } from 'stream';
import { DataSource } from 'typeorm';
import { AuditRecord, AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { isUniqueViolation } from '../common/db-errors';
import { readCsvRows } from './member-import.csv';
import { checkRows, ImportedMember, neqOf, readHeader } from './member-import.rows';
import { membersError } from './members.errors';
import { memberAuditFields, MEMBERSHIP_STREAM } from './members.service';
import { searchName } from './search-name';

/** More rows than a federation has members: a file that large is a mistake. */
export const IMPORT_MAX_ROWS = 20_000;
/** The largest file accepted: 20,000 rows of 1 kB with room to spare. Other routes take 100 kB. */
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;
const BATCH = 1000;

/**
 * Imports member organizations from a CSV file: every row is checked first; if any is wrong,
 * nothing is created and the report lists them all. Otherwise all rows are created in one
 * transaction (multi-row inserts), each with its audit entry, plus one entry for the import.
 */
@Injectable()
export class MemberImportService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** `file`: the request body as a stream of UTF-8 bytes, read here (parsed as it arrives). */
  async import(actor: Actor, file: Readable, lang: Language): Promise<ImportReport> {
    const { header, rows } = await readCsvRows(file, { maxRows: IMPORT_MAX_ROWS, maxBytes: IMPORT_MAX_BYTES });
    if (!header) throw membersError('IMPORT_EMPTY');
    const columns = readHeader(header.fields);
    if (rows.length === 0) throw membersError('IMPORT_EMPTY');

    const colleges = await this.ds.query<{ id: string; code: string }[]>(`SELECT id, code FROM colleges ORDER BY sort_order, code`);
    const fileNeqs = columns.neq === undefined ? [] : [...new Set(rows.map((r) => neqOf(r.fields[columns.neq!] ?? '')).filter((n) => /^\d{10}$/.test(n)))];
    const taken = fileNeqs.length ? (await this.ds.query<{ neq: string }[]>(`SELECT neq FROM members WHERE neq = ANY($1::char(10)[])`, [fileNeqs])) : [];
    const { valid, rejected } = checkRows(rows, columns, header.fields.length, {
      collegeIdByCode: new Map(colleges.map((c) => [c.code.toLowerCase(), c.id])),
      takenNeqs: new Set(taken.map((t) => t.neq)),
    });
    if (rejected.length) {
      return { imported: false, totalRows: rows.length, createdCount: 0, rejected: rejected.map((r) => ({ line: r.line, errors: r.errors.map((e) => e[lang]) })) };
    }
    try {
      await this.ds.transaction(async (em) => {
        const ids = valid.map(() => randomUUID());
        for (let i = 0; i < valid.length; i += BATCH) {
          await em.query(INSERT, columnsOf(valid.slice(i, i + BATCH), ids.slice(i, i + BATCH)));
        }
        const records: AuditRecord[] = valid.map((m, i) => ({ action: 'member.created', targetType: 'member', targetId: ids[i], after: auditFields(m) }));
        records.push({ action: 'member.import', targetType: 'member_import', targetId: null, after: { totalRows: rows.length, createdCount: valid.length } });
        await this.audit.appendMany(em, MEMBERSHIP_STREAM, actor, records);
      });
    } catch (e) {
      // A member with one of these NEQs was created while the file was being checked.
      if (isUniqueViolation(e, 'members_neq_key')) throw membersError('NEQ_TAKEN', { neq: /\(neq\)=\((\d+)\)/.exec(String((e as { driverError?: { detail?: string } }).driverError?.detail))?.[1] ?? '' });
      throw e;
    }
    // Fresh statistics, so the directory's query plans suit the new size of the table at once.
    if (valid.length >= BATCH) await this.ds.query('ANALYZE members');
    return { imported: true, totalRows: rows.length, createdCount: valid.length, rejected: [] };
  }
}

const INSERT = `INSERT INTO members (id, legal_name, search_name, neq, kind, sector, region, college_id, dues_paid_until, city, search_city,
                     address, postal_code, phone, email, website)
  SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::char(10)[], $5::varchar[], $6::varchar[], $7::char(2)[], $8::uuid[], $9::date[],
                       $10::varchar[], $11::varchar[], $12::varchar[], $13::char(7)[], $14::varchar[], $15::varchar[], $16::varchar[])`;

/** One array per column: a batch of rows is one statement whatever its size. */
function columnsOf(members: ImportedMember[], ids: string[]): unknown[] {
  return [
    ids,
    members.map((m) => m.legalName),
    members.map((m) => searchName(m.legalName)),
    members.map((m) => m.neq),
    members.map((m) => m.kind),
    members.map((m) => m.sector),
    members.map((m) => m.region),
    members.map((m) => m.collegeId),
    members.map((m) => m.duesPaidUntil),
    members.map((m) => m.city),
    members.map((m) => (m.city ? searchName(m.city) : null)),
    members.map((m) => m.address),
    members.map((m) => m.postalCode),
    members.map((m) => m.phone),
    members.map((m) => m.email),
    members.map((m) => m.website),
  ];
}

function auditFields(m: ImportedMember) {
  return { ...memberAuditFields({ ...m, suspended: false, suspensionReason: null }), source: { import: true, line: m.line } };
}
