import { Controller, Get, Logger, NotFoundException, Param, Req, Res, type OnModuleInit } from '@nestjs/common';
import { Public } from '../auth/allow.decorator.js';
import { NOT_BUILT, WebFiles, type FileResponse } from './web-files.js';

/** The bundles every page of dist/web shares, under content-hashed names. */
@Controller('assets')
export class AssetsController {
  constructor(private readonly files: WebFiles) {}

  @Public()
  @Get(':file')
  asset(@Param('file') file: string, @Res() res: FileResponse): Promise<void> {
    return this.files.asset(res, file);
  }
}

/** GraphiQL for the API on this same origin: a token in its header editor, or the session of a browser signed in to the app. */
@Controller('graphiql')
export class GraphiqlController implements OnModuleInit {
  constructor(private readonly files: WebFiles) {}

  /** Said once at boot, so a missing build is noticed before someone opens a blank page. */
  onModuleInit(): void {
    if (!this.files.built()) new Logger('GraphiQL').warn(`/graphiql will answer 404. ${NOT_BUILT}`);
  }

  @Public()
  @Get()
  page(@Res() res: FileResponse): Promise<void> {
    return this.files.page(res, 'graphiql.html');
  }
}

/** Paths that are the API's or another page's, never the web app's, whatever is (or is not) served there. */
const NOT_THE_APP = /^\/(?:graphql|graphiql|assets|health|calendar|api)(?:\/|$)/;

/**
 * The staff web app at / and at every path of its own (/logga-in, /arbetsgivare/…): the same page each time, whose
 * router shows the screen, so a bookmark or a reload lands where the person was. Registered after every other
 * controller; the API's paths are answered 404 here rather than with the app.
 */
@Controller()
export class AppShellController {
  constructor(private readonly files: WebFiles) {}

  @Public()
  @Get(['/', '*path'])
  page(@Req() req: { path: string }, @Res() res: FileResponse): Promise<void> {
    if (NOT_THE_APP.test(req.path)) return Promise.reject(new NotFoundException());
    return this.files.page(res, 'index.html');
  }
}
