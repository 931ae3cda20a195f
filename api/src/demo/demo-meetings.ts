import { FEDERATION_TIME_ZONE } from '@concerto/contracts';
import { createHash, randomUUID } from 'crypto';
import PDFDocument from 'pdfkit';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { MEETINGS_STREAM } from '../meetings/meeting-queries';

const AGENDA: [fr: string, en: string][] = [
  ["Ouverture de la réunion et adoption de l'ordre du jour", 'Opening of the meeting and adoption of the agenda'],
  ['Adoption du procès-verbal de la réunion précédente', 'Adoption of the minutes of the previous meeting'],
  ['Budget 2027 : prévisions', 'Budget 2027: forecast'],
  ["Plan d'action de l'Aile jeunesse", 'Youth wing action plan'],
  ['Varia et levée de la réunion', 'Other business and adjournment'],
];

/** A one-page PDF: the budget forecast attached to the agenda's budget item. */
function budgetPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 72, info: { Title: 'Budget 2027 — prévisions', Author: 'Concerto' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text('Budget 2027 — prévisions', { align: 'left' });
    doc.moveDown().fontSize(11).text("Document de travail pour la réunion du conseil d'administration.");
    doc.moveDown();
    for (const [line, amount] of [
      ['Cotisations des membres', '412 000 $'],
      ['Subventions', '1 180 000 $'],
      ['Activités et événements', '96 500 $'],
      ['Total des produits', '1 688 500 $'],
    ]) {
      doc.text(`${line} : ${amount}`);
    }
    doc.end();
  });
}

/**
 * One upcoming board meeting (three weeks ahead) with its agenda and a PDF on the budget item,
 * and one open action item owned by the secretary. The convocation is not sent: the secretary
 * sends it from the screen. Seat holders, if the register already has some (demo-board.ts runs
 * first), are the ones it will convene; with none, the meeting is seeded all the same.
 */
export async function seedDemoMeetings(em: EntityManager, audit: AuditService): Promise<void> {
  const [secretary] = await em.query<{ id: string }[]>(`SELECT id FROM people WHERE email = 'secretaire@concerto.demo'`);
  if (!secretary) return;
  const meetingId = randomUUID();
  const [{ startsAt }] = await em.query<{ startsAt: Date }[]>(
    `INSERT INTO board_meetings (id, starts_at, place, video_url)
     VALUES ($1, ((current_date + 21)::timestamp + interval '18 hours 30 minutes') AT TIME ZONE '${FEDERATION_TIME_ZONE}', $2, $3)
     RETURNING starts_at AS "startsAt"`,
    [meetingId, 'Maison du développement durable, 50 rue Sainte-Catherine Ouest, Montréal', 'https://meet.concerto.demo/conseil'],
  );
  const itemIds = AGENDA.map(() => randomUUID());
  await em.query(
    `INSERT INTO board_agenda_items (id, meeting_id, position, title_fr, title_en)
     SELECT x.id, $1, x.position, x.title_fr, x.title_en FROM unnest($2::uuid[], $3::int[], $4::varchar[], $5::varchar[]) AS x(id, position, title_fr, title_en)`,
    [meetingId, itemIds, AGENDA.map((_, i) => i + 1), AGENDA.map((a) => a[0]), AGENDA.map((a) => a[1])],
  );
  const pdf = await budgetPdf();
  const documentId = randomUUID();
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const fileName = 'Budget 2027 - previsions.pdf';
  await em.query(
    `INSERT INTO board_documents (id, agenda_item_id, file_name, media_type, size_bytes, sha256, content, uploaded_by) VALUES ($1, $2, $3, 'application/pdf', $4, $5, $6, $7)`,
    [documentId, itemIds[2], fileName, pdf.length, sha256, pdf, secretary.id],
  );
  const actionItemId = randomUUID();
  const description = 'Transmettre les prévisions budgétaires 2027 aux membres du conseil';
  await em.query(`INSERT INTO board_action_items (id, meeting_id, description, owner_id, due_on) VALUES ($1, $2, $3, $4, current_date + 14)`, [
    actionItemId,
    meetingId,
    description,
    secretary.id,
  ]);
  await audit.appendMany(em, MEETINGS_STREAM, SYSTEM_ACTOR, [
    { action: 'board_meeting.created', targetType: 'board_meeting', targetId: meetingId, after: { startsAt: startsAt.toISOString(), status: 'planned' } },
    ...AGENDA.map(([fr, en], i) => ({
      action: 'board_meeting.agenda_item_added',
      targetType: 'board_agenda_item',
      targetId: itemIds[i],
      after: { meetingId, position: i + 1, titleFr: fr, titleEn: en },
    })),
    { action: 'board_meeting.document_added', targetType: 'board_document', targetId: documentId, after: { meetingId, agendaItemId: itemIds[2], fileName, sizeBytes: pdf.length, sha256 } },
    { action: 'action_item.created', targetType: 'action_item', targetId: actionItemId, after: { meetingId, description, ownerId: secretary.id, status: 'open' } },
  ]);
}
