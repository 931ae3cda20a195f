import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Delegate, ImportReport, Member, Page } from '@concerto/contracts';
import type { Request } from 'express';
import type { Actor } from '../common/actor';
import { CurrentActor, RequirePermission } from '../common/auth.decorators';
import { commonError } from '../common/app-error';
import { IdPipe } from '../common/id.pipe';
import { requestLanguage } from '../common/language';
import { DelegatesService } from './delegates.service';
import { CreateMemberDto, DesignateDelegateDto, MemberQueryDto, SuspendMemberDto, UpdateMemberDto } from './dto/member.dto';
import { IMPORT_MAX_BYTES, MemberImportService } from './member-import.service';
import { membersError } from './members.errors';
import { MembersService } from './members.service';

@ApiTags('members')
@ApiBearerAuth()
@Controller('members')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly delegates: DelegatesService,
    private readonly imports: MemberImportService,
  ) {}

  @ApiOperation({ summary: 'Search the member directory' })
  @Get()
  @RequirePermission('members.read')
  list(@Query() query: MemberQueryDto): Promise<Page<Member>> {
    return this.members.list(query);
  }

  /**
   * The CSV file as the body (Content-Type: text/csv, UTF-8, up to 25 MB: the one route the body
   * parsers leave alone, so the file is parsed as it arrives); all rows are created, or none.
   */
  @ApiOperation({ summary: 'Import member organizations from CSV (all or nothing)' })
  @Post('import')
  @HttpCode(200)
  @RequirePermission('members.import')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'legal_name,neq,kind,sector,region,college_code,dues_paid_until,city' } })
  import(@CurrentActor() actor: Actor, @Req() req: Request): Promise<ImportReport> {
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    if (!/^text\/(csv|plain)\b/.test(type)) throw membersError('IMPORT_NOT_CSV');
    const charset = /charset\s*=\s*"?([^";\s]+)/.exec(type)?.[1];
    if (charset && charset !== 'utf-8' && charset !== 'utf8') throw commonError('UNSUPPORTED_CHARSET');
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity') throw commonError('UNSUPPORTED_ENCODING');
    if (Number(req.headers['content-length'] ?? 0) > IMPORT_MAX_BYTES) throw commonError('PAYLOAD_TOO_LARGE');
    return this.imports.import(actor, req, requestLanguage(req));
  }

  @ApiOperation({ summary: 'One member organization' })
  @Get(':id')
  @RequirePermission('members.read')
  get(@Param('id', IdPipe) id: string): Promise<Member> {
    return this.members.get(id);
  }

  @ApiOperation({ summary: 'Add a member organization' })
  @Post()
  @RequirePermission('members.write')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateMemberDto): Promise<Member> {
    return this.members.create(actor, dto);
  }

  @ApiOperation({ summary: 'Edit a member organization' })
  @Patch(':id')
  @RequirePermission('members.write')
  update(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdateMemberDto): Promise<Member> {
    return this.members.update(actor, id, dto);
  }

  @ApiOperation({ summary: 'Suspend a member organization' })
  @Post(':id/suspend')
  @HttpCode(200)
  @RequirePermission('members.write')
  suspend(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: SuspendMemberDto): Promise<Member> {
    return this.members.suspend(actor, id, dto.reason);
  }

  @ApiOperation({ summary: 'Reinstate a suspended member organization' })
  @Post(':id/reinstate')
  @HttpCode(200)
  @RequirePermission('members.write')
  reinstate(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<Member> {
    return this.members.reinstate(actor, id);
  }

  /** Names and e-mails of delegates: administrators only (Loi 25). */
  @ApiOperation({ summary: 'A member organization’s delegates' })
  @Get(':id/delegates')
  @RequirePermission('delegates.write')
  listDelegates(@Param('id', IdPipe) id: string): Promise<Delegate[]> {
    return this.delegates.list(id);
  }

  @ApiOperation({ summary: 'Designate a delegate' })
  @Post(':id/delegates')
  @RequirePermission('delegates.write')
  designate(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: DesignateDelegateDto): Promise<Delegate> {
    return this.delegates.designate(actor, id, dto.personId);
  }

  @ApiOperation({ summary: 'End a delegate’s designation' })
  @Delete(':id/delegates/:delegateId')
  @HttpCode(204)
  @RequirePermission('delegates.write')
  async endDesignation(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('delegateId', IdPipe) delegateId: string): Promise<void> {
    await this.delegates.end(actor, id, delegateId);
  }
}
