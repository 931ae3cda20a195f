import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module';
import { DelegatesService } from './delegates.service';
import { MemberImportService } from './member-import.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

@Module({
  imports: [SettingsModule],
  controllers: [MembersController],
  providers: [MembersService, DelegatesService, MemberImportService],
  exports: [MembersService],
})
export class MembersModule {}
