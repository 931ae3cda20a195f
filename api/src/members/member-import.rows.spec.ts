import { parseCsv } from '@concerto/domain';
import { AppError } from '../common/app-error';
import { checkRows, readHeader } from './member-import.rows';
import { searchName } from './search-name';

const ctx = { collegeIdByCode: new Map([['reseaux', 'college-1']]), takenNeqs: new Set(['9999999999']) };

function check(csv: string) {
  const [header, ...rows] = parseCsv(csv);
  return checkRows(rows, readHeader(header.fields), header.fields.length, ctx);
}

describe('rows of a member import file', () => {
  it('reads the header in any order and case, and pads a one-digit region', () => {
    const { valid, rejected } = check('REGION,College_Code,legal_name,sector,kind\n3,Reseaux,Coop La Ruche,food,cooperative\n');
    expect(rejected).toEqual([]);
    expect(valid).toEqual([
      { line: 2, legalName: 'Coop La Ruche', neq: null, kind: 'cooperative', sector: 'food', region: '03', collegeId: 'college-1', duesPaidUntil: null, city: null },
    ]);
  });

  it('lists every problem of a row in both languages', () => {
    const { rejected } = check('legal_name,neq,kind,sector,region,college_code,dues_paid_until\n,12,coop,food,0,x,31-12-2026\n');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].errors.map((e) => e.en)).toEqual([
      'legal_name is required.',
      expect.stringMatching(/^Unknown kind "coop"/),
      'Invalid region "0": a region number from 01 to 17.',
      'college_code "x" matches no college (reseaux).',
      'dues_paid_until "31-12-2026" must be a valid date YYYY-MM-DD.',
      'neq "12" must have 10 digits.',
    ]);
    expect(rejected[0].errors[0].fr).toBe('legal_name est obligatoire.');
  });

  it('flags a NEQ repeated in the file (naming the first line) or already taken', () => {
    const { rejected } = check('legal_name,neq,kind,sector,region,college_code\nA,1111111111,cooperative,food,1,reseaux\nB,1111 111 111,cooperative,food,1,reseaux\nC,9999999999,cooperative,food,1,reseaux\n');
    expect(rejected.map((r) => [r.line, r.errors[0].en])).toEqual([
      [3, 'neq 1111111111 already appears on line 2 of the file.'],
      [4, 'neq 9999999999 already belongs to an existing member.'],
    ]);
  });

  it('refuses a header missing a required column or naming an unknown one', () => {
    expect(() => readHeader(['legal_name', 'kind'])).toThrow(AppError);
    expect(() => readHeader(['legal_name', 'kind', 'sector', 'region', 'college_code', 'email'])).toThrow(/Unknown columns in the header: email/);
    expect(() => readHeader(['legal_name', 'kind', 'sector', 'region', 'college_code', 'kind'])).toThrow(/Columns repeated in the header: kind/);
  });
});

describe('search name', () => {
  it('folds case, accents, ligatures and spaces', () => {
    expect(searchName('  Coopérative   du Cœur-de-l’Île ')).toBe('cooperative du coeur-de-l’ile');
    expect(searchName('ÉCONOMIE SOCIALE')).toBe('economie sociale');
  });
});
