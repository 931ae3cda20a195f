import { Module } from '@nestjs/common';
import { ArchiveController } from './archive.controller';
import { ArchiveService } from './archive.service';
import { MinutesApprovalService } from './minutes-approval.service';
import { MinutesController } from './minutes.controller';
import { MinutesService } from './minutes.service';

@Module({ controllers: [MinutesController, ArchiveController], providers: [MinutesService, MinutesApprovalService, ArchiveService], exports: [MinutesService, MinutesApprovalService] })
export class MinutesModule {}
