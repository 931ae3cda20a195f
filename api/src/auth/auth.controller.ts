import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser, TokenResponse } from '@concerto/contracts';
import type { Request, Response } from 'express';
import type { Actor } from '../common/actor';
import { CurrentActor, Public } from '../common/auth.decorators';
import { UpdateMyAccountDto } from '../people/dto/person.dto';
import { PeopleService } from '../people/people.service';
import { AuthService, IssuedSession } from './auth.service';
import { AUTH_SETTINGS, AuthSettings } from './auth.settings';
import { ChangePasswordDto, EmptyBodyDto, LoginDto } from './dto/auth.dto';
import type { SessionActor } from './jwt.strategy';
import { CSRF_HEADER, SameSiteGuard } from './same-site.guard';

/** The refresh token travels only in this cookie: httpOnly, SameSite=Strict, sent to /api/auth only. */
export const REFRESH_COOKIE = 'concerto_refresh';
/**
 * Readable by the web app and holding no secret: tells it a session may be restored, so an
 * anonymous visitor's page does not try (and fail) a refresh on every load.
 */
export const SESSION_HINT_COOKIE = 'concerto_session';
const COOKIE_PATH = '/api/auth';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  @Public()
  @ApiResponse({ status: 401, description: 'Wrong e-mail or password, or an inactive account' })
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: the access token in the body, the refresh token in an httpOnly cookie' })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenResponse> {
    return this.withCookie(res, await this.auth.login(dto.email, dto.password, req.ip ?? 'unknown'));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @UseGuards(SameSiteGuard)
  @ApiHeader({ name: CSRF_HEADER, required: true, description: 'Must be 1' })
  @ApiOperation({ summary: 'Rotate the refresh-token cookie and get a new access token' })
  async refresh(@Body() _body: EmptyBodyDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenResponse> {
    try {
      return this.withCookie(res, await this.auth.refresh(cookieOf(req)));
    } catch (e) {
      this.clearCookie(res);
      throw e;
    }
  }

  /** Revokes the refresh token's whole family. Works with an expired access token too. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  @UseGuards(SameSiteGuard)
  @ApiHeader({ name: CSRF_HEADER, required: true, description: 'Must be 1' })
  @ApiOperation({ summary: 'End the session of the refresh-token cookie (and its access tokens)' })
  async logout(@Body() _body: EmptyBodyDto, @Req() req: Request & { user?: Actor }, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(req.user ?? null, cookieOf(req));
    this.clearCookie(res);
  }

  private cookieOptions() {
    return { httpOnly: true, secure: this.settings.cookieSecure, sameSite: 'strict' as const, path: COOKIE_PATH };
  }

  private withCookie(res: Response, session: IssuedSession): TokenResponse {
    const maxAge = this.settings.refreshTokenTtlDays * 86_400_000;
    res.cookie(REFRESH_COOKIE, session.refreshToken, { ...this.cookieOptions(), maxAge });
    res.cookie(SESSION_HINT_COOKIE, '1', this.hintOptions(maxAge));
    return session.body;
  }

  private clearCookie(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, this.cookieOptions());
    res.clearCookie(SESSION_HINT_COOKIE, this.hintOptions());
  }

  private hintOptions(maxAge?: number) {
    return { httpOnly: false, secure: this.settings.cookieSecure, sameSite: 'strict' as const, path: '/', ...(maxAge ? { maxAge } : {}) };
  }
}

function cookieOf(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly auth: AuthService,
    private readonly people: PeopleService,
  ) {}

  @ApiOperation({ summary: 'The signed-in person’s account' })
  @Get()
  me(@CurrentActor() actor: Actor): Promise<CurrentUser> {
    return this.people.currentUser(actor.id);
  }

  @ApiOperation({ summary: 'Update one’s own account (language, birth year)' })
  @Patch()
  update(@CurrentActor() actor: Actor, @Body() dto: UpdateMyAccountDto): Promise<CurrentUser> {
    return this.people.updateMe(actor, dto);
  }

  /** Ends every other session of the person; the one making the change goes on. */
  @ApiOperation({ summary: 'Change one’s own password' })
  @Post('password')
  @HttpCode(204)
  async changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor, (actor as SessionActor).sessionId, dto.currentPassword, dto.newPassword);
  }
}
