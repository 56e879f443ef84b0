import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { Allow, RestOperation } from '../../platform/auth/allow.decorator.js';
import { Ctx } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { renderRegisterExtractPdf } from './register-extract.pdf.js';
import { RegisterExtractService } from './register-extract.service.js';
import { REGISTER_EXTRACT_PERMISSION, REGISTER_EXTRACT_READERS, type RegisterExtract } from './register-extract.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The part of Express's response the routes set (no @types/express here). */
interface Response {
  setHeader(name: string, value: string): unknown;
}

/**
 * A person's register extract (registerutdrag, GDPR art. 15) as a file to hand over: JSON for a machine, a PDF in
 * Swedish for the person. Authenticated like the GraphQL API (bearer token or the web app's session cookie) by the
 * global guard; the file name carries the date and the record's id, never the identity number, and neither answer
 * may be cached.
 */
@Controller('api/people')
export class RegisterExtractController {
  constructor(private readonly extracts: RegisterExtractService) {}

  @Allow(...REGISTER_EXTRACT_READERS)
  @RestOperation(REGISTER_EXTRACT_PERMISSION)
  @Get(':id/registerutdrag.json')
  async json(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<RegisterExtract> {
    const extract = await this.extracts.extract(ctx, personId(id));
    attachment(res, 'application/json; charset=utf-8', fileName(extract, 'json'));
    return extract;
  }

  @Allow(...REGISTER_EXTRACT_READERS)
  @RestOperation(REGISTER_EXTRACT_PERMISSION)
  @Get(':id/registerutdrag.pdf')
  async pdf(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const extract = await this.extracts.extract(ctx, personId(id));
    const pdf = await renderRegisterExtractPdf(extract);
    attachment(res, 'application/pdf', fileName(extract, 'pdf'));
    return new StreamableFile(pdf, { type: 'application/pdf', length: pdf.length });
  }
}

/** A person id from the path; anything but a UUID is a person that does not exist. */
function personId(id: string): string {
  if (!UUID.test(id)) throw DomainError.notFound('Person');
  return id;
}

function fileName(extract: RegisterExtract, extension: string): string {
  const day = extract.generatedAt.toISOString().slice(0, 10);
  return `registerutdrag-${String(extract.person.id).slice(0, 8)}-${day}.${extension}`;
}

function attachment(res: Response, type: string, name: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'no-store');
}
