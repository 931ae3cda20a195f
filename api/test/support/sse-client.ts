import * as http from 'http';

/** One server-sent event as a client reads it. */
export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

export interface SseClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The error body when the status is not 200. */
  body: string;
  events: SseEvent[];
  comments: string[];
  retry: number | null;
  /** Resolves once `count` events have arrived (all of them), or rejects after `timeoutMs`. */
  waitForEvents(count: number, timeoutMs?: number): Promise<SseEvent[]>;
  /** Resolves once a comment line (`: …`) matching arrives. */
  waitForComment(match: RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/**
 * A plain SSE client over http (as the web app does with fetch and a parser): parses `id:`,
 * `event:`, `data:`, `retry:` and comments, frame by frame as bytes arrive.
 */
export function openSse(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${baseUrl}${path}`, { headers: { Accept: 'text/event-stream', ...headers } }, (res) => {
      res.setEncoding('utf8');
      let buffer = '';
      let endResolve: () => void = () => undefined;
      const ended = new Promise<void>((r) => (endResolve = r));
      const waiters = new Set<() => void>();
      const client: SseClient = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: '',
        events: [],
        comments: [],
        retry: null,
        ended,
        waitForEvents: (count, timeoutMs = 5000) => until(() => client.events.length >= count, () => client.events.slice(0, count), timeoutMs, `${count} events (got ${client.events.length}: ${client.events.map((e) => `${e.id}/${e.event}`).join(', ')})`),
        waitForComment: (match, timeoutMs = 5000) => until(() => client.comments.some((c) => match.test(c)), () => undefined, timeoutMs, `a comment ${match}`),
        close: () => {
          req.destroy();
          res.destroy();
        },
      };
      function until<T>(done: () => boolean, value: () => T, timeoutMs: number, what: string): Promise<T> {
        if (done()) return Promise.resolve(value());
        return new Promise<T>((ok, fail) => {
          const check = () => {
            if (!done()) return;
            clearTimeout(timer);
            waiters.delete(check);
            ok(value());
          };
          const timer = setTimeout(() => {
            waiters.delete(check);
            fail(new Error(`SSE: timed out waiting for ${what}`));
          }, timeoutMs);
          waiters.add(check);
        });
      }
      res.on('data', (chunk: string) => {
        if (client.status !== 200) {
          client.body += chunk;
          return;
        }
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event: SseEvent = { id: null, event: 'message', data: '' };
          let hasData = false;
          for (const line of frame.split('\n')) {
            if (line.startsWith(':')) client.comments.push(line.slice(1).trim());
            else if (line.startsWith('id: ')) event.id = line.slice(4);
            else if (line.startsWith('event: ')) event.event = line.slice(7);
            else if (line.startsWith('data: ')) {
              event.data += (hasData ? '\n' : '') + line.slice(6);
              hasData = true;
            } else if (line.startsWith('retry: ')) client.retry = Number(line.slice(7));
          }
          if (hasData) client.events.push(event);
        }
        for (const w of [...waiters]) w();
      });
      res.on('end', () => endResolve());
      res.on('close', () => endResolve());
      res.on('error', () => endResolve());
      resolve(client);
    });
    req.on('error', reject);
  });
}
