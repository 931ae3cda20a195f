import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BylawSettings } from '@concerto/contracts';
import type { Actor } from '../common/actor';
import { CurrentActor, RequirePermission } from '../common/auth.decorators';
import { UpdateBylawSettingsDto } from './dto/bylaw-settings.dto';
import { SettingsService } from './settings.service';

@ApiTags('settings')
@ApiBearerAuth()
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @ApiOperation({ summary: 'Read the bylaw settings' })
  @Get()
  @RequirePermission('settings.read')
  get(): Promise<BylawSettings> {
    return this.settings.get();
  }

  @ApiOperation({ summary: 'Change the bylaw settings' })
  @Patch()
  @RequirePermission('settings.write')
  update(@CurrentActor() actor: Actor, @Body() dto: UpdateBylawSettingsDto): Promise<BylawSettings> {
    return this.settings.update(actor, dto);
  }
}
