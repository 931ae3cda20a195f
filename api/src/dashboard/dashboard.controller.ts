import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DashboardSummary } from '@concerto/contracts';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** Any signed-in person: counts only, no personal information. */
  @ApiOperation({ summary: 'Counts for the dashboard' })
  @Get()
  summary(): Promise<DashboardSummary> {
    return this.dashboard.summary();
  }
}
