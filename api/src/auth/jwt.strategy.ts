import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor } from '../common/actor';
import { PeopleService } from '../people/people.service';
import { AuthService, type AccessPayload } from './auth.service';
import { AUTH_SETTINGS, AuthSettings } from './auth.settings';

/** The signed-in person, and the session (refresh-token family) their access token belongs to. */
export interface SessionActor extends Actor {
  sessionId: string;
}

/**
 * Access tokens: HS256 only, expiry required and checked. The person is read back from the
 * database on each request, so a deactivated account or a removed role takes effect at once;
 * so is their session (`sid`), so logout, a password change elsewhere or a revoked family end
 * the access token at once too.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(AUTH_SETTINGS) settings: AuthSettings,
    private readonly people: PeopleService,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: settings.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      jsonWebTokenOptions: { algorithms: ['HS256'], maxAge: `${settings.accessTokenTtlSeconds}s` },
    });
  }

  async validate(payload: AccessPayload): Promise<SessionActor | false> {
    if (payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || !('exp' in payload)) return false;
    const [actor, live] = await Promise.all([this.people.findActiveActor(payload.sub), this.auth.sessionLive(payload.sub, payload.sid)]);
    return actor && live ? { ...actor, sessionId: payload.sid } : false;
  }
}
