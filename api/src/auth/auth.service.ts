import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TokenResponse } from '@concerto/contracts';
import * as argon2 from 'argon2';
import { randomBytes, randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { PersonEntity } from '../people/person.entity';
import { PeopleService } from '../people/people.service';
import { authError } from './auth.errors';
import { AUTH_SETTINGS, AuthSettings } from './auth.settings';
import { LoginThrottleService } from './login-throttle.service';
import { newRefreshToken, openSuccessor, sealSuccessor, sha256 } from './session-crypto';

const sessionStream = (personId: string) => `sessions:${personId}`;

/** What the service hands the controller: the response body, and the refresh token for the cookie. */
export interface IssuedSession {
  body: TokenResponse;
  refreshToken: string;
}

/** The access token's claims: the person, and their session (the refresh-token family). */
export interface AccessPayload {
  sub: string;
  sid: string;
  typ: 'access';
}

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so both answers take the same time. */
  private readonly decoyHash = argon2.hash(randomBytes(16).toString('hex'), { type: argon2.argon2id });

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
    private readonly jwt: JwtService,
    private readonly people: PeopleService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  /** The attempt takes its throttle slots before the password is looked at (TOO_MANY_ATTEMPTS otherwise). */
  async login(email: string, password: string, address: string): Promise<IssuedSession> {
    const keys = LoginThrottleService.keys(email, address);
    const slots = await this.throttle.acquire(keys);
    const person = await this.people.findByEmail(email);
    const valid = await argon2.verify(person?.passwordHash ?? (await this.decoyHash), password).catch(() => false);
    if (!person || !valid || !person.active) {
      await this.ds.transaction((em) =>
        this.audit.append(em, person ? sessionStream(person.id) : 'sessions:unknown', systemActorFor(person), {
          action: 'auth.login_failed',
          targetType: 'person',
          targetId: person?.id ?? null,
          after: { email: email.trim().toLowerCase(), address },
        }),
      );
      throw authError('INVALID_CREDENTIALS');
    }
    await this.throttle.release(keys, slots);
    const actor: Actor = { id: person.id, email: person.email, fullName: person.fullName, roles: person.roles };
    return this.ds.transaction(async (em) => {
      const refreshToken = newRefreshToken();
      const familyId = await this.store(em, person.id, randomUUID(), refreshToken);
      await this.audit.append(em, sessionStream(person.id), actor, { action: 'auth.login', targetType: 'person', targetId: person.id, after: { address } });
      return this.session(person.id, familyId, refreshToken);
    });
  }

  /**
   * Rotates a refresh token: the presented one is consumed (atomically, so two concurrent
   * refreshes cannot both consume it) and the next one issued in the same family; the next one
   * is also kept on the consumed row, sealed with a key derived from the presented token. The
   * same token presented again within the grace period (a second tab refreshing at the same
   * moment) opens it and gets the same successor. Later, a consumed token coming back means it
   * leaked: the whole family is revoked.
   */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken) throw authError('INVALID_REFRESH_TOKEN');
    const hash = sha256(refreshToken);
    const next = newRefreshToken();
    const result = await this.ds.transaction(async (em): Promise<IssuedSession | null> => {
      const consumed = await em.query<[{ person_id: string; family_id: string }[], number]>(
        `UPDATE refresh_tokens SET consumed_at = now(), successor_sealed = $2
          WHERE token_hash = $1 AND consumed_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING person_id, family_id`,
        [hash, sealSuccessor(refreshToken, next)],
      );
      const row = consumed[0][0];
      if (row) {
        if (!(await this.people.findActiveActor(row.person_id))) return null;
        await this.store(em, row.person_id, row.family_id, next);
        return this.session(row.person_id, row.family_id, next);
      }
      const [prior] = await em.query<{ person_id: string; family_id: string; successor_sealed: string | null; in_grace: boolean }[]>(
        `SELECT person_id, family_id, successor_sealed, consumed_at > now() - $2::interval AS in_grace
           FROM refresh_tokens WHERE token_hash = $1 AND consumed_at IS NOT NULL AND revoked_at IS NULL`,
        [hash, `${this.settings.refreshGraceSeconds} seconds`],
      );
      if (!prior) return null;
      const successor = prior.in_grace && prior.successor_sealed ? openSuccessor(refreshToken, prior.successor_sealed) : null;
      if (successor) {
        const [live] = await em.query<unknown[]>(`SELECT 1 FROM refresh_tokens WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()`, [sha256(successor)]);
        if (live && (await this.people.findActiveActor(prior.person_id))) return this.session(prior.person_id, prior.family_id, successor);
      }
      await em.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [prior.family_id]);
      await this.audit.append(em, sessionStream(prior.person_id), systemActorFor(null), {
        action: 'auth.refresh_reuse_revoked',
        targetType: 'person',
        targetId: prior.person_id,
        after: { familyId: prior.family_id },
      });
      return null;
    });
    if (!result) throw authError('INVALID_REFRESH_TOKEN');
    return result;
  }

  /** Revokes the refresh token's whole family (the session): its access tokens stop working too. */
  async logout(actor: Actor | null, refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    await this.ds.transaction(async (em) => {
      const [rows] = await em.query<[{ person_id: string }[], number]>(
        `UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1) AND revoked_at IS NULL RETURNING person_id`,
        [sha256(refreshToken)],
      );
      if (rows.length === 0) return;
      const personId = rows[0].person_id;
      await this.audit.append(em, sessionStream(personId), actor ?? systemActorFor(null), { action: 'auth.logout', targetType: 'person', targetId: personId });
    });
  }

  /** Every other session ends (a changed password must lock out whoever knew the old one); this one goes on. */
  async changePassword(actor: Actor, sessionId: string, currentPassword: string, newPassword: string): Promise<void> {
    const person = await this.ds.getRepository(PersonEntity).findOneByOrFail({ id: actor.id });
    if (!(await argon2.verify(person.passwordHash, currentPassword))) throw authError('WRONG_CURRENT_PASSWORD');
    if (currentPassword === newPassword) throw authError('SAME_PASSWORD');
    const passwordHash = await argon2.hash(newPassword, { type: argon2.argon2id });
    await this.ds.transaction(async (em) => {
      await em.getRepository(PersonEntity).update({ id: actor.id }, { passwordHash });
      await em.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE person_id = $1 AND family_id <> $2 AND revoked_at IS NULL`, [actor.id, sessionId]);
      await this.audit.append(em, sessionStream(actor.id), actor, { action: 'auth.password_changed', targetType: 'person', targetId: actor.id });
    });
  }

  /** True while the session (refresh-token family) of this person has not been revoked. */
  async sessionLive(personId: string, sessionId: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return false;
    const [row] = await this.ds.query<{ live: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND person_id = $2 AND revoked_at IS NULL) AS live`, [
      sessionId,
      personId,
    ]);
    return row?.live === true;
  }

  private async store(em: EntityManager, personId: string, familyId: string, refreshToken: string): Promise<string> {
    await em.query(`INSERT INTO refresh_tokens (person_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + $4::interval)`, [
      personId,
      familyId,
      sha256(refreshToken),
      `${this.settings.refreshTokenTtlDays} days`,
    ]);
    return familyId;
  }

  private async session(personId: string, familyId: string, refreshToken: string): Promise<IssuedSession> {
    const claims: AccessPayload = { sub: personId, sid: familyId, typ: 'access' };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.settings.accessTokenTtlSeconds, algorithm: 'HS256' });
    return { refreshToken, body: { accessToken, expiresIn: this.settings.accessTokenTtlSeconds, user: await this.people.currentUser(personId) } };
  }
}

function systemActorFor(person: PersonEntity | null): Actor {
  return person
    ? { id: person.id, email: person.email, fullName: person.fullName, roles: person.roles }
    : { id: '', email: 'anonymous', fullName: 'anonymous', roles: [] };
}
