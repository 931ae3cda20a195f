import { Controller, Get, Header, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ArchiveHit, MinutesVerification, Page, PublicMinutes } from '@concerto/contracts';
import type { Response } from 'express';
import { RequirePermission } from '../common/auth.decorators';
import { IdPipe } from '../common/id.pipe';
import { ArchiveService } from './archive.service';
import { ArchiveQueryDto, MinutesPdfParamsDto } from './dto/minutes.dto';

/** The public archive, without an account: published minutes, adopted resolutions, PDFs, digest checks. */
@ApiTags('archive')
@Controller('archive')
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  @Get()
  @RequirePermission('archive.read')
  @ApiOperation({ summary: 'Search published minutes and adopted resolutions by words (fr/en, accents ignored), year and number ("CA-2026-014", "14")' })
  search(@Query() query: ArchiveQueryDto): Promise<Page<ArchiveHit>> {
    return this.archive.search(query);
  }

  @Get('minutes/:id')
  @RequirePermission('archive.read')
  @ApiOperation({ summary: 'Published minutes (404 for anything not published)' })
  minutes(@Param('id', IdPipe) id: string): Promise<PublicMinutes> {
    return this.archive.minutes(id);
  }

  @Get('minutes/:id/verification')
  @RequirePermission('archive.read')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Recompute the digest of published minutes from the stored content and say whether it matches (and the PDFs)' })
  verify(@Param('id', IdPipe) id: string): Promise<MinutesVerification> {
    return this.archive.verify(id);
  }

  @Get('minutes/:id/pdf/:language')
  @RequirePermission('archive.read')
  @ApiProduces('application/pdf')
  @ApiParam({ name: 'id', description: 'The minutes', schema: { type: 'string', format: 'uuid' } })
  @ApiParam({ name: 'language', description: 'fr or en', schema: { type: 'string', enum: ['fr', 'en'] } })
  @ApiOperation({ summary: 'The PDF of published minutes in fr or en, as rendered at publication' })
  async pdf(@Param() params: MinutesPdfParamsDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.archive.pdf(params.id, params.language);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('X-Content-SHA256', file.sha256);
    return new StreamableFile(file.content, { type: 'application/pdf', length: file.content.length });
  }
}
