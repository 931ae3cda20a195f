import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BoardCandidate, BoardOfficer, BoardRegister, BoardSeatHistory, MyBoardSeat } from '@concerto/contracts';
import type { Actor } from '../common/actor';
import { CurrentActor, Public, RequirePermission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { BoardRegisterService } from './board-register.service';
import { BoardService } from './board.service';
import { AssignTermDto, CandidatesQueryDto, CorrectTermDto, EndTermDto, NameOfficerDto, UpdateSeatDto } from './dto/board.dto';

/** The board register: public to read; the secretary and the administrator keep it. */
@ApiTags('board')
@ApiBearerAuth()
@Controller('board')
export class BoardController {
  constructor(
    private readonly register: BoardRegisterService,
    private readonly board: BoardService,
  ) {}

  @ApiOperation({ summary: 'The current board: seats by college with holders, terms, vacancies and youth seats; officers' })
  @Get()
  @Public()
  @RequirePermission('board.read')
  current(): Promise<BoardRegister> {
    return this.register.register();
  }

  @ApiOperation({ summary: 'A board member’s own seat and term (null for anyone else)' })
  @Get('my-seat')
  async mySeat(@CurrentActor() actor: Actor): Promise<{ seat: MyBoardSeat | null }> {
    return { seat: await this.register.mySeat(actor.id) };
  }

  @ApiOperation({ summary: 'Active people to name to a seat (the secretary’s picker)' })
  @Get('candidates')
  @RequirePermission('board.write')
  candidates(@Query() query: CandidatesQueryDto): Promise<BoardCandidate[]> {
    return this.register.candidates(query.q);
  }

  @ApiOperation({ summary: 'A seat and every term it has had' })
  @Get('seats/:id')
  @Public()
  @RequirePermission('board.read')
  seat(@Param('id', IdPipe) id: string): Promise<BoardSeatHistory> {
    return this.register.seatHistory(id);
  }

  @ApiOperation({ summary: 'Mark a seat reserved for the youth wing, or not' })
  @Patch('seats/:id')
  @RequirePermission('board.write')
  async updateSeat(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdateSeatDto): Promise<BoardSeatHistory> {
    await this.board.updateSeat(actor, id, dto);
    return this.register.seatHistory(id);
  }

  @ApiOperation({ summary: 'Name a holder to a seat (a new term; its end defaults to the bylaws’ term length)' })
  @Post('seats/:id/terms')
  @RequirePermission('board.write')
  async assign(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: AssignTermDto): Promise<BoardSeatHistory> {
    await this.board.assign(actor, id, dto);
    return this.register.seatHistory(id);
  }

  @ApiOperation({ summary: 'End a term early (resignation, removal)' })
  @Post('terms/:id/end')
  @HttpCode(200)
  @RequirePermission('board.write')
  async endTerm(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: EndTermDto): Promise<BoardSeatHistory> {
    return this.register.seatHistory(await this.board.endTerm(actor, id, dto));
  }

  @ApiOperation({ summary: 'Correct the planned end of a term' })
  @Patch('terms/:id')
  @RequirePermission('board.write')
  async correctTerm(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: CorrectTermDto): Promise<BoardSeatHistory> {
    return this.register.seatHistory(await this.board.correctTerm(actor, id, dto));
  }

  @ApiOperation({ summary: 'Name a board member to an office (the previous holder’s mandate ends)' })
  @Post('officers')
  @RequirePermission('board.write')
  async nameOfficer(@CurrentActor() actor: Actor, @Body() dto: NameOfficerDto): Promise<BoardOfficer[]> {
    await this.board.nameOfficer(actor, dto);
    return this.register.officers();
  }

  @ApiOperation({ summary: 'End an officer’s mandate' })
  @Post('officers/:id/end')
  @HttpCode(200)
  @RequirePermission('board.write')
  async endOfficer(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<BoardOfficer[]> {
    await this.board.endOfficerMandate(actor, id);
    return this.register.officers();
  }
}
