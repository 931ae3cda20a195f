import type { CsvRow } from '@concerto/domain';
import { CsvError, parse } from 'csv-parse';
import type { Readable } from 'stream';
import { commonError } from '../common/app-error';
import { membersError } from './members.errors';

export interface CsvLimits {
  /** Rows below the header; one more refuses the file (IMPORT_TOO_MANY_ROWS) without reading on. */
  maxRows: number;
  /** Bytes of the whole body; one more refuses it (413). */
  maxBytes: number;
}

/** A header longer than this is not a header; a record longer than this is not a member. */
const MAX_RECORD_BYTES = 64 * 1024;

/** `;` when the header has more of them than commas (Excel in fr-CA writes it), else `,`. */
export function detectSeparator(firstLine: string): ',' | ';' {
  const commas = (firstLine.match(/,/g) ?? []).length;
  const semis = (firstLine.match(/;/g) ?? []).length;
  return semis > commas ? ';' : ',';
}

/**
 * Reads a CSV body as a stream (csv-parse): quoted fields, doubled quotes, separators and line
 * breaks inside quotes, CRLF or LF, a BOM, blank lines skipped. Only the kept rows are held in
 * memory: parsing stops at `maxRows + 1` rows and at `maxBytes`, and what follows is drained
 * unread, so memory stays flat whatever is sent. Each row has the 1-based line it starts on.
 */
export function readCsvRows(source: Readable, limits: CsvLimits): Promise<{ header: CsvRow | undefined; rows: CsvRow[] }> {
  return new Promise((resolve, reject) => {
    let header: CsvRow | undefined;
    const rows: CsvRow[] = [];
    let parser: ReturnType<typeof parse> | null = null;
    const head: Buffer[] = [];
    let headBytes = 0;
    let bytes = 0;
    let settled = false;

    const finish = (error: unknown) => {
      if (settled) return;
      settled = true;
      parser?.destroy();
      parser = null;
      // The rest of the body is read and dropped, so the answer can be sent on this connection.
      source.resume();
      if (error) reject(error instanceof CsvError ? membersError('IMPORT_MALFORMED', { line: Number(error.lines) || 1 }) : error instanceof Error ? error : new Error('The CSV file could not be read'));
      else resolve({ header, rows });
    };

    const start = (separator: ',' | ';') => {
      const p = parse({
        delimiter: separator,
        record_delimiter: ['\r\n', '\n'],
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        info: true,
        max_record_size: MAX_RECORD_BYTES,
      });
      p.on('data', ({ record, info }: { record: string[]; info: { lines: number } }) => {
        if (settled) return;
        const breaks = record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
        const row = { line: info.lines - breaks, fields: record };
        if (!header) header = row;
        else if (rows.length === limits.maxRows) return finish(membersError('IMPORT_TOO_MANY_ROWS', { max: limits.maxRows }));
        else rows.push(row);
      });
      p.on('error', finish);
      p.on('end', () => finish(null));
      // Backpressure: the body is read no faster than it is parsed.
      p.on('drain', () => source.resume());
      parser = p;
    };

    const write = (chunk: Buffer) => {
      if (parser && !parser.write(chunk)) source.pause();
    };

    source.on('data', (chunk: Buffer) => {
      if (settled) return;
      bytes += chunk.length;
      if (bytes > limits.maxBytes) return finish(commonError('PAYLOAD_TOO_LARGE'));
      if (parser) return write(chunk);
      // Until the header line is complete, its separator is not known.
      head.push(chunk);
      headBytes += chunk.length;
      const text = Buffer.concat(head).toString('utf8');
      const end = text.search(/\r?\n/);
      if (end < 0 && headBytes < MAX_RECORD_BYTES) return;
      start(detectSeparator(end < 0 ? text : text.slice(0, end)));
      write(Buffer.concat(head));
    });
    source.on('end', () => {
      if (settled) return;
      if (!parser) {
        start(detectSeparator(Buffer.concat(head).toString('utf8')));
        write(Buffer.concat(head));
      }
      parser!.end();
    });
    source.on('error', finish);
  });
}
