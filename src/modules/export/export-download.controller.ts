import { Controller, Get, Headers, NotFoundException, Param, ParseUUIDPipe, StreamableFile, UnauthorizedException } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { Public } from '../auth/allow.decorator.js';
import { AuthService } from '../auth/auth.service.js';
import type { Actor } from '../auth/principal-scope.js';
import { sessionTokenOf } from '../auth/session-cookie.js';
import { SessionsService } from '../auth/sessions.service.js';
import { DomainError } from '../errors/domain-error.js';
import { PrincipalExportsService } from './principal-exports.service.js';

type RequestHeaders = Record<string, string | string[] | undefined>;

/**
 * The download of a finished export package. The GraphQL guard judges only GraphQL operations, so this route
 * authenticates the caller itself the same two ways: the Authorization header (scripts) or else the session cookie
 * (the web app's link). Anything the caller may not download, or that is not there, is 404.
 */
@Controller('api/exports')
export class ExportDownloadController {
  constructor(
    private readonly exports: PrincipalExportsService,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Get(':id/download')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Headers() headers: RequestHeaders): Promise<StreamableFile> {
    const actor = await this.actor(headers);
    const row = await this.exports.download(actor, id);
    if (!row?.filePath) throw new NotFoundException();
    const day = (row.finishedAt ?? row.createdAt).toISOString().slice(0, 10);
    return new StreamableFile(createReadStream(row.filePath), {
      type: 'application/gzip',
      length: row.sizeBytes ?? undefined,
      disposition: `attachment; filename="brygga-export-${day}-${row.id.slice(0, 8)}.tar.gz"`,
    });
  }

  private async actor(headers: RequestHeaders): Promise<Actor> {
    const authorization = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
    const session = authorization === undefined ? sessionTokenOf(headers) : undefined;
    try {
      return session === undefined ? await this.auth.authenticate(authorization) : await this.sessions.authenticate(session);
    } catch (error) {
      if (error instanceof DomainError) throw new UnauthorizedException();
      throw error;
    }
  }
}
