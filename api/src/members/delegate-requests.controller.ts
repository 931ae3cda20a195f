import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DelegateRequest } from '@concerto/contracts';
import type { Actor } from '../common/actor';
import { CurrentActor, RequirePermission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { DelegateRequestsService } from './delegate-requests.service';
import { DelegateRequestQueryDto, RejectDelegateRequestDto } from './dto/member.dto';

/** The administrator's queue of delegates' requests to add or replace a delegate. */
@ApiTags('members')
@ApiBearerAuth()
@Controller('delegate-requests')
export class DelegateRequestsController {
  constructor(private readonly requests: DelegateRequestsService) {}

  @Get()
  @RequirePermission('delegateRequests.review')
  @ApiOperation({ summary: 'Requests of every member with this status (pending unless told otherwise), oldest first' })
  list(@Query() query: DelegateRequestQueryDto): Promise<DelegateRequest[]> {
    return this.requests.list(query.status);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('delegateRequests.review')
  @ApiOperation({ summary: 'Approve: designate the person (created if new), ending the replaced designation, in one transaction' })
  approve(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<DelegateRequest> {
    return this.requests.approve(actor, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequirePermission('delegateRequests.review')
  @ApiOperation({ summary: 'Reject, with the reason given to the member' })
  reject(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: RejectDelegateRequestDto): Promise<DelegateRequest> {
    return this.requests.reject(actor, id, dto.reason);
  }
}
