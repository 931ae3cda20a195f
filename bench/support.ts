import type { INestApplication } from '@nestjs/common';
import { generateKeyPairSync } from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { DataSource } from 'typeorm';
import { createApp } from '../api/src/bootstrap';
import { loadConfig } from '../api/src/config/config';
import { createDataSource, runMigrations } from '../api/src/database/data-source';
import { startEmbeddedPostgres } from '../api/src/database/embedded';

/** A throwaway Ed25519 key for the audit checkpoints of a benchmark's API (required with DATABASE_URL). */
export function benchSigningKey(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The value at percentile `p` of ascending `sorted` values (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Deterministic pseudo-random numbers (mulberry32), so every run uses the same data. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchApi {
  app: INestApplication;
  /** http://127.0.0.1:<port>/api */
  base: string;
  ds: DataSource;
  /** The throwaway folder (the database's, removed at the end), for a benchmark's own files. */
  dir: string;
}

/**
 * Runs `body` against the real API on a throwaway embedded PostgreSQL (migrated, no demo data,
 * quiet logs), then stops both and removes the folder, whatever happens.
 */
export async function withBenchApi(body: (api: BenchApi) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-bench-'));
  const pg = await startEmbeddedPostgres(dir, await freePort());
  let app: INestApplication | null = null;
  try {
    const migrator = createDataSource(pg.ownerUrl);
    await migrator.initialize();
    await runMigrations(migrator);
    await migrator.destroy();
    const config = loadConfig({ DATABASE_URL: pg.url, JWT_SECRET: 'bench-secret-'.padEnd(48, 'x'), AUDIT_SIGNING_KEY: benchSigningKey(), AUDIT_CHECKPOINT_MINUTES: '0', LOG_LEVEL: 'silent', WEB_DIST: '', DEMO_DATA: 'false' });
    app = await createApp(config, pg.url, config.jwtSecret!);
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as net.AddressInfo).port}/api`;
    await body({ app, base, ds: app.get(DataSource), dir });
  } finally {
    if (app) await app.close();
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
