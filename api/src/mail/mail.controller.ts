import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MailMessage, MailSummary, Page } from '@concerto/contracts';
import { RequirePermission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { MailQueryDto } from './dto/mail-query.dto';
import { MailService } from './mail.service';

@ApiTags('mail')
@ApiBearerAuth()
@Controller('mail')
export class MailController {
  constructor(private readonly mail: MailService) {}

  @Get()
  @RequirePermission('mail.read')
  @ApiOperation({ summary: 'The outbox: messages sent, waiting, kept in the portal or failed, newest first' })
  list(@Query() query: MailQueryDto): Promise<Page<MailSummary>> {
    return this.mail.list(query);
  }

  @Get(':id')
  @RequirePermission('mail.read')
  @ApiOperation({ summary: 'One message of the outbox (its text while it is kept in the portal)' })
  get(@Param('id', IdPipe) id: string): Promise<MailMessage> {
    return this.mail.get(id);
  }
}
