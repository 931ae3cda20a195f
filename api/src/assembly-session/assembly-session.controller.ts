import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AssemblyDisplay, AssemblyDisplayLink, AssemblyLiveState } from '@concerto/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import type { SessionActor } from '../auth/jwt.strategy';
import { CurrentActor, Public, RequirePermission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { AssemblyEventsHub } from '../realtime/assembly-events.hub';
import { openEventStream, resumeAfter } from '../realtime/event-stream';
import { DisplayService } from './display.service';
import { AgendaItemTextDto, EventsQueryDto, FloorDto } from './dto/session.dto';
import { requireVisibleAssembly, snapshotLiveState } from './live-state';
import { SessionService } from './session.service';
import { SpeakersService } from './speakers.service';

@ApiTags('assemblies: live')
@ApiBearerAuth()
@Controller('assemblies')
export class AssemblySessionController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly hub: AssemblyEventsHub,
    private readonly session: SessionService,
    private readonly speakers: SpeakersService,
    private readonly display: DisplayService,
  ) {}

  @ApiOperation({ summary: 'The live state of an assembly: current item, attendance and quorum, speakers, and the seq of the last event it includes' })
  @Get(':id/live')
  @RequirePermission('assemblies.read')
  async live(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyLiveState> {
    await requireVisibleAssembly(this.ds.manager, actor, id);
    return snapshotLiveState(this.ds, id);
  }

  @ApiOperation({
    summary:
      'Live events of an assembly (server-sent events: id = seq, event = type, data = the event). Resumes after Last-Event-ID (or ?after=): every missed event first, in order, then the live ones',
  })
  @ApiProduces('text/event-stream')
  @Get(':id/events')
  @RequirePermission('assemblies.read')
  async events(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Query() query: EventsQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { eventSeq } = await requireVisibleAssembly(this.ds.manager, actor, id);
    const session = { personId: actor.id, sessionId: (actor as SessionActor).sessionId };
    openEventStream(req, res, this.hub, { assemblyId: id, after: resumeAfter(req, query.after), currentSeq: eventSeq, view: 'full', session });
  }

  @ApiOperation({ summary: "Open the session (chair of this assembly): convened → in session, the agenda's first item under way" })
  @Post(':id/session/open')
  @HttpCode(200)
  @RequirePermission('assemblies.chair')
  open(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyLiveState> {
    return this.session.open(actor, id);
  }

  @ApiOperation({ summary: 'Close the session (chair): the current item is done, the speakers list closes' })
  @Post(':id/session/close')
  @HttpCode(200)
  @RequirePermission('assemblies.chair')
  close(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyLiveState> {
    return this.session.close(actor, id);
  }

  @ApiOperation({ summary: 'Next agenda item (chair): the current one is done, the next pending one is under way; its speakers list starts empty' })
  @Post(':id/session/next')
  @HttpCode(200)
  @RequirePermission('assemblies.chair')
  next(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyLiveState> {
    return this.session.next(actor, id);
  }

  @ApiOperation({ summary: 'Back one agenda item (chair): the previous item is under way again' })
  @Post(':id/session/previous')
  @HttpCode(200)
  @RequirePermission('assemblies.chair')
  previous(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyLiveState> {
    return this.session.previous(actor, id);
  }

  @ApiOperation({ summary: 'The text under debate of an agenda item (chair), shown on the room display' })
  @Patch(':id/session/items/:itemId')
  @RequirePermission('assemblies.chair')
  itemText(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('itemId', IdPipe) itemId: string, @Body() dto: AgendaItemTextDto): Promise<AssemblyLiveState> {
    return this.session.updateItemText(actor, id, itemId, dto);
  }

  @ApiOperation({ summary: 'Ask for the floor on the current item (a delegate registered and present): for, against, privilege or order' })
  @Post(':id/floor')
  @RequirePermission('assemblies.floor')
  askFloor(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: FloorDto): Promise<AssemblyLiveState> {
    return this.speakers.ask(actor, id, dto.kind);
  }

  @ApiOperation({ summary: 'Withdraw your own request for the floor while it waits' })
  @Delete(':id/floor')
  @RequirePermission('assemblies.floor')
  withdrawFloor(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyLiveState> {
    return this.speakers.withdraw(actor, id);
  }

  @ApiOperation({ summary: 'Give the floor to the next speaker in order (chair); the current speaker, if any, is done' })
  @Post(':id/speakers/next')
  @HttpCode(200)
  @RequirePermission('assemblies.chair')
  nextSpeaker(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyLiveState> {
    return this.speakers.next(actor, id);
  }

  @ApiOperation({ summary: 'Give the floor to this waiting speaker (chair)' })
  @Post(':id/speakers/:speakerId/give')
  @HttpCode(200)
  @RequirePermission('assemblies.chair')
  give(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('speakerId', IdPipe) speakerId: string): Promise<AssemblyLiveState> {
    return this.speakers.give(actor, id, speakerId);
  }

  @ApiOperation({ summary: "End this speaker's turn (chair)" })
  @Post(':id/speakers/:speakerId/end')
  @HttpCode(200)
  @RequirePermission('assemblies.chair')
  end(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('speakerId', IdPipe) speakerId: string): Promise<AssemblyLiveState> {
    return this.speakers.end(actor, id, speakerId);
  }

  @ApiOperation({ summary: 'Remove a waiting request for the floor (chair)' })
  @Delete(':id/speakers/:speakerId')
  @RequirePermission('assemblies.chair')
  removeSpeaker(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('speakerId', IdPipe) speakerId: string): Promise<AssemblyLiveState> {
    return this.speakers.remove(actor, id, speakerId);
  }

  @ApiOperation({ summary: 'A new room display link (chair of this assembly, or assemblies.write): shown once; the previous link stops working' })
  @Post(':id/display-link')
  createDisplayLink(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<AssemblyDisplayLink> {
    return this.display.createLink(actor, id);
  }
}

/** The room display: opened by its secret link alone, no account. */
@ApiTags('assemblies: live')
@Controller('display')
export class DisplayController {
  constructor(
    private readonly hub: AssemblyEventsHub,
    private readonly display: DisplayService,
  ) {}

  @ApiOperation({ summary: 'What the room display shows: the assembly and its live state (speakers without person ids)' })
  @Get(':token')
  @Public()
  get(@Param('token') token: string): Promise<AssemblyDisplay> {
    return this.display.display(token);
  }

  @ApiOperation({ summary: "The room display's live events (server-sent events, as /api/assemblies/{id}/events; speakers without person ids); ends when a new link replaces this one" })
  @ApiProduces('text/event-stream')
  @Get(':token/events')
  @Public()
  async events(@Param('token') token: string, @Query() query: EventsQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    const a = await this.display.resolve(token);
    openEventStream(req, res, this.hub, { assemblyId: a.id, after: resumeAfter(req, query.after), currentSeq: Number(a.event_seq), view: 'display', displayTokenHash: a.hash });
  }
}
