import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, Person } from '@concerto/contracts';
import type { Actor } from '../common/actor';
import { CurrentActor, RequirePermission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { CreatePersonDto, PeopleQueryDto, UpdatePersonDto } from './dto/person.dto';
import { PeopleService } from './people.service';

@ApiTags('people')
@ApiBearerAuth()
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @ApiOperation({ summary: 'Search people (accounts)' })
  @Get()
  @RequirePermission('people.read')
  list(@Query() query: PeopleQueryDto): Promise<Page<Person>> {
    return this.people.list(query);
  }

  @ApiOperation({ summary: 'One person' })
  @Get(':id')
  @RequirePermission('people.read')
  get(@Param('id', IdPipe) id: string): Promise<Person> {
    return this.people.get(id);
  }

  @ApiOperation({ summary: 'Create an account' })
  @Post()
  @RequirePermission('people.write')
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePersonDto): Promise<Person> {
    return this.people.create(actor, dto);
  }

  @ApiOperation({ summary: 'Edit an account (roles, active)' })
  @Patch(':id')
  @RequirePermission('people.write')
  update(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdatePersonDto): Promise<Person> {
    return this.people.update(actor, id, dto);
  }

  @Post(':id/invitation')
  @RequirePermission('people.write')
  @HttpCode(202)
  @ApiOperation({ summary: 'Sends the person a new invitation link to choose their password (older links stop working)' })
  async invite(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<void> {
    await this.people.resendInvitation(actor, id);
  }
}
