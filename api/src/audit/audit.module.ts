import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { CheckpointService } from './checkpoint.service';

@Global()
@Module({ controllers: [AuditController], providers: [AuditService, CheckpointService], exports: [AuditService, CheckpointService] })
export class AuditModule {}
