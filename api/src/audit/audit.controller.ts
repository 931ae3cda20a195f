import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuditCheckpointFile, AuditCheckpointSummary, AuditEntryView, AuditPublicKey, AuditVerification, Page } from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Response } from 'express';
import { Public, RequirePermission } from '../common/auth.decorators';
import { IsCalendarDate } from '../common/calendar-date';
import { auditError } from './audit.errors';
import { AuditService } from './audit.service';
import { CheckpointService } from './checkpoint.service';

export class AuditQueryDto {
  @IsOptional() @IsString() @MaxLength(80) action?: string;
  @IsOptional() @IsString() @Matches(/^[a-z_]{1,40}$/) category?: string;
  @IsOptional() @IsString() @MaxLength(60) targetType?: string;
  @IsOptional() @IsString() @MaxLength(120) targetId?: string;
  @IsOptional() @IsUUID() actorId?: string;
  @IsOptional() @IsCalendarDate() from?: string;
  @IsOptional() @IsCalendarDate() to?: string;
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(100000) page?: number;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(200) pageSize?: number;
}

export class CheckpointQueryDto {
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(100000) page?: number;
  @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(200) pageSize?: number;
}

export class CheckpointParamsDto {
  @Matches(/^[1-9]\d{0,17}$/) id!: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly checkpoints: CheckpointService,
  ) {}

  @ApiOperation({ summary: 'List audit log entries' })
  @Get()
  @RequirePermission('audit.read')
  @ApiOperation({ summary: 'Audit entries, newest first, with actor and target named; filters by action, category, person, dates and words' })
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    if (query.from && query.to && query.from > query.to) throw auditError('DATE_RANGE_REVERSED');
    return this.audit.list(query);
  }

  @ApiOperation({ summary: 'Verify the audit log’s hash chains' })
  @Get('verify')
  @RequirePermission('audit.read')
  @ApiOperation({ summary: 'Recompute every hash chain on one consistent snapshot and report the first broken link' })
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }

  @Get('checkpoints')
  @RequirePermission('audit.read')
  @ApiOperation({ summary: 'Signed checkpoints of the stream heads, newest first' })
  checkpointList(@Query() query: CheckpointQueryDto): Promise<Page<AuditCheckpointSummary>> {
    return this.checkpoints.list(query.page ?? 1, query.pageSize ?? 50);
  }

  @Get('checkpoints/:id')
  @RequirePermission('audit.read')
  @ApiOperation({ summary: 'One signed checkpoint as a JSON file, for `npm run audit:verify -- --checkpoint FILE`' })
  @ApiParam({ name: 'id', description: 'The checkpoint number', schema: { type: 'string', pattern: '^[1-9][0-9]{0,17}$' } })
  async checkpointFile(@Param() params: CheckpointParamsDto, @Res({ passthrough: true }) res: Response): Promise<AuditCheckpointFile> {
    const file = await this.checkpoints.file(params.id);
    res.setHeader('Content-Disposition', `attachment; filename="audit-checkpoint-${file.id}.json"`);
    return file;
  }

  @Get('public-key')
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'The Ed25519 public key that signs audit checkpoints' })
  publicKey(): AuditPublicKey {
    return this.checkpoints.publicKey();
  }
}
