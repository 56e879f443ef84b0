import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { EXPORTERS, PrincipalExportsService } from './principal-exports.service.js';

/**
 * The download of a finished export package, authenticated like the GraphQL API (bearer token for scripts, the session
 * cookie for the web app's link) by the global guard. An export the caller may not download, or that is not there, is 404.
 */
@Controller('api/exports')
export class ExportDownloadController {
  constructor(private readonly exports: PrincipalExportsService) {}

  @Allow(...EXPORTERS)
  @Get(':id/download')
  async download(@Ctx() ctx: RequestContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<StreamableFile> {
    const row = await this.exports.download(ctx.actor, id);
    if (!row?.filePath) throw new NotFoundException();
    const day = (row.finishedAt ?? row.createdAt).toISOString().slice(0, 10);
    return new StreamableFile(createReadStream(row.filePath), {
      type: 'application/gzip',
      length: row.sizeBytes ?? undefined,
      disposition: `attachment; filename="brygga-export-${day}-${row.id.slice(0, 8)}.tar.gz"`,
    });
  }
}
