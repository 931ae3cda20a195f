/**
 * Benchmark of the demo federation's seed (not a test): migrates fresh embedded PostgreSQL clusters
 * and times `seedDemoData`, which `npm run up` runs on a first start. Target: under 3 s.
 * Run: npm run bench:demo
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freePort } from './support';
import { createDataSource, runMigrations } from '../api/src/database/data-source';
import { startEmbeddedPostgres } from '../api/src/database/embedded';
import { seedDemoData } from '../api/src/demo/demo-data';

const RUNS = 3;

async function main(): Promise<void> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh embedded cluster each time: migrated as the owner role, seeded as `npm run up` does.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-bench-demo-'));
    const pg = await startEmbeddedPostgres(dir, await freePort());
    try {
      const ds = createDataSource(pg.ownerUrl);
      await ds.initialize();
      await runMigrations(ds);
      const started = process.hrtime.bigint();
      await seedDemoData(ds);
      times.push(Number(process.hrtime.bigint() - started) / 1e9);
      await ds.destroy();
    } finally {
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`Demo federation seed, ${RUNS} runs on a fresh database: median ${sorted[Math.floor(RUNS / 2)].toFixed(2)} s, best ${sorted[0].toFixed(2)} s, worst ${sorted[RUNS - 1].toFixed(2)} s (target < 3 s)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
