import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@concerto/contracts';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { MemberExportQueryDto } from './dto/member.dto';
import { VALUE_LABELS } from '../common/value-labels';
import { EXPORT_HEADERS } from './member-labels';
import { allMembers } from './member-queries';

/** A cell Excel would run as a formula (=, +, -, @ first) is kept as text (OWASP's advice). */
function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The directory as a CSV file: every member matching the filters, in the sort shown, with headers
 * and values in the reader's language. UTF-8 with a byte order mark, `;` between fields and CRLF
 * line ends: what Excel in French (Canada) opens without garbling accents or columns.
 */
@Injectable()
export class MemberExportService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async csv(query: MemberExportQueryDto, lang: Language): Promise<string> {
    const members = await allMembers(this.ds.manager, query);
    const colleges = await this.ds.query<{ id: string; fr: string; en: string }[]>(`SELECT id, name_fr AS fr, name_en AS en FROM colleges`);
    const collegeName = new Map(colleges.map((c) => [c.id, c[lang]]));
    const h = EXPORT_HEADERS[lang];
    const columns = Object.entries(h).map(([key, header]) => ({ key, header }));
    const records = members.map((m) => ({
      legalName: m.legalName,
      neq: m.neq ?? '',
      kind: VALUE_LABELS.memberKind[m.kind][lang],
      sector: VALUE_LABELS.sector[m.sector][lang],
      region: VALUE_LABELS.region[m.region][lang],
      college: collegeName.get(m.collegeId) ?? m.collegeCode,
      standing: VALUE_LABELS.standing[m.standing][lang],
      duesPaidUntil: m.duesPaidUntil ?? '',
      city: m.city ?? '',
      address: m.address ?? '',
      postalCode: m.postalCode ?? '',
      phone: m.phone ?? '',
      email: m.email ?? '',
      website: m.website ?? '',
      delegateCount: m.delegateCount,
    }));
    return stringify(records, { bom: true, header: true, columns, delimiter: ';', record_delimiter: 'windows', cast: { string: neutralizeFormula } });
  }
}
