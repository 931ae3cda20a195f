import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { MailService } from '../mail/mail.service';
import { PersonEntity } from '../people/person.entity';
import { PasswordTokenPurpose } from './password-token.entity';
import { passwordResetError } from './password-reset.errors';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const sessionStream = (personId: string) => `sessions:${personId}`;
const ANONYMOUS: Actor = { id: '', email: 'anonymous', fullName: 'anonymous', roles: [] };
const actorOf = (p: PersonEntity): Actor => ({ id: p.id, email: p.email, fullName: p.fullName, roles: p.roles });

/** How long a link works. */
export const RESET_LINK_HOURS = 1;
export const INVITATION_LINK_DAYS = 7;
/** Every answer to a reset request takes at least this long, whether the address has an account or not. */
const REQUEST_MIN_MS = 300;
/** Requests from one address (any e-mail) before it must wait. */
const MAX_REQUESTS_PER_ADDRESS = 10;
const ADDRESS_WINDOW_MINUTES = 15;
/** Messages sent for one e-mail per hour; further requests are answered alike but send nothing. */
const MAX_MESSAGES_PER_EMAIL = 3;

/**
 * Links to choose a password: a forgotten password (1 hour) or an invitation to a new account
 * (7 days). Tokens are random, single-use, stored as their SHA-256; a newer link replaces the
 * older ones of the same person. Using one sets the password and ends every session.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /** Forgotten password: the same answer, in about the same time, for any e-mail. */
  async request(email: string, address: string): Promise<void> {
    const started = Date.now();
    try {
      await this.ds.transaction(async (em) => {
        const [{ recent }] = await em.query<{ recent: number }[]>(
          `SELECT count(*)::int AS recent FROM password_reset_requests WHERE address = $1 AND created_at > now() - $2::interval`,
          [address, `${ADDRESS_WINDOW_MINUTES} minutes`],
        );
        if (recent >= MAX_REQUESTS_PER_ADDRESS) throw passwordResetError('TOO_MANY_REQUESTS', { minutes: ADDRESS_WINDOW_MINUTES });
        const emailHash = sha256(email);
        const [{ sent }] = await em.query<{ sent: number }[]>(`SELECT count(*)::int AS sent FROM password_reset_requests WHERE email_hash = $1 AND created_at > now() - interval '1 hour'`, [
          emailHash,
        ]);
        await em.query(`INSERT INTO password_reset_requests (address, email_hash) VALUES ($1, $2)`, [address.slice(0, 100), emailHash]);
        const person = await em.getRepository(PersonEntity).findOneBy({ email, active: true });
        if (!person || sent >= MAX_MESSAGES_PER_EMAIL) return;
        const token = await this.issue(em, person.id, 'reset', `${RESET_LINK_HOURS} hours`);
        await this.mail.queue(em, {
          to: person.email,
          personId: person.id,
          template: 'password_reset',
          language: person.preferredLanguage,
          params: { fullName: person.fullName, link: this.mail.link(`/reset-password?token=${token}`), hours: RESET_LINK_HOURS },
        });
        await this.audit.append(em, sessionStream(person.id), ANONYMOUS, { action: 'auth.password_reset_requested', targetType: 'person', targetId: person.id, after: { address } });
      });
    } finally {
      const wait = REQUEST_MIN_MS - (Date.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** Sends a new account's invitation (or a new one), inside the caller's transaction. */
  async invite(em: EntityManager, actor: Actor, person: PersonEntity): Promise<void> {
    if (!person.active) throw passwordResetError('PERSON_INACTIVE');
    const token = await this.issue(em, person.id, 'invitation', `${INVITATION_LINK_DAYS} days`);
    await this.mail.queue(em, {
      to: person.email,
      personId: person.id,
      template: 'invitation',
      language: person.preferredLanguage,
      params: { fullName: person.fullName, invitedBy: actor.fullName, link: this.mail.link(`/reset-password?token=${token}&invitation=1`), days: INVITATION_LINK_DAYS },
    });
    await this.audit.append(em, 'people', actor, { action: 'person.invitation_sent', targetType: 'person', targetId: person.id, after: { email: person.email } });
  }

  /** Sets the password chosen through a link: consumes the link, ends every session, audits. */
  async confirm(token: string, password: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      const [row] = await em.query<{ id: string; person_id: string; purpose: PasswordTokenPurpose; used_at: Date | null; replaced_at: Date | null; expired: boolean }[]>(
        `SELECT id, person_id, purpose, used_at, replaced_at, expires_at <= now() AS expired FROM password_tokens WHERE token_hash = $1 FOR UPDATE`,
        [sha256(token)],
      );
      if (!row) throw passwordResetError('LINK_INVALID');
      if (row.used_at) throw passwordResetError('LINK_USED');
      if (row.replaced_at) throw passwordResetError('LINK_REPLACED');
      if (row.expired) throw passwordResetError('LINK_EXPIRED');
      const people = em.getRepository(PersonEntity);
      const person = await people.findOne({ where: { id: row.person_id }, lock: { mode: 'pessimistic_write' } });
      if (!person?.active) throw passwordResetError('LINK_INVALID');
      const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
      await em.query(`UPDATE password_tokens SET used_at = now() WHERE id = $1`, [row.id]);
      await people.update({ id: person.id }, { passwordHash });
      // Whoever knew the old password, or holds a session, is locked out.
      await em.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE person_id = $1 AND revoked_at IS NULL`, [person.id]);
      await this.audit.append(em, sessionStream(person.id), actorOf(person), {
        action: row.purpose === 'invitation' ? 'auth.invitation_accepted' : 'auth.password_reset',
        targetType: 'person',
        targetId: person.id,
      });
    });
  }

  private async issue(em: EntityManager, personId: string, purpose: PasswordTokenPurpose, lifetime: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await em.query(`UPDATE password_tokens SET replaced_at = now() WHERE person_id = $1 AND used_at IS NULL AND replaced_at IS NULL`, [personId]);
    await em.query(`INSERT INTO password_tokens (person_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + $4::interval)`, [
      personId,
      purpose,
      sha256(token),
      lifetime,
    ]);
    return token;
  }
}
