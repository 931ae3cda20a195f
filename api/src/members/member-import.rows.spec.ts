import { Readable } from 'stream';
import { AppError } from '../common/app-error';
import { readCsvRows } from './member-import.csv';
import { checkRows, readHeader } from './member-import.rows';
import { searchName } from './search-name';

const ctx = { collegeIdByCode: new Map([['reseaux', 'college-1']]), takenNeqs: new Set(['9999999999']) };

async function check(csv: string) {
  const { header, rows } = await readCsvRows(Readable.from([Buffer.from(csv)]), { maxRows: 100, maxBytes: 100_000 });
  return checkRows(rows, readHeader(header!.fields), header!.fields.length, ctx);
}

describe('rows of a member import file', () => {
  it('reads the header in any order and case, and pads a one-digit region', async () => {
    const { valid, rejected } = await check('REGION,College_Code,legal_name,sector,kind\n3,Reseaux,Coop La Ruche,food,cooperative\n');
    expect(rejected).toEqual([]);
    expect(valid).toEqual([
      { line: 2, legalName: 'Coop La Ruche', neq: null, kind: 'cooperative', sector: 'food', region: '03', collegeId: 'college-1', duesPaidUntil: null, city: null, address: null, postalCode: null, phone: null, email: null, website: null },
    ]);
  });

  it('lists every problem of a row in both languages', async () => {
    const { rejected } = await check('legal_name,neq,kind,sector,region,college_code,dues_paid_until\n,12,coop,food,0,x,31-12-2026\n');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].errors.map((e) => e.en)).toEqual([
      'The field "Legal name" (column legal_name) is required.',
      expect.stringMatching(/^The field "Kind of organization" \(column kind\) has an unknown value, "coop"/),
      'The field "Administrative region" (column region) holds "0", which is not a region number from 01 to 17.',
      'The field "College code" (column college_code) holds "x", which matches no college (reseaux).',
      'The field "Dues paid until" (column dues_paid_until) holds "31-12-2026", which is not a valid date YYYY-MM-DD.',
      'The field "NEQ" (column neq) holds "12", which does not have 10 digits.',
    ]);
    expect(rejected[0].errors[0].fr).toBe('Le champ « Nom légal » (colonne legal_name) est obligatoire.');
  });

  it('flags a NEQ repeated in the file (naming the first line) or already taken', async () => {
    const { rejected } = await check('legal_name,neq,kind,sector,region,college_code\nA,1111111111,cooperative,food,1,reseaux\nB,1111 111 111,cooperative,food,1,reseaux\nC,9999999999,cooperative,food,1,reseaux\n');
    expect(rejected.map((r) => [r.line, r.errors[0].en])).toEqual([
      [3, 'The field "NEQ" (column neq) holds 1111111111, a NEQ that already appears on line 2 of the file.'],
      [4, 'The field "NEQ" (column neq) holds 9999999999, the NEQ of an existing member.'],
    ]);
  });

  it('refuses a header missing a required column or naming an unknown one', () => {
    expect(() => readHeader(['legal_name', 'kind'])).toThrow(AppError);
    expect(() => readHeader(['legal_name', 'kind', 'sector', 'region', 'college_code', 'fax'])).toThrow(/Unknown columns in the header: fax/);
    expect(() => readHeader(['legal_name', 'kind', 'sector', 'region', 'college_code', 'kind'])).toThrow(/Columns repeated in the header: kind/);
  });
});

describe('search name', () => {
  it('folds case, accents, ligatures and spaces', () => {
    expect(searchName('  Coopérative   du Cœur-de-l’Île ')).toBe('cooperative du coeur-de-l’ile');
    expect(searchName('ÉCONOMIE SOCIALE')).toBe('economie sociale');
  });
});
