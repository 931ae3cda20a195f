import type { Request, Response } from 'express';
import { AssemblyEventsHub, RETRY_MS, type Subscriber } from './assembly-events.hub';

/**
 * Where a reconnecting screen resumes: the `Last-Event-ID` header (sent back by SSE clients), or
 * `?after=` (a screen that just read the live state and its `seq`). Null when neither is given.
 */
export function resumeAfter(req: Request, after: number | undefined): number | null {
  const header = req.headers['last-event-id'];
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw !== undefined && /^\d{1,15}$/.test(raw.trim())) return Number(raw.trim());
  return after ?? null;
}

/**
 * Turns the response into a server-sent event stream of one assembly: headers that keep
 * compression and proxies from holding frames back, the client's retry delay, then every event
 * after `after` (clamped to the assembly's current seq: a number from elsewhere resumes from now)
 * and the live ones. Ends its subscription when the client goes away.
 */
export function openEventStream(req: Request, res: Response, hub: AssemblyEventsHub, o: { assemblyId: string; after: number | null; currentSeq: number; view: Subscriber['view']; displayTokenHash?: string; session?: Subscriber['session'] }): void {
  res.status(200);
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache, no-transform');
  res.setHeader('Connection', 'keep-alive');
  // nginx: pass frames through as they come.
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  req.socket.setNoDelay(true);
  req.socket.setTimeout(0);

  // compression() adds flush(); without it (or once excluded) a write goes out at once anyway.
  const flushable = res as Response & { flush?: () => void };
  let closed = false;
  const subscriber: Subscriber = {
    assemblyId: o.assemblyId,
    lastSeq: o.after === null ? o.currentSeq : Math.min(o.after, o.currentSeq),
    view: o.view,
    displayTokenHash: o.displayTokenHash,
    session: o.session,
    write: (chunk) => {
      if (closed) return;
      res.write(chunk);
      flushable.flush?.();
    },
    buffered: () => res.writableLength,
    close: () => {
      if (closed) return;
      closed = true;
      res.end();
    },
  };
  subscriber.write(`retry: ${RETRY_MS}\n: connected\n\n`);
  const unsubscribe = hub.subscribe(subscriber);
  res.on('close', () => {
    closed = true;
    unsubscribe();
  });
}
