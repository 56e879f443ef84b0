import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { AssetsController, GraphiqlController } from './web.controller.js';
import { WebFiles } from './web-files.js';

/**
 * The browser side, built from web/ into dist/web: its assets, and GraphiQL at /graphiql when GRAPHIQL is on (by
 * default outside production). Pages get their own routes here, so `/` stays free for the staff web app.
 */
@Module({})
export class WebModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WebModule,
      controllers: [AssetsController, ...(config.graphiql ? [GraphiqlController] : [])],
      providers: [WebFiles],
    };
  }
}
