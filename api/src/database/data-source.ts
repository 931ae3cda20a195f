import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** TypeORM options: entities and migrations listed explicitly; `synchronize` is never used. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // gen_random_uuid() is built in (PostgreSQL 13+); creating an extension needs rights the API's role has not.
    installExtensions: false,
    migrationsRun: false,
    extra: { max: 20 },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}

/**
 * Any two API replicas starting together: only one migrates (and seeds) at a time. Taken on the
 * schema owner's connection (`MIGRATION_DATABASE_URL`), like the migrations it guards.
 */
const MIGRATION_LOCK = 727_001;

export async function withStartupLock<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

export async function runMigrations(ds: DataSource): Promise<string[]> {
  return withStartupLock(ds, async () => (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name));
}
