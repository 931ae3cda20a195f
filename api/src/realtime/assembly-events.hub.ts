import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ASSEMBLY_EVENTS_CHANNEL, type AssemblyEvent, type AssemblyEventBody } from '@concerto/contracts';
import { Client, type Notification } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** Heartbeat comment sent to every open stream: keeps proxies and load balancers from closing idle ones. */
export const HEARTBEAT_MS = 15_000;
/** What a client waits before reconnecting (the SSE `retry:` field). */
export const RETRY_MS = 2_000;
/** A client that lets this much pile up unread is cut off; it reconnects and catches up from its last `id`. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
/** Events read per query: a reconnecting screen far behind is served in several reads. */
const BATCH = 500;
const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 10_000;

/** One open event stream: where its frames go, the last `seq` it received, and how events are shown to it. */
export interface Subscriber {
  assemblyId: string;
  /** The last seq written to this subscriber; only later ones are sent, in order, each once. */
  lastSeq: number;
  /** `display`: the room display's stream (no person ids). */
  view: 'full' | 'display';
  /** For the room display: the SHA-256 of the link it was opened with; a new link closes it. */
  displayTokenHash?: string;
  /** For a signed-in screen: its person and session; a logout, a revoked session or a deactivated account closes it. */
  session?: { personId: string; sessionId: string };
  write(chunk: string): void;
  /** Bytes written but not yet taken by the socket. */
  buffered(): number;
  close(): void;
}

interface Room {
  subscribers: Set<Subscriber>;
  /** A read is under way; `again` asks for another one as soon as it ends (notifications coalesce). */
  reading: boolean;
  again: boolean;
}

interface StoredEvent {
  seq: number;
  type: string;
  payload: AssemblyEventBody;
  at: Date;
}

/** The SSE frame of an event (`id:` = seq, `event:` = type, `data:` = the event as JSON). */
export function eventFrame(event: AssemblyEvent): string {
  return `id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** What the room display may show: the speakers' names, without their person ids. */
export function displayEvent(event: AssemblyEvent): AssemblyEvent {
  if (event.type !== 'speakers.changed') return event;
  return { ...event, speakers: event.speakers.map((s) => ({ ...s, personId: '' })) };
}

/**
 * The live events of assemblies, on this API process. One dedicated PostgreSQL connection (not
 * from the pool: it stays in LISTEN for the life of the process) receives the NOTIFY of every
 * replica's commits; for each assembly with subscribers here, the new rows of `assembly_events` are
 * read once (many notifications at once give one read) and written to every subscriber that has
 * not seen them. Each subscriber keeps its own last seq, so a catch-up (Last-Event-ID) and live
 * events go through the same path: everything after the lowest seq still owed is read in order,
 * and each subscriber gets only what follows its own — no duplicate, no gap.
 *
 * When the connection drops it reconnects by itself, then reads for every assembly what its
 * subscribers missed meanwhile.
 */
@Injectable()
export class AssemblyEventsHub implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(AssemblyEventsHub.name);
  private readonly rooms = new Map<string, Room>();
  private listener: Client | null = null;
  private connecting: Promise<void> | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectDelay = RECONNECT_MIN_MS;
  private heartbeat: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
    await this.connect();
  }

  /** Streams end before the HTTP server closes (it waits for open connections). */
  beforeApplicationShutdown(): void {
    this.stopped = true;
    for (const room of this.rooms.values()) for (const s of room.subscribers) s.close();
    this.rooms.clear();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.heartbeat = this.reconnectTimer = null;
    // A connection being opened ends itself once open (it sees `stopped`).
    await this.connecting?.catch(() => undefined);
    const client = this.listener;
    this.listener = null;
    if (client) await client.end().catch(() => undefined);
  }

  /** Whether the LISTEN connection is up (for tests and health). */
  get listening(): boolean {
    return this.listener !== null;
  }

  /** Open streams on this process (all assemblies). */
  get subscriberCount(): number {
    let n = 0;
    for (const room of this.rooms.values()) n += room.subscribers.size;
    return n;
  }

  /**
   * Adds a subscriber; it receives every event after its `lastSeq` (the catch-up is read at once),
   * then each new one. Returns the function that removes it.
   */
  subscribe(subscriber: Subscriber): () => void {
    if (this.stopped) {
      subscriber.close();
      return () => undefined;
    }
    let room = this.rooms.get(subscriber.assemblyId);
    if (!room) {
      room = { subscribers: new Set(), reading: false, again: false };
      this.rooms.set(subscriber.assemblyId, room);
    }
    room.subscribers.add(subscriber);
    this.read(subscriber.assemblyId);
    return () => this.unsubscribe(subscriber);
  }

  private unsubscribe(subscriber: Subscriber): void {
    const room = this.rooms.get(subscriber.assemblyId);
    if (!room) return;
    room.subscribers.delete(subscriber);
    if (room.subscribers.size === 0 && !room.reading) this.rooms.delete(subscriber.assemblyId);
  }

  /** Drops the LISTEN connection as a network failure would (tests of the reconnection). */
  async dropConnectionForTest(): Promise<void> {
    const client = this.listener;
    if (!client) return;
    // Ending the connection behind the client's back: it sees 'end' without having asked for it.
    const pid = (client as unknown as { processID?: number }).processID;
    if (pid) await this.ds.query(`SELECT pg_terminate_backend($1)`, [pid]).catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.listener || this.connecting) return;
    this.connecting = (async () => {
      const client = new Client(this.connectionOptions());
      client.on('notification', (n: Notification) => this.onNotification(n));
      client.on('error', (e: Error) => this.lost(client, e));
      client.on('end', () => this.lost(client, null));
      try {
        await client.connect();
        await client.query(`LISTEN ${ASSEMBLY_EVENTS_CHANNEL}`);
      } catch (e) {
        client.removeAllListeners('end');
        client.on('error', () => undefined);
        await client.end().catch(() => undefined);
        throw e;
      }
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return;
      }
      this.listener = client;
      this.reconnectDelay = RECONNECT_MIN_MS;
      // Whatever was committed while nobody listened.
      for (const assemblyId of this.rooms.keys()) this.read(assemblyId);
    })();
    try {
      await this.connecting;
    } catch (e) {
      this.logger.warn(`Live events: cannot listen (${e instanceof Error ? e.message : String(e)}); retrying in ${this.reconnectDelay} ms`);
      this.scheduleReconnect();
    } finally {
      this.connecting = null;
    }
  }

  private lost(client: Client, error: Error | null): void {
    if (this.listener !== client) return;
    this.listener = null;
    client.removeAllListeners('end');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn(`Live events: the listening connection was lost${error ? ` (${error.message})` : ''}; reconnecting`);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(RECONNECT_MAX_MS, this.reconnectDelay * 2);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, delay);
    this.reconnectTimer.unref();
  }

  /** The API's own database URL (DATABASE_URL, or the embedded database's application role: database/data-source.ts), on a connection of its own. */
  private connectionOptions(): ConstructorParameters<typeof Client>[0] {
    const { url } = this.ds.options as PostgresConnectionOptions;
    return { connectionString: url, application_name: 'concerto-live-events', keepAlive: true };
  }

  private onNotification(n: Notification): void {
    if (n.channel !== ASSEMBLY_EVENTS_CHANNEL || !n.payload) return;
    let assemblyId: unknown;
    try {
      assemblyId = (JSON.parse(n.payload) as { assemblyId?: unknown }).assemblyId;
    } catch {
      return;
    }
    if (typeof assemblyId === 'string' && this.rooms.has(assemblyId)) this.read(assemblyId);
  }

  /** Reads and delivers what the assembly's subscribers are owed; one read at a time per assembly. */
  private read(assemblyId: string): void {
    const room = this.rooms.get(assemblyId);
    if (!room) return;
    if (room.reading) {
      room.again = true;
      return;
    }
    room.reading = true;
    room.again = false;
    void this.readLoop(assemblyId, room).finally(() => {
      room.reading = false;
      if (room.subscribers.size === 0) {
        if (this.rooms.get(assemblyId) === room) this.rooms.delete(assemblyId);
      } else if (room.again && !this.stopped) this.read(assemblyId);
    });
  }

  private async readLoop(assemblyId: string, room: Room): Promise<void> {
    for (;;) {
      if (room.subscribers.size === 0 || this.stopped) return;
      let from = Infinity;
      for (const s of room.subscribers) from = Math.min(from, s.lastSeq);
      let rows: StoredEvent[];
      try {
        rows = (
          await this.ds.query<{ seq: string; type: string; payload: AssemblyEventBody; at: Date }[]>(
            `SELECT seq, type, payload, at FROM assembly_events WHERE assembly_id = $1 AND seq > $2 ORDER BY seq LIMIT ${BATCH}`,
            [assemblyId, from],
          )
        ).map((r) => ({ seq: Number(r.seq), type: r.type, payload: r.payload, at: r.at }));
      } catch (e) {
        if (!this.stopped) this.logger.warn(`Live events: reading assembly ${assemblyId} failed (${e instanceof Error ? e.message : String(e)})`);
        // Tried again at the next notification or reconnection.
        return;
      }
      this.deliver(room, assemblyId, rows);
      if (rows.length < BATCH) return;
    }
  }

  private deliver(room: Room, assemblyId: string, rows: StoredEvent[]): void {
    if (rows.length === 0) return;
    const frames = rows.map((r) => {
      const event: AssemblyEvent = { ...r.payload, assemblyId, seq: r.seq, at: r.at.toISOString() };
      return { seq: r.seq, full: eventFrame(event), display: r.type === 'speakers.changed' ? eventFrame(displayEvent(event)) : null };
    });
    for (const s of [...room.subscribers]) {
      let chunk = '';
      let last = s.lastSeq;
      for (const f of frames) {
        // Contiguous: the rows start right after the lowest lastSeq, so a subscriber never skips one.
        if (f.seq !== last + 1) continue;
        chunk += s.view === 'display' ? (f.display ?? f.full) : f.full;
        last = f.seq;
      }
      if (!chunk) continue;
      s.lastSeq = last;
      s.write(chunk);
      if (s.buffered() > MAX_BUFFERED_BYTES) {
        room.subscribers.delete(s);
        s.close();
      }
    }
  }

  /** The heartbeat (every HEARTBEAT_MS): a comment line on every stream, then the check of the room displays' links and of the sessions. */
  beat(): void {
    for (const room of this.rooms.values()) {
      for (const s of room.subscribers) s.write(': keep-alive\n\n');
    }
    void this.closeRevokedDisplays().catch(() => undefined);
    void this.closeEndedSessions().catch(() => undefined);
  }

  /**
   * Closes the signed-in streams whose session ended since they opened (logout, password change,
   * revoked family, on any replica) or whose account was deactivated, as the access check refuses
   * their next request: checked with each heartbeat, one query for all the streams here.
   */
  async closeEndedSessions(): Promise<number> {
    const streams = [...this.rooms.values()].flatMap((room) => [...room.subscribers].filter((s) => s.session).map((s) => ({ room, s })));
    if (streams.length === 0) return 0;
    const live = await this.ds.query<{ family_id: string }[]>(
      `SELECT DISTINCT t.family_id FROM refresh_tokens t JOIN people p ON p.id = t.person_id
        WHERE t.family_id = ANY($1::uuid[]) AND t.revoked_at IS NULL AND p.active`,
      [[...new Set(streams.map(({ s }) => s.session!.sessionId))]],
    );
    const alive = new Set(live.map((r) => r.family_id));
    let closed = 0;
    for (const { room, s } of streams) {
      if (alive.has(s.session!.sessionId)) continue;
      room.subscribers.delete(s);
      s.close();
      closed++;
    }
    return closed;
  }

  /**
   * Closes the room displays whose link was replaced since they opened (on any replica): checked
   * with each heartbeat, one query for all the assemblies shown here. Returns how many it closed.
   */
  async closeRevokedDisplays(): Promise<number> {
    const shown = [...this.rooms].filter(([, room]) => [...room.subscribers].some((s) => s.displayTokenHash));
    if (shown.length === 0) return 0;
    const rows = await this.ds.query<{ id: string; display_token_hash: string | null }[]>(`SELECT id, display_token_hash FROM assemblies WHERE id = ANY($1::uuid[])`, [
      shown.map(([id]) => id),
    ]);
    const current = new Map(rows.map((r) => [r.id, r.display_token_hash]));
    let closed = 0;
    for (const [assemblyId, room] of shown) {
      for (const s of [...room.subscribers]) {
        if (s.displayTokenHash && s.displayTokenHash !== current.get(assemblyId)) {
          room.subscribers.delete(s);
          s.close();
          closed++;
        }
      }
    }
    return closed;
  }
}
