/**
 * Benchmark of the public archive (not a test): 500 published minutes and 6,000 adopted
 * resolutions in fr and en written straight to an embedded PostgreSQL, then ~400 sequential
 * anonymous searches over HTTP (words in fr and en, with and without accents, years, numbers,
 * labels), and the rendering of a 20-page procès-verbal PDF. Targets on 2 cores: search p95
 * < 50 ms, PDF < 1 s. Run: npm run bench:archive
 */
import { resolutionLabel, type ArchiveHit, type MinutesRecord, type Page } from '@concerto/contracts';
import { DataSource } from 'typeorm';
import { percentile, random, withBenchApi } from './support';
import { MINUTES_DIGEST_FORMAT, minutesDigest, type MinutesContent } from '../api/src/minutes/minutes-digest';
import { renderMinutesPdf } from '../api/src/minutes/minutes-pdf';

const MEETINGS = 500;
const RESOLUTIONS_PER_MEETING = 12;
const SEARCHES = 400;


/** [fr, en] pieces a board resolution is made of. */
const VERBS: [string, string][] = [
  ['adopte', 'adopts'],
  ['approuve', 'approves'],
  ['autorise', 'authorizes'],
  ['mandate la direction pour préparer', 'mandates management to prepare'],
  ['reporte l’étude de', 'postpones the study of'],
  ['renouvelle', 'renews'],
];
const OBJECTS: [string, string][] = [
  ['les états financiers vérifiés', 'the audited financial statements'],
  ['le budget de fonctionnement', 'the operating budget'],
  ['la politique de représentation des jeunes', 'the youth representation policy'],
  ['l’entente de partenariat avec le réseau régional', 'the partnership agreement with the regional network'],
  ['la hausse des cotisations des membres', 'the increase of member dues'],
  ['le plan d’action en logement communautaire', 'the community housing action plan'],
  ['la demande de subvention au ministère', 'the grant application to the ministry'],
  ['le calendrier des élections au conseil', 'the calendar of board elections'],
  ['la politique de gestion des conflits d’intérêts', 'the conflict of interest policy'],
  ['le mandat du comité de vérification', 'the mandate of the audit committee'],
  ['le programme de formation des administrateurs', 'the directors’ training program'],
  ['la stratégie d’économie circulaire', 'the circular economy strategy'],
  ['l’embauche d’une coordonnatrice aux événements', 'the hiring of an events coordinator'],
  ['le bail des locaux de Québec', 'the lease of the Québec offices'],
  ['la campagne de sécurité alimentaire', 'the food security campaign'],
];
const PLACES = ['Montréal', 'Québec', 'Rimouski', 'Sherbrooke', 'Gatineau', 'Trois-Rivières', 'Saguenay', 'Gaspé'];
const WORDS_FR = ['états financiers', 'etats financiers', 'budget', 'budgets', 'politique jeunes', 'partenariat régional', 'cotisations', 'logement communautaire', 'subventions', 'élections', 'elections conseil', 'conflits d’intérêts', 'vérification', 'formation administrateurs', 'économie circulaire', 'embauche', 'bail', 'sécurité alimentaire', 'proces verbal', 'procès-verbal réunion'];
const WORDS_EN = ['financial statements', 'operating budget', 'youth policy', 'partnership', 'member dues', 'housing', 'grant', 'board elections', 'conflict of interest', 'audit committee', 'training', 'circular economy', 'hiring', 'lease', 'food security', 'minutes'];


/** 500 meetings over eight years, each with 12 adopted resolutions and published minutes. */
async function seed(ds: DataSource): Promise<{ years: number[]; labels: string[] }> {
  const r = random(20261125);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const [{ id: personId }] = await ds.query(`INSERT INTO people (email, full_name, roles, password_hash) VALUES ('bench-board@concerto.test', 'Bench Board', '{}', 'x') RETURNING id`);
  const meetings = Array.from({ length: MEETINGS + 1 }, (_, i) => ({ id: '', startsAt: new Date(Date.UTC(2019, 0, 10) + i * 5.8 * 86400000 + 22.5 * 3600000) }));
  const ids = await ds.query<{ id: string }[]>(`INSERT INTO board_meetings (starts_at, place, status) SELECT unnest($1::timestamptz[]), unnest($2::text[]), 'held' RETURNING id`, [
    meetings.map((m) => m.startsAt.toISOString()),
    meetings.map(() => pick(PLACES)),
  ]);
  ids.forEach((row, i) => (meetings[i].id = row.id));
  const counters = new Map<number, number>();
  const res: { meeting: number; year: number; number: number; fr: string; en: string }[] = [];
  for (let m = 0; m <= MEETINGS; m++) {
    const year = meetings[m].startsAt.getUTCFullYear();
    for (let k = 0; k < (m === MEETINGS ? 1 : RESOLUTIONS_PER_MEETING); k++) {
      const number = (counters.get(year) ?? 0) + 1;
      counters.set(year, number);
      const [vf, ve] = k === 0 ? ['adopte le procès-verbal de la réunion précédente et', 'adopts the minutes of the previous meeting and'] : pick(VERBS);
      const [of, oe] = pick(OBJECTS);
      const place = pick(PLACES);
      res.push({ meeting: m, year, number, fr: `Le conseil ${vf} ${of} présenté(e) par le comité de ${place}.`, en: `The board ${ve} ${oe} presented by the ${place} committee.` });
    }
  }
  const resIds = await ds.query<{ id: string }[]>(
    `INSERT INTO board_resolutions (meeting_id, text_fr, text_en, mover_id, seconder_id, decision_mode, status, year, number, decided_at)
     SELECT unnest($1::uuid[]), unnest($2::text[]), unnest($3::text[]), $4, $4, 'consensus', 'adopted', unnest($5::int[]), unnest($6::int[]), now() RETURNING id`,
    [res.map((x) => meetings[x.meeting].id), res.map((x) => x.fr), res.map((x) => x.en), personId, res.map((x) => x.year), res.map((x) => x.number)],
  );
  const firstOf = new Map<number, string>();
  res.forEach((x, i) => {
    if (!firstOf.has(x.meeting)) firstOf.set(x.meeting, resIds[i].id);
  });
  // Published minutes of each meeting but the last (whose first resolution adopts the previous ones).
  const minutes: { meeting: number; fr: string; en: string; record: MinutesRecord }[] = [];
  for (let m = 0; m < MEETINGS; m++) {
    const mine = res.filter((x) => x.meeting === m);
    const record: MinutesRecord = {
      meeting: { id: meetings[m].id, startsAt: meetings[m].startsAt.toISOString(), place: null, videoUrl: null },
      agenda: [],
      attendance: [],
      quorum: { present: 20, seatsFilled: 35, required: 18, reached: true },
      resolutions: [],
      conflicts: [],
    };
    const fr = [`Procès-verbal de la réunion du conseil d’administration tenue à ${pick(PLACES)}.`, 'Quorum : le quorum est atteint.', ...mine.map((x) => `${resolutionLabel(x.year, x.number)} — ${x.fr} Adoptée.`)].join('\n');
    const en = [`Minutes of the meeting of the Board of Directors held in ${pick(PLACES)}.`, 'Quorum: quorum was reached.', ...mine.map((x) => `${resolutionLabel(x.year, x.number)} — ${x.en} Adopted.`)].join('\n');
    minutes.push({ meeting: m, fr, en, record });
  }
  const minutesIds = await ds.query<{ id: string }[]>(
    `INSERT INTO minutes (kind, meeting_id, status, body_fr, body_en, record, submitted_at, adopted_by_resolution_id, adopted_at, published_at, content_sha256, audit_heads)
     SELECT 'minutes', unnest($1::uuid[]), 'published', unnest($2::text[]), unnest($3::text[]), unnest($4::jsonb[]), now(), unnest($5::uuid[]), now(), now(), repeat('0', 64), '[]' RETURNING id`,
    [minutes.map((x) => meetings[x.meeting].id), minutes.map((x) => x.fr), minutes.map((x) => x.en), minutes.map((x) => JSON.stringify(x.record)), minutes.map((x) => firstOf.get(x.meeting + 1))],
  );
  await ds.query(
    `INSERT INTO archive_entries (kind, minutes_id, meeting_starts_at, year, text_fr, text_en)
     SELECT 'minutes', m.id, bm.starts_at, extract(year FROM bm.starts_at AT TIME ZONE 'America/Toronto')::int, m.body_fr, m.body_en
       FROM minutes m JOIN board_meetings bm ON bm.id = m.meeting_id WHERE m.id = ANY($1::uuid[])`,
    [minutesIds.map((x) => x.id)],
  );
  await ds.query(
    `INSERT INTO archive_entries (kind, minutes_id, resolution_id, meeting_starts_at, year, number, label, text_fr, text_en)
     SELECT 'resolution', m.id, r.id, bm.starts_at, r.year, r.number, 'CA-' || r.year || '-' || lpad(r.number::text, 3, '0'), r.text_fr, r.text_en
       FROM minutes m JOIN board_meetings bm ON bm.id = m.meeting_id JOIN board_resolutions r ON r.meeting_id = m.meeting_id`,
  );
  await ds.query(`ANALYZE`);
  return { years: [...counters.keys()], labels: res.slice(0, -1).map((x) => resolutionLabel(x.year, x.number)) };
}

/** A procès-verbal long enough for about twenty pages. */
function longMinutes(): MinutesContent {
  const resolutions = Array.from({ length: 150 }, (_, i) => ({
    id: `r${i}`,
    label: resolutionLabel(2026, i + 1),
    agendaPosition: 1 + (i % 8),
    textFr: `Le conseil ${VERBS[i % VERBS.length][0]} ${OBJECTS[i % OBJECTS.length][0]}, après discussion et sur recommandation du comité concerné, et mandate la direction générale pour en assurer le suivi.`,
    textEn: `The board ${VERBS[i % VERBS.length][1]} ${OBJECTS[i % OBJECTS.length][1]}.`,
    status: 'adopted' as const,
    decisionMode: 'vote' as const,
    mover: 'Marie-Claude Lévesque',
    seconder: 'Jean-François Roy',
    votes: { for: 14, against: 2, abstain: 1 },
  }));
  const body = Array.from({ length: 180 }, (_, i) => `${i + 1}. Les administrateurs discutent du point ${1 + (i % 8)} : ${OBJECTS[i % OBJECTS.length][0]}. Après échanges, la présidence constate le consensus et la secrétaire consigne les décisions.`).join('\n');
  return {
    format: MINUTES_DIGEST_FORMAT,
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'minutes',
    correctsId: null,
    meetingId: '00000000-0000-4000-8000-000000000002',
    record: {
      meeting: { id: 'm', startsAt: '2026-03-12T22:30:00.000Z', place: 'Montréal', videoUrl: null },
      agenda: [],
      attendance: Array.from({ length: 35 }, (_, i) => ({ personId: `p${i}`, name: `Administratrice ${i + 1}`, status: i < 30 ? ('present' as const) : ('absent' as const), seatHolder: true })),
      quorum: { present: 30, seatsFilled: 35, required: 18, reached: true },
      resolutions,
      conflicts: [{ name: 'Administratrice 3', agendaPosition: 2, note: null }],
    },
    bodyFr: body,
    bodyEn: body,
    adoption: { resolutionId: 'x', label: 'CA-2026-120', meetingId: 'y', meetingStartsAt: '2026-04-20T22:30:00.000Z', adoptedAt: '2026-04-20T23:00:00.000Z' },
    signatures: [
      { role: 'president', personId: 'a', signerName: 'Jean-François Roy', signedAt: '2026-04-21T14:00:00.000Z' },
      { role: 'secretary', personId: 'b', signerName: 'Marc-André Gagnon', signedAt: '2026-04-21T15:00:00.000Z' },
    ],
    publishedAt: '2026-04-22T12:00:00.000Z',
    auditHeads: [],
  };
}

async function main(): Promise<void> {
  await withBenchApi(async ({ base, ds }) => {
    const t0 = performance.now();
    const { years, labels } = await seed(ds);
    const seedSeconds = (performance.now() - t0) / 1000;

    const r = random(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    const KINDS = ['words fr', 'words en', 'year', 'number', 'label', 'words + year'] as const;
    const queries: { kind: (typeof KINDS)[number]; url: string }[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      const kind = KINDS[i % KINDS.length];
      const q = new URLSearchParams();
      if (kind === 'words fr') q.set('q', pick(WORDS_FR));
      if (kind === 'words en') q.set('q', pick(WORDS_EN));
      if (kind === 'year') q.set('year', String(pick(years)));
      if (kind === 'number') q.set('q', String(1 + Math.floor(r() * 300)));
      if (kind === 'label') q.set('q', pick(labels));
      if (kind === 'words + year') {
        q.set('q', pick([...WORDS_FR, ...WORDS_EN]));
        q.set('year', String(pick(years)));
      }
      if (r() < 0.2) q.set('page', String(2 + Math.floor(r() * 3)));
      queries.push({ kind, url: `/archive?${q.toString()}` });
    }
    const call = async (url: string) => {
      const res = await fetch(base + url);
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return (await res.json()) as Page<ArchiveHit>;
    };
    for (const { url } of queries.slice(0, 30)) await call(url); // warm-up
    const times: number[] = [];
    const byKind = new Map<string, number[]>();
    let hits = 0;
    for (const { kind, url } of queries) {
      const started = performance.now();
      hits += (await call(url)).total > 0 ? 1 : 0;
      const elapsed = performance.now() - started;
      times.push(elapsed);
      byKind.set(kind, [...(byKind.get(kind) ?? []), elapsed]);
    }
    times.sort((a, b) => a - b);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const [{ entries }] = await ds.query(`SELECT count(*)::int AS entries FROM archive_entries`);
    console.log(`Archive: ${MEETINGS} published minutes and ${MEETINGS * RESOLUTIONS_PER_MEETING} resolutions (${entries} archive rows) written in ${seedSeconds.toFixed(2)} s`);
    console.log(`Public search, ${SEARCHES} sequential anonymous requests (${hits} with results): p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1])} (target p95 < 50 ms)`);
    console.log(`  p95 by kind: ${[...byKind].map(([kind, ts]) => `${kind} ${ms(percentile(ts.sort((a, b) => a - b), 95))}`).join(', ')}`);

    const content = longMinutes();
    const digest = minutesDigest(content);
    const renders: number[] = [];
    let pages = 0;
    let size = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const pdf = await renderMinutesPdf(content, 'fr', digest);
      renders.push(performance.now() - started);
      pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
      size = pdf.length;
    }
    renders.sort((a, b) => a - b);
    console.log(`PDF of a ${pages}-page procès-verbal (${Math.round(size / 1024)} kB): median ${ms(renders[2])}, worst ${ms(renders[4])} over 5 renders (target < 1 s)`);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
