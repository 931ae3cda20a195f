/**
 * Benchmark of an assembly's live events at the scale of a hall (not a test): 2,000 delegates with
 * real access tokens hold an event stream open on the API while 300 check-ins happen. For each
 * check-in it measures the time from the start of its transaction until every connected client
 * has received its `attendance.changed` event (the updated count), and prints p50/p99/max over
 * the check-ins, with the API process's memory (RSS, sampled every 50 ms).
 *
 * The API runs as its own process (the built dist/api, as in production), on an embedded
 * PostgreSQL in a temporary folder; the clients run here. Check-ins are made as the desk's does:
 * the registration marked present, the attendance log written and the event published with the
 * app's AssemblyEventsPublisher in one transaction (on this process's own connection, as one more
 * replica would), so the API receives it through LISTEN/NOTIFY like any other replica's change.
 *
 * Run: npm run bench:live   (DELEGATES, CHECKINS, CHECKINS_PER_SECOND to change the load)
 */
import { JwtService } from '@nestjs/jwt';
import { spawn } from 'child_process';
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { loadAssemblyQuorum } from '../api/src/assemblies/assembly-quorum';
import { createDataSource, runMigrations } from '../api/src/database/data-source';
import { startEmbeddedPostgres } from '../api/src/database/embedded';
import { AssemblyEventsPublisher } from '../api/src/realtime/assembly-events.publisher';
import { benchSigningKey, freePort, percentile } from './support';

const DELEGATES = Number(process.env['DELEGATES'] ?? 2000);
const CHECKINS = Math.min(DELEGATES, Number(process.env['CHECKINS'] ?? 300));
/** A busy door: several desks, a check-in every 100 ms in all. */
const CHECKINS_PER_SECOND = Number(process.env['CHECKINS_PER_SECOND'] ?? 10);
const JWT_SECRET = 'bench-secret-'.padEnd(48, 'x');
const MB = 1024 * 1024;

interface Delivery {
  startedAt: number;
  received: number;
  lastAt: number;
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-bench-live-'));
  const pg = await startEmbeddedPostgres(dir, await freePort());
  const clients: http.ClientRequest[] = [];
  let api: ReturnType<typeof spawn> | null = null;
  try {
    const migrator = createDataSource(pg.ownerUrl);
    await migrator.initialize();
    await runMigrations(migrator);
    await migrator.destroy();

    const ds = createDataSource(pg.url);
    await ds.initialize();
    let t = Date.now();
    const assemblyId = await seed(ds);
    const tokens = await mintTokens(ds);
    console.log(`seed: ${DELEGATES} delegates of ${DELEGATES} members registered in one assembly in session, ${tokens.length} access tokens: ${Date.now() - t} ms`);

    const port = await freePort();
    api = spawn(process.execPath, [path.join(__dirname, '..', 'api', 'src', 'main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: pg.url,
        MIGRATION_DATABASE_URL: pg.ownerUrl,
        JWT_SECRET,
        AUDIT_SIGNING_KEY: benchSigningKey(),
        AUDIT_CHECKPOINT_MINUTES: '0',
        REFRESH_TOKEN_CLEANUP_MINUTES: '0',
        LOG_LEVEL: 'error',
        PORT: String(port),
        HOST: '127.0.0.1',
        WEB_DIST: '',
        DEMO_DATA: 'false',
        DATA_DIR: dir,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const pid = api.pid!;
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (i > 240) throw new Error('the API did not start within 60 s');
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        // not yet
      }
      await sleep(250);
    }
    const rssIdle = rssOf(pid);
    let rssPeak = rssIdle;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssOf(pid))), 50);

    // The streams: one socket each, as 2,000 browsers would hold.
    const deliveries = new Map<number, Delivery>();
    const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
    let connected = 0;
    let failed = 0;
    t = Date.now();
    const connectOne = (token: string) =>
      new Promise<void>((resolve) => {
        const req = http.get(`${base}/api/assemblies/${assemblyId}/events`, { agent, headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' } }, (res) => {
          if (res.statusCode !== 200) {
            failed++;
            res.resume();
            return resolve();
          }
          res.setEncoding('utf8');
          let tail = '';
          let opened = false;
          res.on('data', (chunk: string) => {
            const text = tail + chunk;
            const cut = text.lastIndexOf('\n\n');
            if (cut < 0) {
              tail = text;
              return;
            }
            tail = text.slice(cut + 2);
            if (!opened && text.includes(': connected')) {
              opened = true;
              connected++;
              resolve();
            }
            const now = performance.now();
            for (const m of text.slice(0, cut).matchAll(/^id: (\d+)\nevent: attendance\.changed$/gm)) {
              const d = deliveries.get(Number(m[1]));
              if (d) {
                d.received++;
                d.lastAt = now;
              }
            }
          });
          res.on('error', () => undefined);
        });
        req.on('error', () => {
          failed++;
          resolve();
        });
        clients.push(req);
      });
    for (let i = 0; i < tokens.length; i += 100) await Promise.all(tokens.slice(i, i + 100).map(connectOne));
    const rssConnected = rssOf(pid);
    console.log(`streams: ${connected} open, ${failed} refused, in ${Date.now() - t} ms; API RSS ${(rssIdle / MB).toFixed(0)} MB idle, ${(rssConnected / MB).toFixed(0)} MB with the streams open`);
    if (connected !== tokens.length) throw new Error('not every stream opened');

    // The check-ins, at a steady pace.
    const publisher = new AssemblyEventsPublisher();
    const registrations = await ds.query<{ id: string }[]>(`SELECT id FROM assembly_registrations WHERE assembly_id = $1 ORDER BY id LIMIT $2`, [assemblyId, CHECKINS]);
    const [desk] = await ds.query<{ id: string }[]>(`SELECT id FROM people WHERE email = 'desk@bench.test'`);
    const interval = 1000 / CHECKINS_PER_SECOND;
    const pending: Promise<void>[] = [];
    const runStart = performance.now();
    for (let i = 0; i < registrations.length; i++) {
      const due = runStart + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const registrationId = registrations[i].id;
      pending.push(
        (async () => {
          const startedAt = performance.now();
          await ds.transaction(async (em) => {
            await em.query(`UPDATE assembly_registrations SET present = true, mode = 'hall', checked_in_at = now() WHERE id = $1`, [registrationId]);
            await em.query(`INSERT INTO assembly_attendance_log (registration_id, kind, mode, recorded_by) VALUES ($1, 'in', 'hall', $2)`, [registrationId, desk.id]);
            const event = await publisher.publish(em, assemblyId, { type: 'attendance.changed', quorum: await loadAssemblyQuorum(em, assemblyId) });
            deliveries.set(event.seq, { startedAt, received: 0, lastAt: 0 });
          });
        })(),
      );
    }
    await Promise.all(pending);
    const deadline = Date.now() + 60_000;
    while ([...deliveries.values()].some((d) => d.received < connected) && Date.now() < deadline) await sleep(50);
    clearInterval(sampler);
    const rssEnd = rssOf(pid);

    const complete = [...deliveries.values()].filter((d) => d.received >= connected);
    const times = complete.map((d) => d.lastAt - d.startedAt).sort((a, b) => a - b);
    const [{ present }] = await ds.query<{ present: number }[]>(`SELECT count(*)::int AS present FROM assembly_registrations WHERE assembly_id = $1 AND present`, [assemblyId]);
    console.log(
      `check-ins: ${deliveries.size} at ${CHECKINS_PER_SECOND}/s (${present} present), each delivered to all ${connected} clients: ${complete.length}/${deliveries.size}` +
        `; ${(connected * deliveries.size).toLocaleString('en')} events written`,
    );
    if (times.length) {
      console.log(`time from check-in to the updated count on every client: p50 ${percentile(times, 50).toFixed(0)} ms, p99 ${percentile(times, 99).toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms (target p99 < 1000 ms)`);
    }
    console.log(`API memory (RSS): idle ${(rssIdle / MB).toFixed(0)} MB, streams open ${(rssConnected / MB).toFixed(0)} MB, peak ${(rssPeak / MB).toFixed(0)} MB, end ${(rssEnd / MB).toFixed(0)} MB (target < 500 MB)`);
    console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    await ds.destroy();
  } finally {
    for (const c of clients) c.destroy();
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api!.once('exit', r));
    }
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One college, DELEGATES members each with one delegate, all registered (absent) in an assembly in session; a desk person. */
async function seed(ds: ReturnType<typeof createDataSource>): Promise<string> {
  const [{ id: collegeId }] = await ds.query<{ id: string }[]>(`INSERT INTO colleges (code, name_fr, name_en, seat_count) VALUES ('bench', 'Banc', 'Bench', 0) RETURNING id`);
  await ds.query(
    `INSERT INTO members (kind, sector, region, legal_name, search_name, college_id, dues_paid_until, suspended)
     SELECT 'cooperative', 'food', '06', 'Coopérative ' || g, 'cooperative ' || g, $1, current_date + 365, false FROM generate_series(1, $2) g`,
    [collegeId, DELEGATES],
  );
  await ds.query(
    `INSERT INTO people (email, password_hash, full_name, preferred_language, roles)
     SELECT 'delegate' || g || '@bench.test', 'x', 'Délégué·e ' || g, 'fr', '{}' FROM generate_series(1, $1) g`,
    [DELEGATES],
  );
  await ds.query(`INSERT INTO people (email, password_hash, full_name, preferred_language, roles) VALUES ('desk@bench.test', 'x', 'Accueil', 'fr', '{secretary}')`);
  await ds.query(
    `INSERT INTO delegates (member_id, person_id)
     SELECT m.id, p.id FROM members m JOIN people p ON p.email = 'delegate' || substring(m.legal_name FROM 13) || '@bench.test'`,
  );
  const [{ id }] = await ds.query<{ id: string }[]>(
    `INSERT INTO assemblies (kind, title_fr, title_en, starts_at, status, preset, notice_period_days, quorum_type, quorum_value, proxies_allowed,
                             max_proxies_per_delegate, delegates_per_member, speaker_seconds, convened_at, opened_at)
     VALUES ('annual', 'AGA', 'AGM', now(), 'in_session', 'nonprofit', 10, 'percent', 50, true, 2, 1, 180, now(), now()) RETURNING id`,
  );
  await ds.query(
    `INSERT INTO assembly_registrations (assembly_id, person_id, member_id, channel, registered_by)
     SELECT $1, d.person_id, d.member_id, 'ahead', d.person_id FROM delegates d`,
    [id],
  );
  return id;
}

/** Access tokens as the auth service issues them: a session (refresh-token family) per person, and an HS256 token naming it. */
async function mintTokens(ds: ReturnType<typeof createDataSource>): Promise<string[]> {
  const people = await ds.query<{ id: string }[]>(`SELECT person_id AS id FROM delegates ORDER BY person_id`);
  const jwt = new JwtService({ secret: JWT_SECRET });
  const families = people.map(() => randomUUID());
  await ds.query(
    `INSERT INTO refresh_tokens (person_id, family_id, token_hash, expires_at)
     SELECT p, f, md5(f::text) || md5(p::text), now() + interval '1 day' FROM unnest($1::uuid[], $2::uuid[]) AS x(p, f)`,
    [people.map((p) => p.id), families],
  );
  return Promise.all(people.map((p, i) => jwt.signAsync({ sub: p.id, sid: families[i], typ: 'access' }, { expiresIn: 3600, algorithm: 'HS256' })));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
