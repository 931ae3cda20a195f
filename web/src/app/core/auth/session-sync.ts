import type { CurrentUser, TokenResponse } from '@concerto/contracts';

/** What tabs tell each other over the BroadcastChannel. */
export type SessionMessage = { type: 'session'; session: TokenResponse } | { type: 'signed-out' };

/** The part of the Web Locks API used here (`navigator.locks`). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: SessionMessage): void;
  onmessage: ((event: { data: SessionMessage }) => void) | null;
}

export interface SessionSyncDeps {
  /** `navigator.locks`, or null where the browser has none (then only this tab is coordinated). */
  locks: LockManagerLike | null;
  /** A BroadcastChannel shared by the tabs, or null. */
  channel: ChannelLike | null;
  /** Asks the API for a new access token (the refresh cookie goes along); null when the session is over. */
  callRefresh(): Promise<TokenResponse | null>;
  now(): number;
}

/** Told whenever the session changes, here or in another tab. */
export interface SessionListener {
  onSession(user: CurrentUser): void;
  onSignedOut(remote: boolean): void;
}

export const REFRESH_LOCK = 'concerto-refresh';
/** An access token this close to its expiry is refreshed rather than used. */
const EXPIRY_MARGIN_MS = 10_000;

/**
 * The session of this tab (the access token lives in memory only) kept in step with the other
 * tabs: one refresh at a time across all tabs (a Web Lock), and whatever one tab learns (a new
 * access token, a sign-out) is broadcast to the others. A tab that waited for the lock while
 * another refreshed takes the token it was sent instead of refreshing again; the server's grace
 * period covers what slips through (two tabs without locks, a lost message).
 */
export class SessionSync {
  private access: { token: string; expiresAt: number } | null = null;
  private inFlight: Promise<string | null> | null = null;

  constructor(
    private readonly deps: SessionSyncDeps,
    private readonly listener: SessionListener,
  ) {
    if (deps.channel) deps.channel.onmessage = (event) => this.receive(event.data);
  }

  get accessToken(): string | null {
    return this.access?.token ?? null;
  }

  /** True when there is no access token or it expires within the margin. */
  get expiringSoon(): boolean {
    return this.access === null || this.deps.now() > this.access.expiresAt - EXPIRY_MARGIN_MS;
  }

  /** After a login in this tab: kept here and shared with the other tabs. */
  signedIn(session: TokenResponse): void {
    this.accept(session);
    this.deps.channel?.postMessage({ type: 'session', session });
  }

  /** After a logout in this tab: forgotten here and in the other tabs. */
  signedOut(): void {
    this.end(false);
    this.deps.channel?.postMessage({ type: 'signed-out' });
  }

  /**
   * A fresh access token, or null when the session is over. `stale` is the token the caller saw
   * refused (null at start-up): if another tab has replaced it meanwhile, that one is returned
   * without calling the API. Callers in this tab share one attempt.
   */
  refresh(stale: string | null): Promise<string | null> {
    this.inFlight ??= this.underLock(() => this.refreshNow(stale)).finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private underLock<T>(work: () => Promise<T>): Promise<T> {
    return this.deps.locks ? this.deps.locks.request(REFRESH_LOCK, work) : work();
  }

  private async refreshNow(stale: string | null): Promise<string | null> {
    if (this.access && this.access.token !== stale && !this.expiringSoon) return this.access.token;
    let session: TokenResponse | null;
    try {
      session = await this.deps.callRefresh();
    } catch {
      // The API could not be reached: the session may well be alive, so nobody is signed out.
      return null;
    }
    if (!session) {
      this.signedOut();
      return null;
    }
    this.signedIn(session);
    return session.accessToken;
  }

  private receive(message: SessionMessage): void {
    if (message.type === 'session') this.accept(message.session);
    else if (this.access !== null) this.end(true);
  }

  private accept(session: TokenResponse): void {
    this.access = { token: session.accessToken, expiresAt: this.deps.now() + session.expiresIn * 1000 };
    this.listener.onSession(session.user);
  }

  private end(remote: boolean): void {
    this.access = null;
    this.listener.onSignedOut(remote);
  }
}
