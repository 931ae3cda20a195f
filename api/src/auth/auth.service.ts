import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TokenResponse } from '@concerto/contracts';
import * as argon2 from 'argon2';
import { createHash, randomBytes, randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { PersonEntity } from '../people/person.entity';
import { PeopleService } from '../people/people.service';
import { authError } from './auth.errors';
import { AUTH_SETTINGS, AuthSettings } from './auth.settings';
import { LoginThrottleService } from './login-throttle.service';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const sessionStream = (personId: string) => `sessions:${personId}`;

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

  async login(email: string, password: string, address: string): Promise<TokenResponse> {
    const keys = LoginThrottleService.keys(email, address);
    const minutes = await this.throttle.lockedMinutes(keys);
    if (minutes > 0) throw authError('TOO_MANY_ATTEMPTS', { minutes });
    const person = await this.people.findByEmail(email);
    const valid = await argon2.verify(person?.passwordHash ?? (await this.decoyHash), password).catch(() => false);
    if (!person || !valid || !person.active) {
      await this.throttle.recordFailure(keys);
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
    await this.throttle.recordSuccess(keys);
    const actor: Actor = { id: person.id, email: person.email, fullName: person.fullName, roles: person.roles };
    return this.ds.transaction(async (em) => {
      const tokens = await this.issue(em, person.id, randomUUID());
      await this.audit.append(em, sessionStream(person.id), actor, { action: 'auth.login', targetType: 'person', targetId: person.id, after: { address } });
      return tokens;
    });
  }

  /**
   * Rotates a refresh token: the presented one is consumed (atomically, so two concurrent
   * refreshes cannot both succeed) and the next one issued in the same family. A token that
   * was already consumed means it leaked: the whole family is revoked.
   */
  async refresh(refreshToken: string): Promise<TokenResponse> {
    const hash = sha256(refreshToken);
    const result = await this.ds.transaction(async (em) => {
      const consumed = (await em.query(
        `UPDATE refresh_tokens SET consumed_at = now()
          WHERE token_hash = $1 AND consumed_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING person_id, family_id`,
        [hash],
      )) as [{ person_id: string; family_id: string }[], number];
      const row = consumed[0][0];
      if (row) {
        const actor = await this.people.findActiveActor(row.person_id);
        if (!actor) return null;
        return this.issue(em, row.person_id, row.family_id);
      }
      const [reused] = (await em.query(`SELECT person_id, family_id FROM refresh_tokens WHERE token_hash = $1 AND consumed_at IS NOT NULL AND revoked_at IS NULL`, [
        hash,
      ])) as { person_id: string; family_id: string }[];
      if (reused) {
        await em.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [reused.family_id]);
        await this.audit.append(em, sessionStream(reused.person_id), systemActorFor(null), {
          action: 'auth.refresh_reuse_revoked',
          targetType: 'person',
          targetId: reused.person_id,
          after: { familyId: reused.family_id },
        });
      }
      return null;
    });
    if (!result) throw authError('INVALID_REFRESH_TOKEN');
    return result;
  }

  async logout(actor: Actor | null, refreshToken: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      const [rows] = (await em.query(
        `UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1) AND revoked_at IS NULL RETURNING person_id`,
        [sha256(refreshToken)],
      )) as [{ person_id: string }[], number];
      if (rows.length === 0) return;
      const personId = rows[0].person_id;
      await this.audit.append(em, sessionStream(personId), actor ?? systemActorFor(null), { action: 'auth.logout', targetType: 'person', targetId: personId });
    });
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const person = await this.ds.getRepository(PersonEntity).findOneByOrFail({ id: actor.id });
    if (!(await argon2.verify(person.passwordHash, currentPassword))) throw authError('WRONG_CURRENT_PASSWORD');
    if (currentPassword === newPassword) throw authError('SAME_PASSWORD');
    const passwordHash = await argon2.hash(newPassword, { type: argon2.argon2id });
    await this.ds.transaction(async (em) => {
      await em.getRepository(PersonEntity).update({ id: actor.id }, { passwordHash });
      // Every other session ends: a changed password must lock out whoever knew the old one.
      await em.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE person_id = $1 AND revoked_at IS NULL`, [actor.id]);
      await this.audit.append(em, sessionStream(actor.id), actor, { action: 'auth.password_changed', targetType: 'person', targetId: actor.id });
    });
  }

  private async issue(em: EntityManager, personId: string, familyId: string): Promise<TokenResponse> {
    const refreshToken = randomBytes(32).toString('base64url');
    await em.query(`INSERT INTO refresh_tokens (person_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + $4::interval)`, [
      personId,
      familyId,
      sha256(refreshToken),
      `${this.settings.refreshTokenTtlDays} days`,
    ]);
    const accessToken = await this.jwt.signAsync({ sub: personId, typ: 'access' }, { expiresIn: this.settings.accessTokenTtlSeconds, algorithm: 'HS256' });
    return { accessToken, expiresIn: this.settings.accessTokenTtlSeconds, refreshToken, user: await this.people.currentUser(personId) };
  }
}

function systemActorFor(person: PersonEntity | null): Actor {
  return person
    ? { id: person.id, email: person.email, fullName: person.fullName, roles: person.roles }
    : { id: '', email: 'anonymous', fullName: 'anonymous', roles: [] };
}
