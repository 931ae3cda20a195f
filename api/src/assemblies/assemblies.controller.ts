import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  BOARD_DOCUMENT_MAX_BYTES,
  type AssemblyDetail,
  type AssemblyProxy,
  type AssemblyRegistration,
  type AssemblySummary,
  type Convocation,
  type CredentialCandidate,
  type ProxyHolderCandidate,
} from '@concerto/contracts';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { Actor } from '../common/actor';
import { commonError } from '../common/app-error';
import { CurrentActor, RequirePermission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import type { UploadedFile } from '../meetings/documents.service';
import { AssemblyDocumentsService } from './assembly-documents.service';
import { AssemblyViewService } from './assembly-view.service';
import { assembliesError } from './assemblies.errors';
import { AssembliesService } from './assemblies.service';
import {
  AssemblyAgendaItemDto,
  AssemblyAgendaOrderDto,
  AssemblyStaffDto,
  CreateAssemblyDto,
  UpdateAssemblyAgendaItemDto,
  UpdateAssemblyDto,
} from './dto/assembly.dto';
import { CredentialsQueryDto, DeskCheckInDto, DeskProxyDto, RegisterPersonDto, RegistrationsQueryDto, SelfCheckInDto, SelfProxyDto } from './dto/registration.dto';
import { RegistrationsService } from './registrations.service';

/** Multipart: one file (at most 20 MB, in memory) and its two titles. */
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: BOARD_DOCUMENT_MAX_BYTES, files: 1, fields: 2, parts: 3, fieldSize: 4096 },
  defParamCharset: 'utf8',
}).single('file');

function readUpload(req: Request, res: Response): Promise<{ file: UploadedFile | undefined; fields: Record<string, unknown> }> {
  if (Number(req.headers['content-length'] ?? 0) > BOARD_DOCUMENT_MAX_BYTES + 64 * 1024) return Promise.reject(assembliesError('DOCUMENT_TOO_LARGE'));
  return new Promise((resolve, reject) => {
    upload(req, res, (err: unknown) => {
      const r = req as Request & { file?: UploadedFile; body?: unknown };
      if (!err) return resolve({ file: r.file, fields: r.body && typeof r.body === 'object' ? (r.body as Record<string, unknown>) : {} });
      if (err instanceof multer.MulterError) return reject(err.code === 'LIMIT_FILE_SIZE' ? assembliesError('DOCUMENT_TOO_LARGE') : assembliesError('DOCUMENT_MISSING'));
      reject(commonError('MALFORMED_BODY'));
    });
  });
}

/** `attachment; filename="…"` with an ASCII fallback and the exact UTF-8 name (RFC 6266). */
function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

@ApiTags('general assemblies')
@ApiBearerAuth()
@Controller('assemblies')
export class AssembliesController {
  constructor(
    private readonly assemblies: AssembliesService,
    private readonly view: AssemblyViewService,
    private readonly documents: AssemblyDocumentsService,
    private readonly registrations: RegistrationsService,
  ) {}

  @ApiOperation({ summary: 'General assemblies, newest first (drafts only to those who prepare them)' })
  @Get()
  @RequirePermission('assemblies.read')
  list(@CurrentActor() actor: Actor): Promise<AssemblySummary[]> {
    return this.view.list(actor);
  }

  @ApiOperation({ summary: 'Create a draft assembly with the rules of the bylaw settings and the standard agenda of its kind' })
  @Post()
  @RequirePermission('assemblies.write')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAssemblyDto): Promise<AssemblyDetail> {
    return this.assemblies.create(actor, dto);
  }

  /** Before `:id`: the assemblies the asker is convened to. */
  @ApiOperation({ summary: 'My convocations: convened assemblies where I am the delegate of a member in good standing' })
  @Get('convocations/mine')
  @RequirePermission('assemblies.read')
  mine(@CurrentActor() actor: Actor): Promise<Convocation[]> {
    return this.view.convocations(actor);
  }

  @ApiOperation({ summary: 'An assembly: rules, agenda, documents, duties, what I may do, and its live state' })
  @Get(':id')
  @RequirePermission('assemblies.read')
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyDetail> {
    return this.view.get(actor, id);
  }

  @ApiOperation({ summary: 'Edit an assembly until it opens (once convened, its date stays within the notice period)' })
  @Patch(':id')
  @RequirePermission('assemblies.write')
  update(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdateAssemblyDto): Promise<AssemblyDetail> {
    return this.assemblies.update(actor, id, dto);
  }

  @ApiOperation({ summary: 'Cancel an assembly before it opens' })
  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('assemblies.write')
  cancel(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyDetail> {
    return this.assemblies.cancel(actor, id);
  }

  @ApiOperation({ summary: 'Add an agenda item at the end of the agenda' })
  @Post(':id/agenda')
  @RequirePermission('assemblies.write')
  addItem(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: AssemblyAgendaItemDto): Promise<AssemblyDetail> {
    return this.assemblies.addAgendaItem(actor, id, dto);
  }

  @ApiOperation({ summary: 'Put the agenda items in a new order (every item once)' })
  @Put(':id/agenda/order')
  @RequirePermission('assemblies.write')
  reorder(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: AssemblyAgendaOrderDto): Promise<AssemblyDetail> {
    return this.assemblies.reorderAgenda(actor, id, dto);
  }

  @ApiOperation({ summary: 'Edit an agenda item' })
  @Patch(':id/agenda/:itemId')
  @RequirePermission('assemblies.write')
  updateItem(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('itemId', IdPipe) itemId: string, @Body() dto: UpdateAssemblyAgendaItemDto): Promise<AssemblyDetail> {
    return this.assemblies.updateAgendaItem(actor, id, itemId, dto);
  }

  @ApiOperation({ summary: 'Remove an agenda item before the assembly opens' })
  @Delete(':id/agenda/:itemId')
  @RequirePermission('assemblies.write')
  removeItem(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('itemId', IdPipe) itemId: string): Promise<AssemblyDetail> {
    return this.assemblies.removeAgendaItem(actor, id, itemId);
  }

  /** Multipart (fields `file`, `titleFr`, `titleEn`), up to 20 MB. The type is read from the content. */
  @ApiOperation({ summary: 'Add a document: PDF, Word, Excel, PowerPoint or OpenDocument, up to 20 MB' })
  @Post(':id/documents')
  @RequirePermission('assemblies.write')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'titleFr', 'titleEn'],
      properties: { file: { type: 'string', format: 'binary' }, titleFr: { type: 'string', maxLength: 300 }, titleEn: { type: 'string', maxLength: 300 } },
    },
  })
  async uploadDocument(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AssemblyDetail> {
    const { file, fields } = await readUpload(req, res);
    return this.documents.upload(actor, id, file, fields);
  }

  @ApiOperation({ summary: 'Download a document of the assembly' })
  @Get(':id/documents/:documentId')
  @RequirePermission('assemblies.read')
  @ApiProduces('application/octet-stream')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: string,
    @Param('documentId', IdPipe) documentId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const doc = await this.documents.download(actor, id, documentId);
    res.setHeader('Content-Type', doc.mediaType);
    res.setHeader('Content-Disposition', contentDisposition(doc.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(doc.content);
  }

  @ApiOperation({ summary: 'Remove a document of the assembly' })
  @Delete(':id/documents/:documentId')
  @RequirePermission('assemblies.write')
  removeDocument(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('documentId', IdPipe) documentId: string): Promise<AssemblyDetail> {
    return this.documents.remove(actor, id, documentId);
  }

  @ApiOperation({ summary: 'Name the chair and the credentials desk of the assembly' })
  @Put(':id/staff')
  @RequirePermission('assemblies.write')
  staff(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: AssemblyStaffDto): Promise<AssemblyDetail> {
    return this.assemblies.setStaff(actor, id, dto);
  }

  @ApiOperation({ summary: 'Send the convocation (notice period respected) to every delegate of a member in good standing; the rules are frozen' })
  @Post(':id/convocation')
  @HttpCode(200)
  @RequirePermission('assemblies.write')
  convene(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyDetail> {
    return this.assemblies.convene(actor, id);
  }

  // ---- A delegate for themselves

  @ApiOperation({ summary: 'Register ahead, for the member I am the delegate of' })
  @Post(':id/register')
  @RequirePermission('assemblies.register')
  register(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyRegistration> {
    return this.registrations.registerSelf(actor, id);
  }

  @ApiOperation({ summary: 'Cancel my registration (before checking in)' })
  @Delete(':id/register')
  @HttpCode(204)
  @RequirePermission('assemblies.register')
  unregister(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<void> {
    return this.registrations.unregisterSelf(actor, id);
  }

  @ApiOperation({ summary: 'Check in online (registered delegates; the hall is recorded by the credentials desk)' })
  @Post(':id/check-in')
  @HttpCode(200)
  @RequirePermission('assemblies.register')
  checkIn(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() _dto: SelfCheckInDto): Promise<AssemblyRegistration> {
    return this.registrations.checkInSelf(actor, id);
  }

  @ApiOperation({ summary: 'Leave an online session' })
  @Post(':id/check-out')
  @HttpCode(200)
  @RequirePermission('assemblies.register')
  checkOut(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyRegistration> {
    return this.registrations.checkOutSelf(actor, id);
  }

  @ApiOperation({ summary: 'Give my proxy to a registered delegate (when the rules allow proxies)' })
  @Post(':id/proxy')
  @RequirePermission('assemblies.register')
  proxy(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: SelfProxyDto): Promise<AssemblyProxy> {
    return this.registrations.proxySelf(actor, id, dto.holderPersonId);
  }

  @ApiOperation({ summary: 'Registered delegates who may still take my proxy, by name or member name (at most 20)' })
  @Get(':id/proxy-holders')
  @RequirePermission('assemblies.register')
  proxyHolders(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Query() query: CredentialsQueryDto): Promise<ProxyHolderCandidate[]> {
    return this.registrations.proxyHolders(actor, id, query.q);
  }

  // ---- The credentials desk of this assembly

  @ApiOperation({ summary: 'Credentials desk: delegates matching a name or a member name (at most 20), with their eligibility' })
  @Get(':id/credentials')
  @RequirePermission('assemblies.credentials')
  credentials(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Query() query: CredentialsQueryDto): Promise<CredentialCandidate[]> {
    return this.registrations.candidates(actor, id, query.q);
  }

  @ApiOperation({ summary: 'Credentials desk: the registrations, with presence and proxies held' })
  @Get(':id/registrations')
  @RequirePermission('assemblies.credentials')
  listRegistrations(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Query() query: RegistrationsQueryDto): Promise<AssemblyRegistration[]> {
    return this.registrations.list(actor, id, query.q, query.present);
  }

  @ApiOperation({ summary: 'Credentials desk: register a delegate at the door' })
  @Post(':id/registrations')
  @RequirePermission('assemblies.credentials')
  deskRegister(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: RegisterPersonDto): Promise<AssemblyRegistration> {
    return this.registrations.deskRegister(actor, id, dto.personId);
  }

  @ApiOperation({ summary: 'Credentials desk: cancel a registration never checked in and holding no proxy' })
  @Delete(':id/registrations/:registrationId')
  @HttpCode(204)
  @RequirePermission('assemblies.credentials')
  deskUnregister(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('registrationId', IdPipe) registrationId: string): Promise<void> {
    return this.registrations.deskUnregister(actor, id, registrationId);
  }

  @ApiOperation({ summary: 'Credentials desk: check a delegate in, in the hall or online' })
  @Post(':id/registrations/:registrationId/check-in')
  @HttpCode(200)
  @RequirePermission('assemblies.credentials')
  deskCheckIn(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: string,
    @Param('registrationId', IdPipe) registrationId: string,
    @Body() dto: DeskCheckInDto,
  ): Promise<AssemblyRegistration> {
    return this.registrations.deskCheckIn(actor, id, registrationId, dto.mode);
  }

  @ApiOperation({ summary: 'Credentials desk: check a delegate out' })
  @Post(':id/registrations/:registrationId/check-out')
  @HttpCode(200)
  @RequirePermission('assemblies.credentials')
  deskCheckOut(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('registrationId', IdPipe) registrationId: string): Promise<AssemblyRegistration> {
    return this.registrations.deskCheckOut(actor, id, registrationId);
  }

  @ApiOperation({ summary: 'Credentials desk: record a proxy given to a registered delegate' })
  @Post(':id/proxies')
  @RequirePermission('assemblies.credentials')
  deskProxy(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: DeskProxyDto): Promise<AssemblyProxy> {
    return this.registrations.deskProxy(actor, id, dto.giverPersonId, dto.holderRegistrationId);
  }

  @ApiOperation({ summary: 'Credentials desk: withdraw a proxy' })
  @Delete(':id/proxies/:proxyId')
  @HttpCode(204)
  @RequirePermission('assemblies.credentials')
  revokeProxy(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('proxyId', IdPipe) proxyId: string): Promise<void> {
    return this.registrations.revokeProxy(actor, id, proxyId);
  }
}
