import { Body, Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser, TokenResponse } from '@concerto/contracts';
import type { Request } from 'express';
import type { Actor } from '../common/actor';
import { CurrentActor, Public } from '../common/auth.decorators';
import { UpdateMyAccountDto } from '../people/dto/person.dto';
import { PeopleService } from '../people/people.service';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, RefreshDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @ApiOperation({ summary: 'Log in with e-mail and password' })
  @ApiResponse({ status: 401, description: 'Wrong e-mail or password, or an inactive account' })
  @Post('login')
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Req() req: Request): Promise<TokenResponse> {
    return this.auth.login(dto.email, dto.password, req.ip ?? 'unknown');
  }

  @Public()
  @ApiOperation({ summary: 'Exchange a refresh token for a new access token' })
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() dto: RefreshDto): Promise<TokenResponse> {
    return this.auth.refresh(dto.refreshToken);
  }

  /** Revokes the refresh token's whole family. Works with an expired access token too. */
  @Public()
  @ApiOperation({ summary: 'Log out: end this session' })
  @Post('logout')
  @HttpCode(204)
  async logout(@Body() dto: RefreshDto, @Req() req: Request & { user?: Actor }): Promise<void> {
    await this.auth.logout(req.user ?? null, dto.refreshToken);
  }
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

  @ApiOperation({ summary: 'Change one’s own password' })
  @Post('password')
  @HttpCode(204)
  async changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor, dto.currentPassword, dto.newPassword);
  }
}
