import type { Language, MinutesRecord } from '@concerto/contracts';
import { FEDERATION_TIME_ZONE } from '@concerto/contracts';

/** The meeting's date and time as a reader of this language writes it ("le 12 mars 2026 à 18 h 30"). */
export function meetingDate(iso: string, language: Language): string {
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { timeZone: FEDERATION_TIME_ZONE, dateStyle: 'long' }).format(d);
  const time = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { timeZone: FEDERATION_TIME_ZONE, timeStyle: 'short' }).format(d);
  return language === 'fr' ? `${date} à ${time}` : `${date} at ${time}`;
}

const WORDS = {
  fr: {
    title: 'Procès-verbal de la réunion du conseil d’administration',
    held: (date: string, place: string) => `La réunion s’est tenue le ${date}${place}.`,
    at: (place: string) => `, à ${place}`,
    online: ' (en ligne)',
    agenda: 'Ordre du jour',
    attendance: 'Présences',
    present: 'Présents',
    absent: 'Absents',
    excused: 'Excusés',
    none: 'aucun',
    quorum: (p: number, f: number, r: number, ok: boolean) =>
      `Quorum : ${p} administrateurs présents sur ${f} sièges pourvus (${r} requis) ; le quorum est ${ok ? 'atteint' : 'non atteint'}.`,
    conflicts: 'Déclarations de conflit d’intérêts',
    conflict: (name: string, pos: number) => `${name} déclare un conflit d’intérêts sur le point ${pos} et ne vote pas sur ses résolutions.`,
    resolutions: 'Résolutions',
    moved: (m: string, s: string) => `Proposée par ${m}, appuyée par ${s}.`,
    votes: (f: number, a: number, ab: number) => `Vote : ${f} pour, ${a} contre, ${ab} abstention${ab > 1 ? 's' : ''}.`,
    consensus: 'Décidée par consensus.',
    result: { adopted: 'Adoptée.', rejected: 'Rejetée.', proposed: 'Non décidée.' },
    unnumbered: 'Résolution',
    noResolutions: 'Aucune résolution.',
  },
  en: {
    title: 'Minutes of the meeting of the Board of Directors',
    held: (date: string, place: string) => `The meeting was held on ${date}${place}.`,
    at: (place: string) => `, at ${place}`,
    online: ' (online)',
    agenda: 'Agenda',
    attendance: 'Attendance',
    present: 'Present',
    absent: 'Absent',
    excused: 'Excused',
    none: 'none',
    quorum: (p: number, f: number, r: number, ok: boolean) =>
      `Quorum: ${p} directors present out of ${f} seats filled (${r} required); quorum ${ok ? 'was reached' : 'was not reached'}.`,
    conflicts: 'Declarations of conflict of interest',
    conflict: (name: string, pos: number) => `${name} declares a conflict of interest on item ${pos} and does not vote on its resolutions.`,
    resolutions: 'Resolutions',
    moved: (m: string, s: string) => `Moved by ${m}, seconded by ${s}.`,
    votes: (f: number, a: number, ab: number) => `Vote: ${f} for, ${a} against, ${ab} abstention${ab === 1 ? '' : 's'}.`,
    consensus: 'Decided by consensus.',
    result: { adopted: 'Adopted.', rejected: 'Rejected.', proposed: 'Not decided.' },
    unnumbered: 'Resolution',
    noResolutions: 'No resolutions.',
  },
};

/** A readable first draft of the minutes, in one language, from what the portal recorded. */
export function draftBody(record: MinutesRecord, language: Language): string {
  const w = WORDS[language];
  const fr = language === 'fr';
  const place = record.meeting.place ? w.at(record.meeting.place) : record.meeting.videoUrl ? w.online : '';
  const lines: string[] = [w.title, '', w.held(meetingDate(record.meeting.startsAt, language), place), ''];
  if (record.agenda.length) {
    lines.push(w.agenda);
    for (const a of record.agenda) lines.push(`${a.position}. ${fr ? a.titleFr : a.titleEn}`);
    lines.push('');
  }
  lines.push(w.attendance);
  for (const status of ['present', 'absent', 'excused'] as const) {
    const names = record.attendance.filter((a) => a.status === status).map((a) => a.name);
    lines.push(`${w[status]}${fr ? ' : ' : ': '}${names.length ? names.join(', ') : w.none}`);
  }
  const q = record.quorum;
  lines.push(w.quorum(q.present, q.seatsFilled, q.required, q.reached), '');
  if (record.conflicts.length) {
    lines.push(w.conflicts);
    for (const c of record.conflicts) lines.push(w.conflict(c.name, c.agendaPosition) + (c.note ? ` (${c.note})` : ''));
    lines.push('');
  }
  lines.push(w.resolutions);
  if (!record.resolutions.length) lines.push(w.noResolutions);
  for (const r of record.resolutions) {
    lines.push('', `${r.label ?? w.unnumbered}${r.agendaPosition !== null ? ` (${fr ? 'point' : 'item'} ${r.agendaPosition})` : ''}`);
    lines.push(fr ? r.textFr : r.textEn);
    lines.push(w.moved(r.mover, r.seconder));
    lines.push(r.decisionMode === 'consensus' ? w.consensus : w.votes(r.votes.for, r.votes.against, r.votes.abstain));
    lines.push(w.result[r.status]);
  }
  return lines.join('\n');
}
