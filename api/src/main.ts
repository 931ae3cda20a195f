import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';
import { loadOrCreateJwtSecret } from './config/jwt-secret';
import { createDataSource, runMigrations, withStartupLock } from './database/data-source';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded';
import { demoWarning } from './config/warnings';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from './demo/demo-data';

function say(line: string): void {
  process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: line }) + '\n');
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }

  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  // Migrations and the startup lock run as the schema owner; the API as the least-privileged role.
  let ownerUrl = config.migrationDatabaseUrl ?? config.databaseUrl;
  if (!databaseUrl || !ownerUrl) {
    say(`Starting embedded PostgreSQL in ${config.dataDir}/postgres on port ${config.embeddedPgPort}`);
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
    embedded.notes.forEach(say);
    databaseUrl = embedded.url;
    ownerUrl = embedded.ownerUrl;
  }
  const jwtSecret = config.jwtSecret ?? loadOrCreateJwtSecret(config.dataDir);

  const ds: DataSource = createDataSource(ownerUrl);
  await ds.initialize();
  const applied = await runMigrations(ds);
  if (applied.length) say(`Migrations applied: ${applied.join(', ')}`);
  let seeded = false;
  if (config.demoData) seeded = await withStartupLock(ds, () => seedDemoData(ds));
  await ds.destroy();

  const app = await createApp(config, databaseUrl, jwtSecret);
  const stop = async () => {
    await app.close();
    if (embedded) await embedded.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  say(`Concerto is running: open ${url} (API ${url}/api, documentation ${url}/api/docs)`);
  if (seeded) say('Demo data loaded.');
  if (config.demoData) {
    say(`Demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.roles.join(', ') || 'delegate'})`).join('; ')}`);
  }
  const warning = demoWarning(config);
  if (warning) say(warning);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
