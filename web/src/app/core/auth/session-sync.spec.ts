import type { CurrentUser, TokenResponse } from '@concerto/contracts';
import { type ChannelLike, type LockManagerLike, type SessionMessage, SessionSync } from './session-sync';

const user: CurrentUser = { id: 'p1', email: 'louise@test.concerto', fullName: 'Louise Ouellet', preferredLanguage: 'fr', birthYear: null, roles: [], delegateOf: null };
const session = (accessToken: string, expiresIn = 900): TokenResponse => ({ accessToken, expiresIn, user });

/** One BroadcastChannel name shared by several tabs: a message reaches every other tab. */
class Bus {
  readonly channels: ChannelLike[] = [];
  open(): ChannelLike {
    const channel: ChannelLike = {
      onmessage: null,
      postMessage: (message: SessionMessage) => {
        for (const other of this.channels) if (other !== channel) other.onmessage?.({ data: structuredClone(message) });
      },
    };
    this.channels.push(channel);
    return channel;
  }
}

/** navigator.locks for one browser: callbacks under one name run one after the other. */
class Locks implements LockManagerLike {
  private tail: Promise<unknown> = Promise.resolve();
  request<T>(_name: string, callback: () => Promise<T>): Promise<T> {
    const run = this.tail.then(callback, callback);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/** A server with one live refresh cookie: each refresh rotates it, like the API. */
function server() {
  let n = 0;
  const calls: string[] = [];
  return {
    calls,
    over: false,
    async refresh(): Promise<TokenResponse | null> {
      calls.push('refresh');
      await new Promise((r) => setTimeout(r, 5));
      return this.over ? null : session(`access-${++n}`);
    },
  };
}

function tab(bus: Bus, locks: LockManagerLike | null, api: { refresh(): Promise<TokenResponse | null> }, now = () => 1_000_000) {
  const events: string[] = [];
  const sync = new SessionSync(
    { locks, channel: bus.open(), callRefresh: () => api.refresh(), now },
    { onSession: (u) => events.push(`session:${u.email}`), onSignedOut: (remote) => events.push(remote ? 'signed-out:remote' : 'signed-out') },
  );
  return { sync, events };
}

describe('the session shared by the tabs of one browser', () => {
  it('restores a session at start-up from the refresh cookie and keeps the access token in memory', async () => {
    const api = server();
    const { sync, events } = tab(new Bus(), new Locks(), api);
    expect(sync.accessToken).toBeNull();
    expect(await sync.refresh(null)).toBe('access-1');
    expect(sync.accessToken).toBe('access-1');
    expect(events).toEqual(['session:louise@test.concerto']);
  });

  it('refreshes once for all tabs when every tab sees its token refused at the same moment', async () => {
    const api = server();
    const bus = new Bus();
    const locks = new Locks();
    const tabs = [tab(bus, locks, api), tab(bus, locks, api), tab(bus, locks, api)];
    for (const t of tabs) t.sync.signedIn(session('access-0'));
    const tokens = await Promise.all(tabs.flatMap((t) => [t.sync.refresh('access-0'), t.sync.refresh('access-0')]));
    expect(api.calls).toHaveLength(1);
    expect(new Set(tokens)).toEqual(new Set(['access-1']));
    for (const t of tabs) expect(t.sync.accessToken).toBe('access-1');
  });

  it('without Web Locks, still shares one refresh among the callers of one tab', async () => {
    const api = server();
    const { sync } = tab(new Bus(), null, api);
    sync.signedIn(session('access-0'));
    const tokens = await Promise.all([sync.refresh('access-0'), sync.refresh('access-0'), sync.refresh('access-0')]);
    expect(api.calls).toHaveLength(1);
    expect(tokens).toEqual(['access-1', 'access-1', 'access-1']);
  });

  it('refreshes again when the token another tab shared is about to expire', async () => {
    const api = server();
    let clock = 1_000_000;
    const bus = new Bus();
    const a = tab(bus, new Locks(), api, () => clock);
    a.sync.signedIn(session('access-0', 60));
    clock += 55_000;
    expect(a.sync.expiringSoon).toBe(true);
    expect(await a.sync.refresh(null)).toBe('access-1');
    expect(api.calls).toHaveLength(1);
  });

  it('a login in one tab signs the others in; a logout in one tab signs the others out', () => {
    const bus = new Bus();
    const api = server();
    const a = tab(bus, new Locks(), api);
    const b = tab(bus, new Locks(), api);
    a.sync.signedIn(session('access-9'));
    expect(b.sync.accessToken).toBe('access-9');
    expect(b.events).toEqual(['session:louise@test.concerto']);
    a.sync.signedOut();
    expect(a.sync.accessToken).toBeNull();
    expect(b.sync.accessToken).toBeNull();
    expect(a.events.at(-1)).toBe('signed-out');
    expect(b.events.at(-1)).toBe('signed-out:remote');
  });

  it('when the server says the session is over, every tab is signed out', async () => {
    const api = server();
    api.over = true;
    const bus = new Bus();
    const a = tab(bus, new Locks(), api);
    const b = tab(bus, new Locks(), api);
    a.sync.signedIn(session('access-0'));
    expect(await a.sync.refresh('access-0')).toBeNull();
    expect(b.sync.accessToken).toBeNull();
    expect(b.events.at(-1)).toBe('signed-out:remote');
  });

  it('does not sign anyone out when the API cannot be reached', async () => {
    const bus = new Bus();
    const offline = { refresh: () => Promise.reject(new Error('network down')) };
    const a = tab(bus, new Locks(), offline);
    const b = tab(bus, new Locks(), offline);
    a.sync.signedIn(session('access-0'));
    expect(await a.sync.refresh('access-0')).toBeNull();
    expect(a.sync.accessToken).toBe('access-0');
    expect(b.sync.accessToken).toBe('access-0');
  });
});
