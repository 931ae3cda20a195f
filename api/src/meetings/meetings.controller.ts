import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { BOARD_DOCUMENT_MAX_BYTES, type BoardActionItem, type BoardMeeting, type BoardMeetingSummary } from '@concerto/contracts';
import type { Request, Response } from 'express';
import multer from 'multer';
import type { Actor } from '../common/actor';
import { CurrentActor, RequirePermission } from '../common/auth.decorators';
import { commonError } from '../common/app-error';
import { IdPipe } from '../common/id.pipe';
import { ActionItemsService } from './action-items.service';
import { DocumentsService, UploadedFile } from './documents.service';
import {
  ActionItemDto,
  AgendaItemDto,
  AgendaOrderDto,
  AttendanceDto,
  ConflictDto,
  CreateMeetingDto,
  DecisionDto,
  ResolutionDto,
  UpdateActionItemDto,
  UpdateAgendaItemDto,
  UpdateMeetingDto,
} from './dto/meeting.dto';
import { MeetingViewService } from './meeting-view.service';
import { meetingsError } from './meetings.errors';
import { MeetingsService } from './meetings.service';
import { ResolutionsService } from './resolutions.service';

/** Multipart: one file, kept in memory, at most 20 MB (multer stops reading past it). */
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: BOARD_DOCUMENT_MAX_BYTES, files: 1, fields: 0, parts: 2 }, defParamCharset: 'utf8' }).single('file');

/** Reads the multipart body of a document upload; a file too large or a broken body is a clear 4xx. */
function readUpload(req: Request, res: Response): Promise<UploadedFile | undefined> {
  // Refused before reading a byte: a body announced larger than a document and its envelope.
  if (Number(req.headers['content-length'] ?? 0) > BOARD_DOCUMENT_MAX_BYTES + 64 * 1024) return Promise.reject(meetingsError('DOCUMENT_TOO_LARGE'));
  return new Promise((resolve, reject) => {
    upload(req, res, (err: unknown) => {
      if (!err) return resolve((req as Request & { file?: UploadedFile }).file);
      if (err instanceof multer.MulterError) return reject(err.code === 'LIMIT_FILE_SIZE' ? meetingsError('DOCUMENT_TOO_LARGE') : meetingsError('DOCUMENT_MISSING'));
      reject(commonError('MALFORMED_BODY'));
    });
  });
}

/** `attachment; filename="…"` with an ASCII fallback and the exact UTF-8 name (RFC 6266). */
function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

@ApiTags('board meetings')
@ApiBearerAuth()
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly view: MeetingViewService,
    private readonly documents: DocumentsService,
    private readonly resolutions: ResolutionsService,
    private readonly actionItems: ActionItemsService,
  ) {}

  @ApiOperation({ summary: 'Board meetings, latest first' })
  @Get()
  @RequirePermission('meetings.read')
  list(): Promise<BoardMeetingSummary[]> {
    return this.view.list();
  }

  @ApiOperation({ summary: 'Plan a board meeting (date and time, place and/or video link)' })
  @Post()
  @RequirePermission('meetings.write')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateMeetingDto): Promise<BoardMeeting> {
    return this.meetings.create(actor, dto);
  }

  @ApiOperation({ summary: 'A board meeting: agenda, documents, attendance and quorum, resolutions, conflicts, action items' })
  @Get(':id')
  @RequirePermission('meetings.read')
  get(@Param('id', IdPipe) id: string): Promise<BoardMeeting> {
    return this.view.get(id);
  }

  @ApiOperation({ summary: 'Edit a planned meeting, or mark it held or cancelled' })
  @Patch(':id')
  @RequirePermission('meetings.write')
  update(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdateMeetingDto): Promise<BoardMeeting> {
    return this.meetings.update(actor, id, dto);
  }

  @ApiOperation({ summary: 'Add an agenda item (fr and en) at the end of the agenda' })
  @Post(':id/agenda')
  @RequirePermission('meetings.write')
  addItem(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: AgendaItemDto): Promise<BoardMeeting> {
    return this.meetings.addAgendaItem(actor, id, dto);
  }

  @ApiOperation({ summary: 'Put the agenda items in a new order (every item once)' })
  @Put(':id/agenda/order')
  @RequirePermission('meetings.write')
  reorder(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: AgendaOrderDto): Promise<BoardMeeting> {
    return this.meetings.reorderAgenda(actor, id, dto);
  }

  @ApiOperation({ summary: 'Edit an agenda item' })
  @Patch(':id/agenda/:itemId')
  @RequirePermission('meetings.write')
  updateItem(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('itemId', IdPipe) itemId: string, @Body() dto: UpdateAgendaItemDto): Promise<BoardMeeting> {
    return this.meetings.updateAgendaItem(actor, id, itemId, dto);
  }

  @ApiOperation({ summary: 'Remove an agenda item (and its documents) while the meeting is planned' })
  @Delete(':id/agenda/:itemId')
  @RequirePermission('meetings.write')
  removeItem(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('itemId', IdPipe) itemId: string): Promise<BoardMeeting> {
    return this.meetings.removeAgendaItem(actor, id, itemId);
  }

  /** Multipart (field `file`), up to 20 MB: the JSON body limit does not apply. The type is read from the content. */
  @ApiOperation({ summary: 'Attach a document to an agenda item: PDF, Word, Excel, PowerPoint or OpenDocument, up to 20 MB' })
  @Post(':id/agenda/:itemId/documents')
  @RequirePermission('meetings.write')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  async uploadDocument(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: string,
    @Param('itemId', IdPipe) itemId: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BoardMeeting> {
    const file = await readUpload(req, res);
    return this.documents.upload(actor, id, itemId, file);
  }

  @ApiOperation({ summary: 'Download a meeting document' })
  @Get(':id/documents/:documentId')
  @RequirePermission('meetings.read')
  @ApiProduces('application/octet-stream')
  async download(@Param('id', IdPipe) id: string, @Param('documentId', IdPipe) documentId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const doc = await this.documents.download(id, documentId);
    res.setHeader('Content-Type', doc.mediaType);
    res.setHeader('Content-Disposition', contentDisposition(doc.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(doc.content);
  }

  @ApiOperation({ summary: 'Remove a meeting document' })
  @Delete(':id/documents/:documentId')
  @RequirePermission('meetings.write')
  removeDocument(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('documentId', IdPipe) documentId: string): Promise<BoardMeeting> {
    return this.documents.remove(actor, id, documentId);
  }

  @ApiOperation({ summary: 'Send the convocation to every seat holder (e-mail in their language, through the outbox)' })
  @Post(':id/convocation')
  @HttpCode(200)
  @RequirePermission('meetings.write')
  convoke(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<BoardMeeting> {
    return this.meetings.sendConvocation(actor, id);
  }

  @ApiOperation({ summary: 'Record the attendance of seat holders (present, absent, excused)' })
  @Put(':id/attendance')
  @RequirePermission('meetings.write')
  attendance(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: AttendanceDto): Promise<BoardMeeting> {
    return this.meetings.recordAttendance(actor, id, dto);
  }

  /** A board member for themselves; the secretary or an administrator for anyone. */
  @ApiOperation({ summary: 'Declare a conflict of interest on an agenda item' })
  @Post(':id/conflicts')
  @RequirePermission('meetings.conflicts.declare')
  declareConflict(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: ConflictDto): Promise<BoardMeeting> {
    return this.resolutions.declareConflict(actor, id, dto);
  }

  @ApiOperation({ summary: 'Propose a board resolution (text fr and en, mover and seconder present)' })
  @Post(':id/resolutions')
  @RequirePermission('meetings.write')
  propose(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: ResolutionDto): Promise<BoardMeeting> {
    return this.resolutions.propose(actor, id, dto);
  }

  @ApiOperation({ summary: 'Decide a resolution by the recorded votes or by consensus (quorum required); numbered when adopted' })
  @Post(':id/resolutions/:resolutionId/decision')
  @HttpCode(200)
  @RequirePermission('meetings.write')
  decide(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('resolutionId', IdPipe) resolutionId: string, @Body() dto: DecisionDto): Promise<BoardMeeting> {
    return this.resolutions.decide(actor, id, resolutionId, dto);
  }

  @ApiOperation({ summary: 'Add an action item (description, owner, due date)' })
  @Post(':id/action-items')
  @RequirePermission('meetings.write')
  addActionItem(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: ActionItemDto): Promise<BoardMeeting> {
    return this.actionItems.create(actor, id, dto);
  }
}

@ApiTags('board meetings')
@ApiBearerAuth()
@Controller('action-items')
export class ActionItemsController {
  constructor(private readonly actionItems: ActionItemsService) {}

  /** Any signed-in person: their own open items (for the dashboard). */
  @ApiOperation({ summary: 'My open action items' })
  @Get('mine')
  mine(@CurrentActor() actor: Actor): Promise<BoardActionItem[]> {
    return this.actionItems.mine(actor);
  }

  /** The owner changes the status of their own; the secretary or an administrator changes anything. */
  @ApiOperation({ summary: 'Update an action item' })
  @Patch(':id')
  update(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdateActionItemDto): Promise<BoardActionItem> {
    return this.actionItems.update(actor, id, dto);
  }
}
