import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Delegate, DelegateRequest, ImportReport, Member, Page } from '@concerto/contracts';
import type { Request } from 'express';
import type { Actor } from '../common/actor';
import { CurrentActor, RequirePermission } from '../common/auth.decorators';
import { commonError } from '../common/app-error';
import { IdPipe } from '../common/id.pipe';
import { requestLanguage } from '../common/language';
import { DelegatesService } from './delegates.service';
import { DelegateRequestsService } from './delegate-requests.service';
import {
  CreateDelegateRequestDto,
  CreateMemberDto,
  DesignateDelegateDto,
  MemberContactDto,
  MemberExportQueryDto,
  MemberQueryDto,
  SuspendMemberDto,
  UpdateMemberDto,
} from './dto/member.dto';
import { MemberExportService } from './member-export.service';
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
    private readonly exports: MemberExportService,
    private readonly requests: DelegateRequestsService,
  ) {}

  @ApiOperation({ summary: 'Search the member directory' })
  @Get()
  @RequirePermission('members.read')
  list(@Query() query: MemberQueryDto): Promise<Page<Member>> {
    return this.members.list(query);
  }

  /** Before `:id`: "export" is not an identifier. */
  @Get('export')
  @RequirePermission('members.read')
  @ApiOperation({ summary: 'The directory as CSV (all rows matching the filters, in the sort asked; Excel fr-CA: BOM, ";" and CRLF)' })
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="membres.csv"')
  export(@Query() query: MemberExportQueryDto, @Req() req: Request): Promise<string> {
    return this.exports.csv(query, requestLanguage(req));
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

  /** Only the contact fields: the administrator, or a delegate of this member. */
  @Patch(':id/contact')
  @RequirePermission('members.contact.write')
  @ApiOperation({ summary: "Update a member's contact details (administrator, or a delegate of this member)" })
  updateContact(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: MemberContactDto): Promise<Member> {
    return this.members.updateContact(actor, id, dto);
  }

  /** Names and e-mails of delegates: administrators, and the member's own delegates (Loi 25). */
  @Get(':id/delegates')
  @RequirePermission('delegates.read')
  @ApiOperation({ summary: "A member's current delegates (administrator, or a delegate of this member)" })
  listDelegates(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<Delegate[]> {
    return this.delegates.listFor(actor, id);
  }

  @Get(':id/delegate-requests')
  @RequirePermission('delegateRequests.read')
  @ApiOperation({ summary: "A member's requests to add or replace a delegate, newest first (administrator, or a delegate of this member)" })
  listRequests(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<DelegateRequest[]> {
    return this.requests.listFor(actor, id);
  }

  @Post(':id/delegate-requests')
  @RequirePermission('delegateRequests.create')
  @ApiOperation({ summary: 'A delegate of this member asks to add a delegate, or to replace one' })
  createRequest(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: CreateDelegateRequestDto): Promise<DelegateRequest> {
    return this.requests.create(actor, id, dto);
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
