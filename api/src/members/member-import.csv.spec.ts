import { Readable } from 'stream';
import { AppError } from '../common/app-error';
import { readCsvRows } from './member-import.csv';

const limits = { maxRows: 5, maxBytes: 10_000 };
/** The text as a stream cut into small chunks, so rows and characters straddle chunk edges. */
const stream = (text: string, chunk = 3) => {
  const bytes = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  return Readable.from(parts);
};
const codeOf = async (p: Promise<unknown>) => ((await p.then(() => null, (e: unknown) => e)) as AppError | null)?.code;

describe('reading an imported CSV file as a stream', () => {
  it('reads quoted fields with separators, quotes and line breaks, and keeps the line each row starts on', async () => {
    const { header, rows } = await readCsvRows(stream('a,b\r\n"Coop, la ""Belle""","x\ny"\n\nlast,row\n'), limits);
    expect(header).toEqual({ line: 1, fields: ['a', 'b'] });
    expect(rows).toEqual([
      { line: 2, fields: ['Coop, la "Belle"', 'x\ny'] },
      { line: 5, fields: ['last', 'row'] },
    ]);
  });

  it('detects the semicolon separator written by French spreadsheets and strips a BOM', async () => {
    const { header, rows } = await readCsvRows(stream('\ufeffnom;région\nCœur, la coop;03'), limits);
    expect(header?.fields).toEqual(['nom', 'région']);
    expect(rows[0].fields).toEqual(['Cœur, la coop', '03']);
  });

  it('keeps rows of another width for the row report', async () => {
    const { rows } = await readCsvRows(stream('a,b\n1,2,3\n4\n'), limits);
    expect(rows.map((r) => r.fields.length)).toEqual([3, 1]);
  });

  it('stops at one row past the limit, whatever follows', async () => {
    expect(await codeOf(readCsvRows(stream('a\n' + '1\n'.repeat(6)), limits))).toBe('IMPORT_TOO_MANY_ROWS');
    expect(await readCsvRows(stream('a\n' + '1\n'.repeat(5) + '\n'.repeat(50)), limits)).toMatchObject({ rows: { length: 5 } });
  });

  it('refuses a body past the byte limit, and a file whose quote never closes', async () => {
    expect(await codeOf(readCsvRows(stream('a\n' + '\n'.repeat(10_001), 1000), limits))).toBe('PAYLOAD_TOO_LARGE');
    expect(await codeOf(readCsvRows(stream('a,b\n"open,1\n'), limits))).toBe('IMPORT_MALFORMED');
  });
});
