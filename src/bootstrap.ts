import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import type { AppConfig } from './platform/config/app-config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './platform/database/embedded-postgres.js';
import { runRequest } from './platform/database/row-security.js';
import { DemoSeeder } from './modules/demo/demo-seeder.service.js';
import { AppLogger } from './platform/logging/app-logger.js';
import { RequestLogger } from './platform/logging/logging.module.js';
import { TaxonomyImporter } from './modules/taxonomy/taxonomy-importer.service.js';

export interface RunningApp {
  app: INestApplication;
  /** Closes the app, then the embedded PostgreSQL if one was started (Nest shuts its providers first). */
  close(): Promise<void>;
}

/**
 * Builds the application the same way for `npm start` and for the e2e tests: the database (a PostgreSQL server
 * from DATABASE_URL, else the embedded PGlite), migrations at boot, the taxonomy on an empty database, and the
 * demo when configured. `extra` modules are added to the root (the tests add probes of their own).
 */
export async function createApp(config: AppConfig, extra: Type[] = []): Promise<RunningApp> {
  let embedded: EmbeddedPostgres | undefined;
  const url = config.DATABASE_URL ?? (embedded = await startEmbeddedPostgres(config.EMBEDDED_DB_DIR)).url;
  try {
    const root = AppModule.forRoot(config, { url, embedded: !!embedded });
    root.imports = [...(root.imports ?? []), ...extra];
    const app = await NestFactory.create<NestExpressApplication>(root, { bufferLogs: true });
    app.useLogger(app.get(AppLogger));
    app.use(app.get(RequestLogger).middleware);
    app.use((_req: unknown, _res: unknown, next: () => void) => runRequest(next));
    app.disable('x-powered-by');
    app.set('trust proxy', config.trustProxy);
    await app.init();
    const importer = app.get(TaxonomyImporter);
    if (await importer.isEmpty()) await importer.import();
    if (config.demoSeed) await app.get(DemoSeeder).seedIfEmpty();
    return {
      app,
      async close() {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
