import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor } from '../common/actor';
import { PeopleService } from '../people/people.service';
import { AUTH_SETTINGS, AuthSettings } from './auth.settings';

interface AccessPayload {
  sub: string;
  typ: 'access';
}

/**
 * Access tokens: HS256 only, expiry required and checked. The person is read back from the
 * database on each request, so a deactivated account or a removed role takes effect at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(AUTH_SETTINGS) settings: AuthSettings,
    private readonly people: PeopleService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: settings.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      jsonWebTokenOptions: { algorithms: ['HS256'], maxAge: `${settings.accessTokenTtlSeconds}s` },
    });
  }

  async validate(payload: AccessPayload): Promise<Actor | false> {
    if (payload.typ !== 'access' || typeof payload.sub !== 'string' || !('exp' in payload)) return false;
    return (await this.people.findActiveActor(payload.sub)) ?? false;
  }
}
