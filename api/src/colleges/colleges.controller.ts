import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { College } from '@concerto/contracts';
import type { Actor } from '../common/actor';
import { CurrentActor, RequirePermission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { CollegesService } from './colleges.service';
import { CreateCollegeDto, UpdateCollegeDto } from './dto/college.dto';

@ApiTags('colleges')
@ApiBearerAuth()
@Controller('colleges')
export class CollegesController {
  constructor(private readonly colleges: CollegesService) {}

  /** Public: the colleges and their seats are part of the board's published composition. */
  @ApiOperation({ summary: 'List the electoral colleges and their seats' })
  @Get()
  @RequirePermission('colleges.read')
  list(): Promise<College[]> {
    return this.colleges.list();
  }

  @ApiOperation({ summary: 'Create an electoral college' })
  @Post()
  @RequirePermission('colleges.write')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCollegeDto): Promise<College> {
    return this.colleges.create(actor, dto);
  }

  @ApiOperation({ summary: 'Edit an electoral college' })
  @Patch(':id')
  @RequirePermission('colleges.write')
  update(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdateCollegeDto): Promise<College> {
    return this.colleges.update(actor, id, dto);
  }
}
