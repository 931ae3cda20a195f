import { MINUTES_DIGEST_FORMAT, type MinutesContent } from '../../src/minutes/minutes-digest';
import { renderMinutesPdf } from '../../src/minutes/minutes-pdf';
import { readPdf } from '../support/read-pdf';

/** A small published record whose people write their names in other scripts than Latin-1. */
function content(): MinutesContent {
  const names = ['ᐊᓂᔑᓈᐯ Wâpikwan', 'Nguyễn Thị Hồng', 'Chloé Œuvrard'];
  return {
    format: MINUTES_DIGEST_FORMAT,
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'minutes',
    correctsId: null,
    meetingId: '00000000-0000-4000-8000-000000000002',
    record: {
      meeting: { id: 'm', startsAt: '2026-03-12T22:30:00.000Z', place: 'Wendake, salle Kiuna', videoUrl: null },
      agenda: [],
      attendance: names.map((name, i) => ({ personId: `p${i}`, name, status: 'present' as const, seatHolder: true })),
      quorum: { present: 3, seatsFilled: 3, required: 2, reached: true },
      resolutions: [],
      conflicts: [],
    },
    bodyFr: 'Le conseil remercie ᐊᓂᔑᓈᐯ Wâpikwan pour l’accueil.\u0007',
    bodyEn: 'The board thanks ᐊᓂᔑᓈᐯ Wâpikwan for the welcome.',
    adoption: { resolutionId: 'x', label: 'CA-2026-120', meetingId: 'y', meetingStartsAt: '2026-04-20T22:30:00.000Z', adoptedAt: '2026-04-20T23:00:00.000Z' },
    signatures: [
      { role: 'president', personId: 'p0', signerName: names[0], signedAt: '2026-04-21T14:00:00.000Z' },
      { role: 'secretary', personId: 'p1', signerName: names[1], signedAt: '2026-04-21T15:00:00.000Z' },
    ],
    publishedAt: '2026-04-22T12:00:00.000Z',
    auditHeads: [],
  };
}

describe('the minutes PDF', () => {
  it.each(['fr', 'en'] as const)('writes every name as typed, syllabics and Vietnamese included, in %s (an embedded Unicode font)', async (language) => {
    const text = (await readPdf(await renderMinutesPdf(content(), language, 'a'.repeat(64)))).replace(/\s+/g, ' ');
    for (const name of ['ᐊᓂᔑᓈᐯ Wâpikwan', 'Nguyễn Thị Hồng', 'Chloé Œuvrard']) expect(text).toContain(name);
    expect(text).not.toContain('?');
  });
});
