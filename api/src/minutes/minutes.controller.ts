import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { AdoptionCandidate, MinutesDetail, MinutesMeetingOption, MinutesSummary } from '@concerto/contracts';
import type { Actor } from '../common/actor';
import { CurrentActor, RequirePermission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { AdoptMinutesDto, CreateMinutesDto, SignMinutesDto, UpdateMinutesDto } from './dto/minutes.dto';
import { MinutesApprovalService } from './minutes-approval.service';
import { MinutesService } from './minutes.service';

/** The board's side of the minutes: drafts, submission, adoption, signatures, publication, errata. */
@ApiTags('minutes')
@ApiBearerAuth()
@Controller('minutes')
export class MinutesController {
  constructor(
    private readonly minutes: MinutesService,
    private readonly approval: MinutesApprovalService,
  ) {}

  @Get()
  @RequirePermission('minutes.read')
  @ApiOperation({ summary: 'Every minutes and erratum, newest meeting first (drafts included: the board only)' })
  list(): Promise<MinutesSummary[]> {
    return this.minutes.list();
  }

  /** Before `:id`: "meetings" is not an identifier. */
  @Get('meetings')
  @RequirePermission('minutes.write')
  @ApiOperation({ summary: 'Meetings held that have no minutes yet' })
  meetings(): Promise<MinutesMeetingOption[]> {
    return this.minutes.meetingOptions();
  }

  @Post()
  @RequirePermission('minutes.write')
  @ApiOperation({ summary: 'Draft the minutes of a meeting from what the portal recorded (agenda, attendance, quorum, resolutions, conflicts)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateMinutesDto): Promise<MinutesDetail> {
    return this.minutes.create(actor, dto.meetingId);
  }

  @Get(':id')
  @RequirePermission('minutes.read')
  @ApiOperation({ summary: 'One minutes: text, record, adoption, signatures, digest, errata' })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<MinutesDetail> {
    return this.minutes.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('minutes.write')
  @ApiOperation({ summary: 'Edit the text in fr and en (drafts only)' })
  update(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdateMinutesDto): Promise<MinutesDetail> {
    return this.minutes.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('minutes.write')
  @ApiOperation({ summary: 'Drop a draft (anything submitted or further stays)' })
  remove(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<void> {
    return this.minutes.remove(actor, id);
  }

  @Post(':id/submission')
  @HttpCode(200)
  @RequirePermission('minutes.write')
  @ApiOperation({ summary: 'Submit for adoption: the record is frozen and the text no longer changes' })
  submit(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<MinutesDetail> {
    return this.minutes.submit(actor, id);
  }

  @Get(':id/adoption-candidates')
  @RequirePermission('minutes.write')
  @ApiOperation({ summary: 'Adopted resolutions of later meetings that could record the adoption' })
  candidates(@Param('id', IdPipe) id: string): Promise<AdoptionCandidate[]> {
    return this.approval.adoptionCandidates(id);
  }

  @Post(':id/adoption')
  @HttpCode(200)
  @RequirePermission('minutes.write')
  @ApiOperation({ summary: 'Record the adoption by an adopted resolution of a later meeting that had quorum' })
  adopt(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: AdoptMinutesDto): Promise<MinutesDetail> {
    return this.approval.adopt(actor, id, dto.resolutionId);
  }

  @Post(':id/signatures')
  @HttpCode(200)
  @RequirePermission('minutes.sign')
  @ApiOperation({ summary: 'Sign adopted minutes as the current président·e or secretary, giving the password again' })
  sign(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: SignMinutesDto, @Req() req: Request): Promise<MinutesDetail> {
    return this.approval.sign(actor, id, dto.password, dto.role, req.ip ?? 'unknown');
  }

  @Post(':id/publication')
  @HttpCode(200)
  @RequirePermission('minutes.publish')
  @ApiOperation({ summary: 'Publish adopted and signed minutes: digest, audit heads, PDFs in fr and en; they never change after' })
  publish(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<MinutesDetail> {
    return this.approval.publish(actor, id);
  }

  @Post(':id/errata')
  @RequirePermission('minutes.write')
  @ApiOperation({ summary: 'Draft an erratum correcting published minutes' })
  erratum(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<MinutesDetail> {
    return this.minutes.createErratum(actor, id);
  }
}
