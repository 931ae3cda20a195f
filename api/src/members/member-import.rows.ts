import { MEMBER_KINDS, MemberKind, Region, REGIONS, Sector, SECTORS } from '@concerto/contracts';
import type { CsvRow } from '@concerto/domain';
import { fillMessages, Messages } from '../common/app-error';
import { fieldMessages } from '../common/field-labels';
import { isCalendarDate } from '../common/calendar-date';
import { hasForbiddenCharacter } from '../common/input-guard';
import { isEmail, isPhoneNumber, isPostalCode, isURL } from 'class-validator';
import { NEQ, postalCode as postalCodeTransform, WEBSITE, website as websiteTransform } from './dto/member.dto';
import { importRowMessages as M, membersError } from './members.errors';

export const REQUIRED_COLUMNS = ['legal_name', 'kind', 'sector', 'region', 'college_code'] as const;
export const OPTIONAL_COLUMNS = ['neq', 'dues_paid_until', 'city', 'address', 'postal_code', 'phone', 'email', 'website'] as const;
export type ImportColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const ALL_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

/** Where each column sits in the file's rows (header names are case-insensitive, in any order). */
export type ColumnIndex = Partial<Record<ImportColumn, number>> & Record<(typeof REQUIRED_COLUMNS)[number], number>;

export interface ImportedMember {
  line: number;
  legalName: string;
  neq: string | null;
  kind: MemberKind;
  sector: Sector;
  region: Region;
  collegeId: string;
  duesPaidUntil: string | null;
  city: string | null;
  address: string | null;
  postalCode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface RejectedRow {
  line: number;
  errors: Messages[];
}

/** Reads the header row; a missing, unknown or repeated column refuses the whole file (400). */
export function readHeader(fields: string[]): ColumnIndex {
  const names = fields.map((f) => f.trim().toLowerCase());
  const expected = ALL_COLUMNS.join(', ');
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) throw membersError('IMPORT_MISSING_COLUMNS', { columns: missing.join(', '), expected });
  const unknown = names.filter((n) => !ALL_COLUMNS.includes(n));
  if (unknown.length) throw membersError('IMPORT_UNKNOWN_COLUMNS', { columns: unknown.map((n) => n || '""').join(', '), expected });
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (repeated.length) throw membersError('IMPORT_DUPLICATE_COLUMNS', { columns: [...new Set(repeated)].join(', ') });
  return Object.fromEntries(names.map((n, i) => [n, i])) as ColumnIndex;
}

export interface RowContext {
  /** Colleges by lower-cased code. */
  collegeIdByCode: ReadonlyMap<string, string>;
  /** NEQs of the file that already belong to members. */
  takenNeqs: ReadonlySet<string>;
}

const normalisePostalCode = (value: string) => postalCodeTransform({ value });
const normaliseWebsite = (value: string) => websiteTransform({ value });

/** The NEQ as stored: its digits without spaces. */
export function neqOf(value: string): string {
  return value.replace(/\s+/g, '');
}

/**
 * Checks every row and reports all that are wrong, each with all its problems, so the person
 * fixing the file sees everything at once. Valid rows come back ready to insert.
 */
export function checkRows(rows: CsvRow[], columns: ColumnIndex, width: number, ctx: RowContext): { valid: ImportedMember[]; rejected: RejectedRow[] } {
  const valid: ImportedMember[] = [];
  const rejected: RejectedRow[] = [];
  const neqLines = new Map<string, number>();
  const kinds: readonly string[] = MEMBER_KINDS;
  const sectors: readonly string[] = SECTORS;
  const regions: readonly string[] = REGIONS;
  const collegeCodes = [...ctx.collegeIdByCode.keys()].join(', ');

  for (const row of rows) {
    const errors: Messages[] = [];
    const problem = (column: ImportColumn, m: Messages, params: Record<string, string | number> = {}) => errors.push(fieldMessages(column, m, { ...params, column }));
    if (row.fields.length !== width) {
      rejected.push({ line: row.line, errors: [fillMessages(M.columnCount, { count: row.fields.length, expected: width })] });
      continue;
    }
    const get = (c: ImportColumn) => {
      const i = columns[c];
      return i === undefined ? '' : row.fields[i].trim();
    };
    const text = (c: ImportColumn, max: number, required: boolean): string | null => {
      const v = get(c);
      if (!v) {
        if (required) problem(c, M.required);
        return null;
      }
      if (v.length > max) problem(c, M.tooLong, { max });
      if (hasForbiddenCharacter(v)) problem(c, M.forbiddenCharacter);
      return v;
    };
    const legalName = text('legal_name', 300, true);
    const city = text('city', 120, false);
    const kind = text('kind', 40, true)?.toLowerCase() ?? null;
    if (kind && !kinds.includes(kind)) problem('kind', M.unknownValue, { value: kind, values: MEMBER_KINDS.join(', ') });
    const sector = text('sector', 40, true)?.toLowerCase() ?? null;
    if (sector && !sectors.includes(sector)) problem('sector', M.unknownValue, { value: sector, values: SECTORS.join(', ') });
    const rawRegion = text('region', 10, true);
    const region = rawRegion && /^\d{1,2}$/.test(rawRegion) ? rawRegion.padStart(2, '0') : null;
    if (rawRegion && !(region && regions.includes(region))) problem('region', M.badRegion, { value: rawRegion });
    const code = text('college_code', 40, true)?.toLowerCase() ?? null;
    const collegeId = code ? ctx.collegeIdByCode.get(code) : undefined;
    if (code && !collegeId) problem('college_code', M.unknownCollege, { value: code, values: collegeCodes });
    const duesPaidUntil = text('dues_paid_until', 10, false);
    if (duesPaidUntil && !isCalendarDate(duesPaidUntil)) problem('dues_paid_until', M.badDate, { value: duesPaidUntil });
    // Contact details, checked and normalised as the member form's fields are (dto/member.dto.ts).
    const address = text('address', 300, false);
    const rawPostal = text('postal_code', 10, false);
    const postalCode = rawPostal ? (normalisePostalCode(rawPostal) as string) : null;
    if (postalCode && !isPostalCode(postalCode, 'CA')) problem('postal_code', M.badContact, { value: rawPostal! });
    const phone = text('phone', 30, false);
    if (phone && !isPhoneNumber(phone, 'CA')) problem('phone', M.badContact, { value: phone });
    const email = text('email', 254, false)?.toLowerCase() ?? null;
    if (email && !isEmail(email)) problem('email', M.badContact, { value: email });
    const rawWebsite = text('website', 300, false);
    const website = rawWebsite ? (normaliseWebsite(rawWebsite) as string) : null;
    if (website && !isURL(website, WEBSITE)) problem('website', M.badContact, { value: rawWebsite! });
    const rawNeq = get('neq');
    const neq = rawNeq ? neqOf(rawNeq) : null;
    if (neq !== null) {
      const first = neqLines.get(neq);
      if (!NEQ.test(neq)) problem('neq', M.badNeq, { value: rawNeq });
      else if (first !== undefined) problem('neq', M.neqRepeated, { value: neq, line: first });
      else if (ctx.takenNeqs.has(neq)) problem('neq', M.neqTaken, { value: neq });
      if (first === undefined) neqLines.set(neq, row.line);
    }
    if (errors.length) {
      rejected.push({ line: row.line, errors });
      continue;
    }
    valid.push({
      line: row.line,
      legalName: legalName!,
      neq,
      kind: kind as MemberKind,
      sector: sector as Sector,
      region: region as Region,
      collegeId: collegeId!,
      duesPaidUntil,
      city,
      address,
      postalCode,
      phone,
      email,
      website,
    });
  }
  return { valid, rejected };
}
