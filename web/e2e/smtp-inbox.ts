import { SMTPServer } from 'smtp-server';

/** A real SMTP server on this machine for the browser tests: keeps each message's recipients and decoded text. */
export interface Inbox {
  next(timeoutMs?: number): Promise<{ to: string[]; text: string }>;
  stop(): Promise<void>;
}

const decodeQuotedPrintable = (s: string) =>
  Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');

function textPart(raw: string): string {
  const part = /Content-Type: text\/plain[^\r\n]*\r?\nContent-Transfer-Encoding: ([\w-]+)\r?\n\r?\n([\s\S]*?)\r?\n--/i.exec(raw);
  if (!part) return '';
  const encoding = part[1].toLowerCase();
  return encoding === 'base64' ? Buffer.from(part[2], 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQuotedPrintable(part[2]) : part[2];
}

export async function startInbox(port: number): Promise<Inbox> {
  const received: { to: string[]; text: string }[] = [];
  const waiting: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), text: textPart(Buffer.concat(chunks).toString('utf8')) });
        waiting.splice(0).forEach((wake) => wake());
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  let taken = 0;
  return {
    async next(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (taken >= received.length) {
        if (Date.now() > deadline) throw new Error('no message arrived');
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 500);
        });
      }
      return received[taken++];
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
