import type { Language } from '@concerto/contracts';
import { readFileSync } from 'fs';
import PDFDocument from 'pdfkit';
import type { MinutesContent } from './minutes-digest';
import { meetingDate } from './minutes-text';

const T = {
  fr: {
    federation: 'Concerto — Fédération de l’économie sociale du Québec',
    board: 'Conseil d’administration',
    minutes: 'Procès-verbal',
    erratum: 'Erratum au procès-verbal',
    meeting: 'Réunion du',
    place: 'Lieu',
    online: 'En ligne',
    attendance: 'Présences',
    status: { present: 'Présent·e', absent: 'Absent·e', excused: 'Excusé·e' },
    quorum: (p: number, f: number, r: number, ok: boolean) => `${p} présents sur ${f} sièges pourvus, ${r} requis : quorum ${ok ? 'atteint' : 'non atteint'}.`,
    quorumTitle: 'Quorum',
    conflicts: 'Conflits d’intérêts déclarés',
    item: 'point',
    resolutions: 'Résolutions',
    result: { adopted: 'ADOPTÉE', rejected: 'REJETÉE', proposed: 'NON DÉCIDÉE' },
    votes: (f: number, a: number, ab: number) => `Pour ${f} · Contre ${a} · Abstentions ${ab}`,
    consensus: 'Par consensus',
    moved: (m: string, s: string) => `Proposée par ${m}, appuyée par ${s}`,
    proceedings: 'Compte rendu',
    adoption: 'Adoption',
    adopted: (label: string, date: string) => `Adopté par la résolution ${label} du conseil, réunion du ${date}.`,
    signatures: 'Signatures',
    role: { president: 'Présidence', secretary: 'Secrétariat' },
    signed: 'signé le',
    digest: 'Empreinte SHA-256 du contenu publié',
    published: 'Publié le',
    page: (n: number, of: number) => `Page ${n} de ${of}`,
  },
  en: {
    federation: 'Concerto — Québec Social Economy Federation',
    board: 'Board of Directors',
    minutes: 'Minutes',
    erratum: 'Erratum to the minutes',
    meeting: 'Meeting of',
    place: 'Place',
    online: 'Online',
    attendance: 'Attendance',
    status: { present: 'Present', absent: 'Absent', excused: 'Excused' },
    quorum: (p: number, f: number, r: number, ok: boolean) => `${p} present out of ${f} seats filled, ${r} required: quorum ${ok ? 'reached' : 'not reached'}.`,
    quorumTitle: 'Quorum',
    conflicts: 'Declared conflicts of interest',
    item: 'item',
    resolutions: 'Resolutions',
    result: { adopted: 'ADOPTED', rejected: 'REJECTED', proposed: 'NOT DECIDED' },
    votes: (f: number, a: number, ab: number) => `For ${f} · Against ${a} · Abstentions ${ab}`,
    consensus: 'By consensus',
    moved: (m: string, s: string) => `Moved by ${m}, seconded by ${s}`,
    proceedings: 'Proceedings',
    adoption: 'Adoption',
    adopted: (label: string, date: string) => `Adopted by board resolution ${label}, meeting of ${date}.`,
    signatures: 'Signatures',
    role: { president: 'President', secretary: 'Secretary' },
    signed: 'signed on',
    digest: 'SHA-256 digest of the published content',
    published: 'Published on',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
};

/**
 * DejaVu Sans, embedded (subset) in every PDF: it has the glyphs of French and English and also of
 * names the standard PDF fonts cannot write (Indigenous syllabics, Vietnamese, Greek…). Read once.
 */
let fontFiles: { body: Buffer; bold: Buffer } | null = null;
function fonts(): { body: Buffer; bold: Buffer } {
  return (fontFiles ??= {
    body: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  });
}

/** Control characters have no glyph: a tab or a line break stays, anything else becomes a space. */
function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

const MARGIN = 56;

/** The procès-verbal in one language: rendered once, at publication, then stored with its digest. */
export function renderMinutesPdf(content: MinutesContent, language: Language, digest: string): Promise<Buffer> {
  const w = T[language];
  const fr = language === 'fr';
  const record = content.record;
  const date = meetingDate(record.meeting.startsAt, language);
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: printable(`${content.kind === 'erratum' ? w.erratum : w.minutes} — ${w.meeting} ${date}`),
      Author: printable(w.federation),
      Subject: `SHA-256 ${digest}`,
      CreationDate: content.publishedAt ? new Date(content.publishedAt) : new Date(0),
    },
    lang: fr ? 'fr-CA' : 'en-CA',
  });
  doc.registerFont('Body', fonts().body);
  doc.registerFont('Bold', fonts().bold);
  doc.font('Body');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const text = (s: string, opts: PDFKit.Mixins.TextOptions = {}) => doc.text(printable(s), { width, ...opts });
  const heading = (s: string) => {
    doc.moveDown(0.8).font('Bold').fontSize(12).fillColor('#1d3557');
    text(s);
    doc.moveDown(0.2).font('Body').fontSize(10).fillColor('black');
  };

  doc.font('Bold').fontSize(10).fillColor('#1d3557');
  text(w.federation.toUpperCase(), { align: 'center' });
  doc.font('Body').fontSize(10);
  text(w.board, { align: 'center' });
  doc.moveTo(MARGIN, doc.y + 6).lineTo(MARGIN + width, doc.y + 6).strokeColor('#1d3557').stroke();
  doc.moveDown(1.2).font('Bold').fontSize(16).fillColor('black');
  text(content.kind === 'erratum' ? w.erratum : w.minutes, { align: 'center' });
  doc.font('Body').fontSize(11);
  text(`${w.meeting} ${date}`, { align: 'center' });
  text(`${w.place}${fr ? ' : ' : ': '}${record.meeting.place ?? w.online}`, { align: 'center' });

  heading(w.attendance);
  for (const status of ['present', 'absent', 'excused'] as const) {
    const names = record.attendance.filter((a) => a.status === status).map((a) => a.name);
    if (names.length) text(`${w.status[status]}${fr ? ' : ' : ': '}${names.join(', ')}`);
  }
  heading(w.quorumTitle);
  const q = record.quorum;
  text(w.quorum(q.present, q.seatsFilled, q.required, q.reached));
  if (record.conflicts.length) {
    heading(w.conflicts);
    for (const c of record.conflicts) text(`${c.name} — ${w.item} ${c.agendaPosition}${c.note ? ` (${c.note})` : ''}`);
  }
  if (record.resolutions.length) {
    heading(w.resolutions);
    for (const r of record.resolutions) {
      doc.moveDown(0.4).font('Bold');
      text(`${r.label ?? '—'}   ${w.result[r.status]}`);
      doc.font('Body');
      text(fr ? r.textFr : r.textEn);
      doc.fillColor('#444');
      text(`${w.moved(r.mover, r.seconder)} — ${r.decisionMode === 'consensus' ? w.consensus : w.votes(r.votes.for, r.votes.against, r.votes.abstain)}`);
      doc.fillColor('black');
    }
  }
  heading(w.proceedings);
  text(fr ? content.bodyFr : content.bodyEn, { paragraphGap: 2 });

  heading(w.adoption);
  text(w.adopted(content.adoption.label, meetingDate(content.adoption.meetingStartsAt, language)));
  heading(w.signatures);
  for (const s of content.signatures) {
    doc.moveDown(0.3).font('Bold');
    text(`${w.role[s.role]} : ${s.signerName}`.replace(' : ', fr ? ' : ' : ': '));
    doc.font('Body');
    text(`${w.signed} ${meetingDate(s.signedAt, language)}`);
  }
  heading(w.digest);
  doc.font('Courier').fontSize(9);
  text(digest);
  doc.font('Body').fontSize(10);
  text(`${w.published} ${meetingDate(content.publishedAt, language)}`);

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.height - MARGIN + 4;
    doc.page.margins.bottom = 0;
    doc.font('Body').fontSize(7).fillColor('#666');
    doc.text(`SHA-256 ${digest}`, MARGIN, bottom, { width, align: 'left', lineBreak: false });
    doc.text(w.page(i + 1, range.count), MARGIN, bottom, { width, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}
