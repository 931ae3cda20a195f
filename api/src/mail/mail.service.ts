import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language, MailMessage, MailQuery, MailSummary, MailTemplate, Page } from '@concerto/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';
import { mailError } from './mail.errors';
import { MAIL_SETTINGS, MailSettings } from './mail.settings';
import { MailParams, renderMail } from './mail.templates';

export interface QueuedMail<T extends MailTemplate> {
  to: string;
  personId?: string | null;
  template: T;
  params: MailParams[T];
  language: Language;
}

function toSummary(m: MailOutboxEntity): MailSummary {
  return {
    id: m.id,
    to: m.to,
    personId: m.personId,
    template: m.template,
    language: m.language,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
    nextAttemptAt: m.status === 'pending' ? (m.nextAttemptAt?.toISOString() ?? null) : null,
  };
}

/** The outbox: messages are written with the change that causes them, delivered by MailWorker. */
@Injectable()
export class MailService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
  ) {}

  /** The portal's address, for links in messages. */
  link(path: string): string {
    return `${this.settings.publicUrl}${path}`;
  }

  /** Queues a message inside the caller's transaction: it exists only if the change commits. */
  async queue<T extends MailTemplate>(em: EntityManager, mail: QueuedMail<T>): Promise<string> {
    const rendered = renderMail(mail.template, mail.params, mail.language);
    const repo = em.getRepository(MailOutboxEntity);
    const smtp = this.settings.smtpUrl !== null;
    const saved = await repo.save(
      repo.create({
        to: mail.to,
        personId: mail.personId ?? null,
        template: mail.template,
        language: mail.language,
        ...rendered,
        status: smtp ? 'pending' : 'held',
        attempts: 0,
        nextAttemptAt: smtp ? new Date() : null,
      }),
    );
    return saved.id;
  }

  async list(query: MailQuery): Promise<Page<MailSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const [rows, total] = await this.ds.getRepository(MailOutboxEntity).findAndCount({
      where: query.status ? { status: query.status } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toSummary), total, page, pageSize };
  }

  /**
   * One message. Its text is shown only while it stays in the portal (no SMTP server): once
   * mail goes out by e-mail, the links it carries are for its recipient alone.
   */
  async get(id: string): Promise<MailMessage> {
    const m = await this.ds.getRepository(MailOutboxEntity).findOneBy({ id });
    if (!m) throw mailError('MAIL_NOT_FOUND');
    return { ...toSummary(m), text: m.status === 'held' ? m.text : null };
  }
}
