import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse } from '@concerto/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth.decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** 200 when the database answers, 503 otherwise (used by compose's healthcheck). */
  @Public()
  @ApiOperation({ summary: 'Health of the API and its database' })
  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const version = process.env['npm_package_version'] ?? '0.1.0';
    try {
      await this.ds.query('SELECT 1');
      return { status: 'ok', database: 'up', version };
    } catch {
      res.status(503);
      return { status: 'error', database: 'down', version };
    }
  }
}
