import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEntry, AuditVerification, Page } from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { RequirePermission } from '../common/auth.decorators';
import { AuditService } from './audit.service';

export class AuditQueryDto {
  @IsOptional() @IsString() @MaxLength(80) action?: string;
  @IsOptional() @IsString() @MaxLength(60) targetType?: string;
  @IsOptional() @IsString() @MaxLength(120) targetId?: string;
  @IsOptional() @IsUUID() actorId?: string;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(1000000) page?: number;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(200) pageSize?: number;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @ApiOperation({ summary: 'List audit log entries' })
  @Get()
  @RequirePermission('audit.read')
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEntry>> {
    return this.audit.list(query);
  }

  @ApiOperation({ summary: 'Verify the audit log’s hash chains' })
  @Get('verify')
  @RequirePermission('audit.read')
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }
}
