import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../common/auth.decorators';
import { PasswordResetConfirmDto, PasswordResetRequestDto } from './dto/password-reset.dto';
import { PasswordResetService } from './password-reset.service';

@ApiTags('auth')
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Public()
  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Forgotten password: e-mails a single-use link if the address has an account (same answer either way)' })
  async request(@Body() dto: PasswordResetRequestDto, @Req() req: Request): Promise<void> {
    await this.resets.request(dto.email, req.ip ?? 'unknown');
  }

  @Public()
  @Post('confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sets the password chosen through a reset or invitation link, and ends every session' })
  async confirm(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    await this.resets.confirm(dto.token, dto.password);
  }
}
