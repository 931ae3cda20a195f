import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { MAIL_SETTINGS, MailSettings, retryDelaySeconds } from './mail.settings';

interface Claimed {
  id: string;
  to_address: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

/** How long a replica may take to send a claimed message before another one may try it. */
const LEASE = '2 minutes';
const BATCH = 20;

/**
 * Delivers the outbox over SMTP when SMTP_URL is set. Every replica runs one: each claims due
 * messages with FOR UPDATE SKIP LOCKED and pushes their due time to the end of a lease, so no
 * two replicas send the same message; a failed attempt is retried with exponential backoff
 * until the last allowed attempt, after which the message is marked failed.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailWorker.name);
  private transport: Transporter | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.settings.smtpUrl) return;
    this.transport = createTransport({ url: this.settings.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    this.schedule();
  }

  /** Stops before the database connection closes (TypeORM closes it at application shutdown). */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.deliverDue()
        .then(() => undefined)
        .catch((e: unknown) => this.logger.error(`Mail delivery round failed: ${String(e)}`))
        .finally(() => {
          this.running = null;
          this.schedule();
        });
    }, this.settings.pollMilliseconds);
    this.timer.unref();
  }

  /** One round: claims due messages and tries each once. Returns how many were sent. */
  async deliverDue(): Promise<number> {
    if (!this.transport) return 0;
    const [claimed] = await this.ds.query<[Claimed[], number]>(
      `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + $2::interval
        WHERE id IN (SELECT id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= now()
                      ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, to_address, subject, text, html, attempts`,
      [BATCH, LEASE],
    );
    let sent = 0;
    for (const m of claimed) {
      if (this.stopped) break;
      try {
        await this.transport.sendMail({ from: this.settings.mailFrom, to: m.to_address, subject: m.subject, text: m.text, html: m.html });
        await this.ds.query(`UPDATE mail_outbox SET status = 'sent', sent_at = now(), next_attempt_at = NULL, last_error = NULL WHERE id = $1`, [m.id]);
        sent++;
      } catch (e) {
        const error = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
        const giveUp = m.attempts >= this.settings.maxAttempts;
        await this.ds.query(
          `UPDATE mail_outbox SET last_error = $2, status = CASE WHEN $3 THEN 'failed' ELSE 'pending' END,
                  next_attempt_at = CASE WHEN $3 THEN NULL ELSE now() + $4::interval END WHERE id = $1`,
          [m.id, error, giveUp, `${retryDelaySeconds(this.settings, m.attempts)} seconds`],
        );
        this.logger.warn(`Mail ${m.id} attempt ${m.attempts} failed${giveUp ? ' (given up)' : ''}: ${error}`);
      }
    }
    return sent;
  }
}
