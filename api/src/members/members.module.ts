import { Module } from '@nestjs/common';
import { PasswordResetModule } from '../password-reset/password-reset.module';
import { SettingsModule } from '../settings/settings.module';
import { DelegateRequestsController } from './delegate-requests.controller';
import { DelegateRequestsService } from './delegate-requests.service';
import { DelegatesService } from './delegates.service';
import { MemberExportService } from './member-export.service';
import { MemberImportService } from './member-import.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

@Module({
  imports: [SettingsModule, PasswordResetModule],
  controllers: [MembersController, DelegateRequestsController],
  providers: [MembersService, DelegatesService, MemberImportService, MemberExportService, DelegateRequestsService],
  exports: [MembersService],
})
export class MembersModule {}
