import { createParser } from 'eventsource-parser';

export type StreamStatus = 'connecting' | 'open' | 'reconnecting' | 'ended';

export interface LiveStreamOptions {
  url: string;
  /** The access token to send, or null on a public stream (the room display). */
  token(): string | null;
  /** A fresh token after `stale` was refused with a 401, or null when the session is over. */
  refresh(stale: string | null): Promise<string | null>;
  /** The sequence number of the state the screen holds: sent as Last-Event-ID so the server replays what came after. */
  lastSeq(): number;
  language(): string;
  onMessage(message: { event?: string; id?: string; data: string }): void;
  onStatus(status: StreamStatus, httpStatus?: number): void;
  fetch?: typeof fetch;
  /** Waits before a reconnection (tests replace it). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** Reconnection delays: 1 s, 2 s, 4 s… up to 30 s, with a fifth of jitter so a hall of phones does not come back at once. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));
  return Math.round(base * (0.8 + 0.4 * random()));
}

const defaultSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

/** Answers that retrying cannot cure: the assembly is gone, or this person may not follow it. */
const FINAL_STATUSES = [400, 403, 404, 410];

/**
 * A server-sent-events stream read with fetch (EventSource cannot send the Authorization header):
 * it reconnects by itself after a drop, with backoff, sending Last-Event-ID so the server replays
 * what was missed; a 401 gets the token refreshed once before trying again. It never polls.
 */
export class LiveStream {
  private readonly controller = new AbortController();
  private readonly fetchFn: typeof fetch;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;

  constructor(private readonly options: LiveStreamOptions) {
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.sleep = options.sleep ?? defaultSleep;
  }

  get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  stop(): void {
    this.controller.abort();
  }

  /** Runs until stopped, or until the server answers that this screen may not follow the assembly. */
  async run(): Promise<void> {
    const signal = this.controller.signal;
    let attempt = 0;
    let refreshed = false;
    while (!signal.aborted) {
      this.options.onStatus(attempt === 0 ? 'connecting' : 'reconnecting');
      const token = this.options.token();
      let response: Response | null = null;
      try {
        const headers: Record<string, string> = { Accept: 'text/event-stream', 'Accept-Language': this.options.language() };
        if (token) headers['Authorization'] = `Bearer ${token}`;
        // Always sent, the first time too: the stream resumes right after the state the screen loaded, so nothing in between is lost.
        headers['Last-Event-ID'] = String(this.options.lastSeq());
        response = await this.fetchFn(this.options.url, { headers, signal, cache: 'no-store' });
        if (response.status === 401 && token && !refreshed) {
          refreshed = true;
          await response.body?.cancel().catch(() => undefined);
          if (!(await this.options.refresh(token))) return this.end(401);
          continue;
        }
        if (response.status === 401 || FINAL_STATUSES.includes(response.status)) return this.end(response.status);
        if (response.ok && response.body) {
          refreshed = false;
          attempt = 0;
          this.options.onStatus('open');
          await this.read(response.body);
        }
      } catch {
        // A dropped connection or a network error: try again below, unless stopped.
      }
      if (signal.aborted) return;
      this.options.onStatus('reconnecting', response?.status);
      await this.sleep(backoffDelay(attempt++, this.options.random), signal);
    }
  }

  private end(status: number): void {
    this.options.onStatus('ended', status);
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const parser = createParser({ onEvent: (message) => this.options.onMessage(message) });
    const decoder = new TextDecoder();
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } finally {
      reader.releaseLock();
    }
  }
}
