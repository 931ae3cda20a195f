import type { Role } from '@concerto/contracts';
import { randomBytes } from 'crypto';
import * as zlib from 'zlib';
import { createCollege } from '../support/factories';
import type { TestApp } from '../support/test-app';

/** A seat of a fresh college, written straight to the database. */
export async function createSeat(t: TestApp): Promise<string> {
  const college = await createCollege(t.ds, { seatCount: 1, code: `seat-${randomBytes(4).toString('hex')}` });
  const [seat] = await t.ds.query<{ id: string }[]>(`INSERT INTO board_seats (college_id, number) VALUES ($1, 1) RETURNING id`, [college.id]);
  return seat.id;
}

export interface TermDates {
  startsOn?: string;
  endsOn?: string;
  endedOn?: string | null;
}

/**
 * A person holding a seat (a term from two years ago to two years ahead unless given), with a
 * token: a board member today when the term covers today.
 */
export async function seatHolder(t: TestApp, dates: TermDates = {}, roles: Role[] = [], extra: { preferredLanguage?: 'fr' | 'en'; fullName?: string } = {}) {
  const { person, token } = await t.personWith(roles, extra);
  const seatId = await createSeat(t);
  await t.ds.query(
    `INSERT INTO board_terms (seat_id, person_id, starts_on, ends_on, ended_on)
     VALUES ($1, $2, coalesce($3::date, current_date - 730), coalesce($4::date, current_date + 730), $5::date)`,
    [seatId, person.id, dates.startsOn ?? null, dates.endsOn ?? null, dates.endedOn ?? null],
  );
  return { person, token };
}

/** A planned meeting at this date and time (default: a week from now), written straight to the database. */
export async function createMeeting(t: TestApp, startsAt?: string): Promise<string> {
  const [m] = await t.ds.query<{ id: string }[]>(
    `INSERT INTO board_meetings (starts_at, place) VALUES (coalesce($1::timestamptz, now() + interval '7 days'), 'Salle du conseil') RETURNING id`,
    [startsAt ?? null],
  );
  return m.id;
}

export async function createAgendaItem(t: TestApp, meetingId: string, title = 'Point'): Promise<string> {
  const [i] = await t.ds.query<{ id: string }[]>(
    `INSERT INTO board_agenda_items (meeting_id, position, title_fr, title_en)
     SELECT $1, coalesce(max(position), 0) + 1, $2, $2 FROM board_agenda_items WHERE meeting_id = $1 RETURNING id`,
    [meetingId, title],
  );
  return i.id;
}

export async function markPresent(t: TestApp, meetingId: string, personIds: string[], status = 'present'): Promise<void> {
  for (const id of personIds) await t.ds.query(`INSERT INTO board_attendance (meeting_id, person_id, status) VALUES ($1, $2, $3)`, [meetingId, id, status]);
}

export async function proposeDirect(t: TestApp, meetingId: string, moverId: string, seconderId: string, mode = 'vote', itemId: string | null = null): Promise<string> {
  const [r] = await t.ds.query<{ id: string }[]>(
    `INSERT INTO board_resolutions (meeting_id, agenda_item_id, text_fr, text_en, mover_id, seconder_id, decision_mode) VALUES ($1, $2, 'Texte', 'Text', $3, $4, $5) RETURNING id`,
    [meetingId, itemId, moverId, seconderId, mode],
  );
  return r.id;
}

/** A minimal valid PDF. */
export function pdfBytes(text = 'Ordre du jour'): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`, 'latin1');
}

/** A ZIP archive of these entries, stored uncompressed (the shape of Office and OpenDocument files). */
export function zipBytes(entries: [name: string, content: string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

function crc32(data: Buffer): number {
  return (zlib as unknown as { crc32: (d: Buffer) => number }).crc32(data);
}

export const DOCX = () =>
  zipBytes([
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', '<w:document/>'],
  ]);
export const ODS = () =>
  zipBytes([
    ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['content.xml', '<office:document-content/>'],
  ]);
/** A legacy Word file: an OLE2 header and a directory naming the WordDocument stream. */
export const DOC = () => {
  const b = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  Buffer.from('WordDocument', 'utf16le').copy(b, 1024);
  return b;
};
/** A Windows executable: what a file renamed "budget.pdf" may really be. */
export const EXE = () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);
