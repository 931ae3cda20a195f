import { LiveStream, type LiveStreamOptions, type StreamStatus, backoffDelay } from './live-stream';

/** A server-sent-events answer whose body is the given chunks, then the end of the stream. */
function sse(chunks: string[], status = 200): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
  return new Response(body, { status, headers: { 'Content-Type': 'text/event-stream' } });
}

interface Call {
  headers: Record<string, string>;
}

/** A stream with a scripted server: each connection gets the next answer; the test stops it after the last. */
function harness(answers: (() => Response | Promise<Response>)[], options: Partial<LiveStreamOptions> = {}) {
  const calls: Call[] = [];
  const messages: { id?: string; event?: string; data: string }[] = [];
  const statuses: StreamStatus[] = [];
  const sleeps: number[] = [];
  let seq = 0;
  let token = 'tok-1';
  const stream: LiveStream = new LiveStream({
    url: '/api/assemblies/a1/events',
    token: () => token,
    refresh: async () => (token = 'tok-2'),
    lastSeq: () => seq,
    language: () => 'fr',
    onMessage: (m) => {
      messages.push(m);
      if (m.id) seq = Number(m.id);
    },
    onStatus: (s) => statuses.push(s),
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    fetch: async (_url, init) => {
      calls.push({ headers: { ...(init?.headers as Record<string, string>) } });
      const next = answers.shift();
      if (!next) {
        stream.stop();
        throw new DOMException('stopped', 'AbortError');
      }
      return next();
    },
    ...options,
  });
  return { stream, calls, messages, statuses, sleeps };
}

describe('the live stream (server-sent events over fetch)', () => {
  it('sends the bearer token, the language and the sequence of the state loaded, and hands on each message as it is parsed, even split across chunks', async () => {
    const h = harness([() => sse(['id: 1\nevent: attendance.changed\nda', 'ta: {"a":1}\n\n', 'id: 2\ndata: {"b":2}\n\n'])]);
    await h.stream.run();
    expect(h.calls[0].headers).toMatchObject({ Authorization: 'Bearer tok-1', 'Accept-Language': 'fr', Accept: 'text/event-stream' });
    expect(h.calls[0].headers['Last-Event-ID']).toBe('0');
    expect(h.messages).toEqual([
      { id: '1', event: 'attendance.changed', data: '{"a":1}' },
      { id: '2', event: undefined, data: '{"b":2}' },
    ]);
  });

  it('reconnects by itself after the stream ends, with the last sequence number as Last-Event-ID', async () => {
    const h = harness([() => sse(['id: 4\ndata: {}\n\n']), () => sse(['id: 5\ndata: {}\n\n'])]);
    await h.stream.run();
    expect(h.calls).toHaveLength(3);
    expect(h.calls[1].headers['Last-Event-ID']).toBe('4');
    expect(h.calls[2].headers['Last-Event-ID']).toBe('5');
    expect(h.statuses).toContain('reconnecting');
  });

  it('waits longer after each failure in a row, and starts again from one second once connected', async () => {
    const down = () => Promise.reject(new TypeError('network down'));
    const h = harness([down, down, down, () => sse(['id: 1\ndata: {}\n\n']), down]);
    await h.stream.run();
    expect(h.sleeps).toEqual([1000, 2000, 4000, 1000, 2000]);
  });

  it('refreshes the token on a 401 and reconnects at once with the new one', async () => {
    const h = harness([() => new Response(null, { status: 401 }), () => sse(['id: 1\ndata: {}\n\n'])]);
    await h.stream.run();
    expect(h.calls[0].headers['Authorization']).toBe('Bearer tok-1');
    expect(h.calls[1].headers['Authorization']).toBe('Bearer tok-2');
    expect(h.sleeps[0]).toBe(1000); // only after the second stream ended, not before the retry
    expect(h.messages).toHaveLength(1);
  });

  it('ends when the session is over (the refresh gives no token)', async () => {
    const h = harness([() => new Response(null, { status: 401 })], { refresh: async () => null });
    await h.stream.run();
    expect(h.calls).toHaveLength(1);
    expect(h.statuses.at(-1)).toBe('ended');
  });

  it('ends on a refusal that retrying cannot cure (403, 404)', async () => {
    const h = harness([() => new Response(null, { status: 404 })]);
    await h.stream.run();
    expect(h.calls).toHaveLength(1);
    expect(h.statuses.at(-1)).toBe('ended');
  });

  it('sends no Authorization header on a public stream (the room display)', async () => {
    const h = harness([() => sse([])], { token: () => null });
    await h.stream.run();
    expect(h.calls[0].headers['Authorization']).toBeUndefined();
  });
});

describe('reconnection delays', () => {
  it('double up to thirty seconds, with jitter around them', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((n) => backoffDelay(n, () => 0.5))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(backoffDelay(0, () => 0)).toBe(800);
    expect(backoffDelay(0, () => 1)).toBe(1200);
  });
});
