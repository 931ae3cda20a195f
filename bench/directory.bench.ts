/**
 * Benchmark of the member directory (not a test): imports 7,000 member organizations from a
 * CSV file over HTTP, then times ~500 directory requests, on an embedded PostgreSQL in a
 * temporary folder. Prints the figures. Run: npm run bench
 */
import type { College, ImportReport, Page, Member, TokenResponse } from '@concerto/contracts';
import { MEMBER_KINDS, REGIONS, SECTORS } from '@concerto/contracts';
import * as argon2 from 'argon2';
import { percentile, random, withBenchApi } from './support';

const ROWS = 7000;
const REQUESTS = 500;
const PASSWORD = 'bench-password-123';


const COLLEGES = [
  ['reseaux', 10],
  ['developpement_local', 6],
  ['syndical', 3],
  ['femmes', 2],
  ['recherche', 2],
  ['premieres_nations', 2],
  ['poles_regionaux', 7],
  ['aile_jeunesse', 3],
] as const;
const PREFIXES = ['Coopérative de solidarité', 'Coopérative de travail', 'Centre communautaire', 'Corporation de développement économique communautaire', 'Entreprise d’insertion', 'Réseau', 'Marché solidaire', 'Atelier', 'Maison', 'Regroupement', 'Fonds', 'Table de concertation'];
const CORES = ['Le Pivot', 'La Ruche', 'Les Artisans', 'Le Grenier', 'La Boussole', 'Le Chantier', 'L’Élan', 'Le Cœur', 'La Fabrique', 'Le Carrefour', 'Les Semences', 'La Passerelle', 'Le Phare', 'L’Envol', 'Le Quai', 'La Source'];
const PLACES = ['de Rimouski', 'du Saguenay', 'de Québec', 'de Trois-Rivières', 'de Sherbrooke', 'de Montréal', 'de Gatineau', 'de Rouyn-Noranda', 'de Sept-Îles', 'de Chibougamau', 'de Gaspé', 'de Lévis', 'de Laval', 'de Joliette', 'de Saint-Jérôme', 'de Longueuil', 'de Drummondville'];

function memberFile(): string {
  const r = random(20261123);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const lines = ['legal_name,neq,kind,sector,region,college_code,dues_paid_until,city'];
  for (let i = 0; i < ROWS; i++) {
    const region = pick(REGIONS);
    const name = `${pick(PREFIXES)} ${pick(CORES)} ${PLACES[Number(region) - 1]} ${i + 1}`;
    const neq = r() < 0.7 ? String(1140000000 + i * 13) : '';
    const dues = r() < 0.85 ? `${2027 + Math.floor(r() * 3)}-03-31` : r() < 0.5 ? '2024-03-31' : '';
    lines.push(`"${name}",${neq},${pick(MEMBER_KINDS)},${pick(SECTORS)},${Number(region)},${pick(COLLEGES)[0]},${dues},"${PLACES[Number(region) - 1].slice(3)}"`);
  }
  return lines.join('\n') + '\n';
}


async function main(): Promise<void> {
  await withBenchApi(async ({ base, ds }) => {
    await ds.query(`INSERT INTO people (email, password_hash, full_name, roles) VALUES ('bench@concerto.test', $1, 'Bench Admin', '{admin}')`, [
      await argon2.hash(PASSWORD, { type: argon2.argon2id }),
    ]);

    const call = async <T>(method: string, url: string, token: string | null, body?: string, type = 'application/json'): Promise<T> => {
      const res = await fetch(base + url, { method, body, headers: { 'Content-Type': type, ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const { accessToken: token } = await call<TokenResponse>('POST', '/auth/login', null, JSON.stringify({ email: 'bench@concerto.test', password: PASSWORD }));
    for (const [i, [code, seatCount]] of COLLEGES.entries()) {
      await call('POST', '/colleges', token, JSON.stringify({ code, nameFr: code, nameEn: code, seatCount, sortOrder: i + 1 }));
    }
    const colleges = await call<College[]>('GET', '/colleges', token);

    const csv = memberFile();
    const started = performance.now();
    const report = await call<ImportReport>('POST', '/members/import', token, csv, 'text/csv');
    const importSeconds = (performance.now() - started) / 1000;
    if (!report.imported || report.createdCount !== ROWS) throw new Error(`import failed: ${JSON.stringify(report).slice(0, 500)}`);

    const r = random(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    const KINDS = ['page', 'college', 'region', 'sector', 'standing', 'search'] as const;
    const queries: { kind: (typeof KINDS)[number]; url: string }[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const q = new URLSearchParams();
      const kind = i % 6;
      if (kind === 0) q.set('page', String(1 + Math.floor(r() * (ROWS / 25))));
      if (kind === 1) q.set('collegeId', pick(colleges).id);
      if (kind === 2) q.set('region', pick(REGIONS));
      if (kind === 3) q.set('sector', pick(SECTORS));
      if (kind === 4) q.set('standing', pick(['good_standing', 'lapsed', 'suspended']));
      if (kind === 5) q.set('q', pick(['pivot', 'coop', 'marche solidaire', 'Québec', 'la ruche 12', '11400', 'élan', 'fabrique de laval']));
      if (kind !== 0 && r() < 0.3) q.set('page', String(2 + Math.floor(r() * 5)));
      queries.push({ kind: KINDS[kind], url: `/members?${q.toString()}` });
    }
    for (const { url } of queries.slice(0, 20)) await call<Page<Member>>('GET', url, token); // warm-up
    const times: number[] = [];
    const byKind = new Map<string, number[]>();
    for (const { kind, url } of queries) {
      const t0 = performance.now();
      await call<Page<Member>>('GET', url, token);
      const elapsed = performance.now() - t0;
      times.push(elapsed);
      byKind.set(kind, [...(byKind.get(kind) ?? []), elapsed]);
    }
    times.sort((a, b) => a - b);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log(`Import of ${ROWS} members over HTTP: ${importSeconds.toFixed(2)} s (${Math.round(ROWS / importSeconds)} rows/s)`);
    console.log(`Directory, ${REQUESTS} sequential requests: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, p99 ${ms(percentile(times, 99))}, max ${ms(times[times.length - 1])}`);
    const kinds = [...byKind].map(([kind, ts]) => `${kind} ${ms(percentile(ts.sort((a, b) => a - b), 95))}`);
    console.log(`  p95 by kind of request: ${kinds.join(', ')}`);
    console.log(`RSS of the API process: ${Math.round(process.memoryUsage().rss / 1048576)} MB`);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
