import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap';
import { createLogger, processLogOutput } from './common/logging';
import { startBanner, type StartInfo } from './common/start-banner';
import { ConfigError, loadConfig } from './config/config';
import { loadOrCreateJwtSecret } from './config/jwt-secret';
import { createDataSource, runMigrations, withStartupLock } from './database/data-source';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded';
import { demoWarning } from './config/warnings';
import { DEMO_ACCOUNTS_SHOWN, DEMO_PASSWORD, seedDemoData } from './demo/demo-data';

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
  const output = processLogOutput();
  const log = createLogger(config.logLevel, output);
  for (const warning of config.warnings) log.warn(warning);

  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  // Migrations and the startup lock run as the schema owner; the API as the least-privileged role.
  let ownerUrl = config.migrationDatabaseUrl ?? config.databaseUrl;
  if (!databaseUrl || !ownerUrl) {
    log.info(`Starting embedded PostgreSQL in ${config.dataDir}/postgres on port ${config.embeddedPgPort}`);
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
    for (const note of embedded.notes) log.info(note);
    databaseUrl = embedded.url;
    ownerUrl = embedded.ownerUrl;
  }
  const jwtSecret = config.jwtSecret ?? loadOrCreateJwtSecret(config.dataDir);

  const ds: DataSource = createDataSource(ownerUrl);
  await ds.initialize();
  const applied = await runMigrations(ds);
  if (applied.length) log.info({ migrations: applied }, `Migrations applied: ${applied.length}`);
  let seeded = false;
  if (config.demoData) seeded = await withStartupLock(ds, () => seedDemoData(ds));
  await ds.destroy();
  if (seeded) log.info('Demo data loaded');

  const app = await createApp(config, databaseUrl, jwtSecret, { output, logger: log });
  const stop = async () => {
    await app.close();
    if (embedded) await embedded.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen(config.port, config.host);

  const info: StartInfo = {
    url: `http://localhost:${config.port}`,
    demo: config.demoData ? { password: DEMO_PASSWORD, accounts: DEMO_ACCOUNTS_SHOWN } : null,
    warnings: [...config.warnings, ...[demoWarning(config)].filter((w): w is string => w !== null)],
  };
  // A terminal gets the block as it is; elsewhere it is one JSON line like every other.
  if (output.terminal && config.logLevel !== 'silent') output.stream.write('\n' + startBanner(info) + '\n');
  else log.info({ url: info.url, demoAccounts: info.demo?.accounts.map((a) => a.email), warnings: info.warnings }, startBanner(info).trimEnd());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
