import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { AppShellController, AssetsController, GraphiqlController } from './web.controller.js';
import { WebFiles } from './web-files.js';

/**
 * The browser side, built from web/ into dist/web: its assets, GraphiQL at /graphiql when GRAPHIQL is on (by
 * default outside production), and the staff web app at / and its own paths. The app's catch-all comes last, and
 * this module is imported last, so every other route is matched first.
 */
@Module({})
export class WebModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WebModule,
      controllers: [AssetsController, ...(config.graphiql ? [GraphiqlController] : []), AppShellController],
      providers: [WebFiles],
    };
  }
}
