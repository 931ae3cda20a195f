import { FEDERATION_TIME_ZONE } from '@concerto/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { publishMinutes } from '../minutes/minutes-approval.service';
import { gatherRecord } from '../minutes/minutes-record';
import { draftBody } from '../minutes/minutes-text';
import { MINUTES_STREAM } from '../minutes/minutes.service';

interface Holder {
  id: string;
  name: string;
}

interface DemoResolution {
  fr: string;
  en: string;
  /** Adopts the minutes of the meeting at this index (0-based) of DEMO_MEETINGS. */
  adopts?: number;
  rejected?: boolean;
}

/** Three past meetings: the first two with published minutes, the third with draft minutes. */
const DEMO_MEETINGS: { weeksAgo: number; place: string; agenda: [string, string][]; resolutions: DemoResolution[] }[] = [
  {
    weeksAgo: 14,
    place: 'Montréal, Maison de l’économie sociale',
    agenda: [
      ['États financiers vérifiés', 'Audited financial statements'],
      ['Plan d’action régional', 'Regional action plan'],
    ],
    resolutions: [
      { fr: 'Le conseil approuve les états financiers vérifiés de l’exercice terminé le 31 mars.', en: 'The board approves the audited financial statements for the year ended March 31.' },
      { fr: 'Le conseil adopte le plan d’action régional et mandate la direction pour sa mise en œuvre.', en: 'The board adopts the regional action plan and mandates management to carry it out.' },
    ],
  },
  {
    weeksAgo: 8,
    place: 'Québec, salle du conseil',
    agenda: [
      ['Adoption du procès-verbal', 'Adoption of the minutes'],
      ['Politique de représentation des jeunes', 'Youth representation policy'],
    ],
    resolutions: [
      { fr: 'Le conseil adopte le procès-verbal de sa réunion précédente.', en: 'The board adopts the minutes of its previous meeting.', adopts: 0 },
      { fr: 'Le conseil adopte la politique de représentation des jeunes au sein des comités.', en: 'The board adopts the youth representation policy for its committees.' },
      { fr: 'Le conseil reporte l’étude de la hausse des cotisations.', en: 'The board postpones the study of the dues increase.', rejected: true },
    ],
  },
  {
    weeksAgo: 2,
    place: 'Trois-Rivières, Coopérative du Cœur-du-Québec',
    agenda: [
      ['Adoption du procès-verbal', 'Adoption of the minutes'],
      ['Calendrier de l’assemblée générale', 'General assembly calendar'],
    ],
    resolutions: [
      { fr: 'Le conseil adopte le procès-verbal de sa réunion précédente.', en: 'The board adopts the minutes of its previous meeting.', adopts: 1 },
      { fr: 'Le conseil fixe la date de l’assemblée générale annuelle et en approuve l’ordre du jour.', en: 'The board sets the date of the annual general meeting and approves its agenda.' },
    ],
  },
];

/**
 * The demo board's minutes: three past meetings with attendance and numbered resolutions, the
 * minutes of the first two adopted, signed and published (PDFs rendered once), the third's a
 * draft. Uses the seat holders and officers found in the database (demo-board.ts), and creates
 * the few it needs when there are none.
 */
export async function seedDemoMinutes(em: EntityManager, audit: AuditService): Promise<void> {
  const { holders, president, secretary } = await demoBoard(em);
  const meetings: string[] = [];
  const adoptions: { minutesOf: number; resolutionId: string }[] = [];
  for (const [m, meeting] of DEMO_MEETINGS.entries()) {
    const [{ id }] = await em.query<{ id: string }[]>(
      `INSERT INTO board_meetings (starts_at, place, status, convocation_sent_at)
       VALUES ((current_date - $1::int * 7 + time '18:30') AT TIME ZONE '${FEDERATION_TIME_ZONE}', $2, 'held', now() - ($1::int * 7 + 10) * interval '1 day') RETURNING id`,
      [meeting.weeksAgo, meeting.place],
    );
    meetings.push(id);
    const items: string[] = [];
    for (const [i, [fr, en]] of meeting.agenda.entries()) {
      const [item] = await em.query<{ id: string }[]>(`INSERT INTO board_agenda_items (meeting_id, position, title_fr, title_en) VALUES ($1, $2, $3, $4) RETURNING id`, [id, i + 1, fr, en]);
      items.push(item.id);
    }
    // Everyone present but one or two, absent or excused.
    for (const [i, h] of holders.entries()) {
      const status = i === holders.length - 1 - m ? 'absent' : i === holders.length - 2 && m === 1 ? 'excused' : 'present';
      await em.query(`INSERT INTO board_attendance (meeting_id, person_id, status) VALUES ($1, $2, $3)`, [id, h.id, status]);
    }
    if (m === 1) await em.query(`INSERT INTO board_conflicts (agenda_item_id, person_id, note) VALUES ($1, $2, $3)`, [items[1], holders[2].id, 'Membre du comité jeunesse']);
    for (const [r, res] of meeting.resolutions.entries()) {
      const [mover, seconder] = [holders[(r + m) % holders.length], holders[(r + m + 1) % holders.length]];
      const [{ id: resolutionId }] = await em.query<{ id: string }[]>(
        `INSERT INTO board_resolutions (meeting_id, agenda_item_id, text_fr, text_en, mover_id, seconder_id, decision_mode) VALUES ($1, $2, $3, $4, $5, $6, 'vote') RETURNING id`,
        [id, items[Math.min(r, items.length - 1)], res.fr, res.en, mover.id, seconder.id],
      );
      const voters = holders.filter((_, i) => i !== holders.length - 1 - m);
      for (const [v, voter] of voters.entries()) {
        const choice = res.rejected ? (v < 2 ? 'for' : 'against') : v === voters.length - 1 && r === 1 ? 'abstain' : 'for';
        await em.query(`INSERT INTO board_resolution_votes (resolution_id, person_id, choice) VALUES ($1, $2, $3)`, [resolutionId, voter.id, choice]);
      }
      if (res.rejected) {
        await em.query(`UPDATE board_resolutions SET status = 'rejected', decided_at = now() WHERE id = $1`, [resolutionId]);
        continue;
      }
      const [{ year }] = await em.query<{ year: number }[]>(`SELECT extract(year FROM current_date)::int AS year`);
      const [{ last_number }] = await em.query<{ last_number: number }[]>(
        `INSERT INTO board_resolution_counters (year, last_number) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last_number = board_resolution_counters.last_number + 1 RETURNING last_number`,
        [year],
      );
      await em.query(`UPDATE board_resolutions SET status = 'adopted', year = $2, number = $3, decided_at = now() WHERE id = $1`, [resolutionId, year, last_number]);
      if (res.adopts !== undefined) adoptions.push({ minutesOf: res.adopts, resolutionId });
    }
  }
  for (const [m, meetingId] of meetings.entries()) {
    const record = await gatherRecord(em, meetingId);
    const [{ id }] = await em.query<{ id: string }[]>(`INSERT INTO minutes (kind, meeting_id, body_fr, body_en) VALUES ('minutes', $1, $2, $3) RETURNING id`, [
      meetingId,
      draftBody(record, 'fr'),
      draftBody(record, 'en'),
    ]);
    await audit.append(em, MINUTES_STREAM, SYSTEM_ACTOR, { action: 'minutes.drafted', targetType: 'minutes', targetId: id, after: { meetingId, kind: 'minutes' } });
    const adoption = adoptions.find((a) => a.minutesOf === m);
    if (!adoption) continue;
    await em.query(`UPDATE minutes SET status = 'submitted', record = $2, submitted_at = now() WHERE id = $1`, [id, JSON.stringify(record)]);
    await em.query(`UPDATE minutes SET status = 'adopted', adopted_by_resolution_id = $2, adopted_at = now() WHERE id = $1`, [id, adoption.resolutionId]);
    await em.query(`INSERT INTO minutes_signatures (minutes_id, role, person_id, signer_name) VALUES ($1, 'president', $2, $3), ($1, 'secretary', $4, $5)`, [
      id,
      president.id,
      president.name,
      secretary.id,
      secretary.name,
    ]);
    await audit.appendMany(em, MINUTES_STREAM, SYSTEM_ACTOR, [
      { action: 'minutes.submitted', targetType: 'minutes', targetId: id, after: { status: 'submitted' } },
      { action: 'minutes.adopted', targetType: 'minutes', targetId: id, after: { status: 'adopted', resolutionId: adoption.resolutionId } },
      { action: 'minutes.signed', targetType: 'minutes', targetId: id, after: { role: 'president', signerName: president.name } },
      { action: 'minutes.signed', targetType: 'minutes', targetId: id, after: { role: 'secretary', signerName: secretary.name } },
    ]);
    await publishMinutes(em, audit, SYSTEM_ACTOR, id);
  }
}

/** Seat holders today and the président·e and secretary; created minimally (seven seats, two officers) when the register is empty. */
async function demoBoard(em: EntityManager): Promise<{ holders: Holder[]; president: Holder; secretary: Holder }> {
  const current = () =>
    em.query<Holder[]>(
      `SELECT p.id, p.full_name AS name FROM board_terms t JOIN people p ON p.id = t.person_id
        WHERE t.starts_on <= current_date - 120 AND current_date < COALESCE(t.ended_on, t.ends_on) ORDER BY t.starts_on, p.full_name`,
    );
  let holders = await current();
  if (holders.length < 3) {
    const people = await em.query<Holder[]>(
      `SELECT id, full_name AS name FROM people WHERE email = 'secretaire@concerto.demo'
       UNION ALL (SELECT id, full_name FROM people WHERE email <> 'secretaire@concerto.demo' AND roles = '{}' ORDER BY email LIMIT 6)`,
    );
    const colleges = await em.query<{ id: string }[]>(`SELECT id FROM colleges ORDER BY sort_order, code LIMIT 7`);
    for (const [i, p] of people.entries()) {
      const college = colleges[i % colleges.length];
      const [{ id: seatId }] = await em.query<{ id: string }[]>(
        `INSERT INTO board_seats (college_id, number) VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM board_seats WHERE college_id = $1)) RETURNING id`,
        [college.id],
      );
      await em.query(`INSERT INTO board_terms (seat_id, person_id, starts_on, ends_on) VALUES ($1, $2, current_date - 400, current_date + 700)`, [seatId, p.id]);
    }
    holders = await current();
  }
  const officer = async (office: 'president' | 'secretary', fallback: Holder): Promise<Holder> => {
    const [row] = await em.query<Holder[]>(`SELECT p.id, p.full_name AS name FROM board_officers o JOIN people p ON p.id = o.person_id WHERE o.office = $1 AND o.ended_on IS NULL`, [office]);
    if (row) return row;
    await em.query(`INSERT INTO board_officers (office, person_id, starts_on) VALUES ($1, $2, current_date - 400)`, [office, fallback.id]);
    return fallback;
  };
  const [secretaryAccount] = await em.query<Holder[]>(`SELECT id, full_name AS name FROM people WHERE email = 'secretaire@concerto.demo'`);
  const president = await officer('president', holders.find((h) => h.id !== secretaryAccount?.id) ?? holders[0]);
  const secretary = await officer('secretary', secretaryAccount ?? holders[1]);
  return { holders, president, secretary };
}
