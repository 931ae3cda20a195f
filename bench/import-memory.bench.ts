/**
 * Benchmark of the member import's memory and time (not a test): sends CSV files over HTTP to an
 * API on an embedded PostgreSQL in a temporary folder, and prints for each the answer, the time,
 * the peak RSS of the process during the request (sampled every 5 ms) and the longest stall of
 * the event loop (how long the server could answer nobody else). Run: npm run bench:import
 */
import type { TokenResponse } from '@concerto/contracts';
import { MEMBER_KINDS, REGIONS, SECTORS } from '@concerto/contracts';
import * as argon2 from 'argon2';
import * as fs from 'fs';
import * as path from 'path';
import { execFile } from 'child_process';
import { monitorEventLoopDelay } from 'perf_hooks';
import { promisify } from 'util';
import { withBenchApi } from './support';

const PASSWORD = 'bench-password-123';
const MB = 1024 * 1024;
const run = promisify(execFile);

const HEADER = 'legal_name,neq,kind,sector,region,college_code,dues_paid_until,city';

/** `rows` valid members (the import's limit is 20,000). */
function validFile(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const region = REGIONS[i % REGIONS.length];
    lines.push(`"Coopérative de solidarité Le Pivot ${i + 1}",${1140000000 + i * 13},${MEMBER_KINDS[i % MEMBER_KINDS.length]},${SECTORS[i % SECTORS.length]},${Number(region)},reseaux,2028-03-31,"Québec"`);
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  await withBenchApi(async ({ base, ds, dir }) => {
    await ds.query(`INSERT INTO people (email, password_hash, full_name, roles) VALUES ('bench@concerto.test', $1, 'Bench Admin', '{admin}')`, [
      await argon2.hash(PASSWORD, { type: argon2.argon2id }),
    ]);
    await ds.query(`INSERT INTO colleges (code, name_fr, name_en, seat_count) VALUES ('reseaux', 'Réseaux', 'Networks', 10)`);
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'bench@concerto.test', password: PASSWORD }) });
    const { accessToken: token } = (await login.json()) as TokenResponse;

    const files: [string, () => string][] = [
      ['6 MB of blank lines', () => HEADER + '\n'.repeat(6 * MB)],
      ['6 MB of empty rows (,,,,,,,)', () => HEADER + '\n' + ',,,,,,,\n'.repeat((6 * MB) / 8)],
      ['24 MB of empty rows (,,,,,,,)', () => HEADER + '\n' + ',,,,,,,\n'.repeat((24 * MB) / 8)],
      ['30 MB of empty rows (over the limit)', () => HEADER + '\n'.repeat(30 * MB)],
      ['20,001 rows (one too many)', () => validFile(20_001)],
      ['20,000 valid rows', () => validFile(20_000)],
    ];
    for (const [name, make] of files) {
      // The file is sent by curl from another process, so only the server's memory is measured.
      const file = path.join(dir, 'import.csv');
      fs.writeFileSync(file, make());
      const size = fs.statSync(file).size;
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const loop = monitorEventLoopDelay({ resolution: 5 });
      loop.enable();
      const started = performance.now();
      const { stdout } = await run('curl', ['-s', '-w', '\n%{http_code}', '-H', 'Content-Type: text/csv', '-H', `Authorization: Bearer ${token}`, '--data-binary', `@${file}`, `${base}/members/import`], {
        maxBuffer: 64 * MB,
      });
      const seconds = (performance.now() - started) / 1000;
      loop.disable();
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      const status = stdout.slice(stdout.lastIndexOf('\n') + 1);
      const answer = JSON.parse(stdout.slice(0, stdout.lastIndexOf('\n'))) as { code?: string; createdCount?: number };
      const outcome = answer.code ?? `created ${answer.createdCount}`;
      console.log(
        `${name} (${(size / MB).toFixed(1)} MB): ${status} ${outcome} in ${seconds.toFixed(2)} s; ` +
          `peak RSS ${Math.round(peak / MB)} MB (+${Math.round((peak - before) / MB)} MB over ${Math.round(before / MB)} MB); ` +
          `longest event-loop stall ${(loop.max / 1e6).toFixed(0)} ms`,
      );
      await ds.query('DELETE FROM members');
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
