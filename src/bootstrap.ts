import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { ConfigError, loadConfig, type AppConfig } from './platform/config/app-config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './platform/database/embedded-postgres.js';
import { runRequest } from './platform/database/row-security.js';
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
 * from DATABASE_URL, else the embedded PGlite), migrations at boot and the taxonomy on an empty database. `extra`
 * modules are added to the root (the demo adds its seeder, the tests probes of their own).
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
    // an ETag is a hash of each answer's body: GraphQL's answers are POSTs and no-store, and the web app's files have their own
    app.set('etag', false);
    app.set('trust proxy', config.trustProxy);
    await app.init();
    const importer = app.get(TaxonomyImporter);
    if (await importer.isEmpty()) await importer.import();
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

/**
 * Serves the app that `create` builds from the environment's configuration until SIGINT or SIGTERM: `npm start`'s
 * demo (demo/main.ts) and production (src/main.ts) start the same way.
 */
export async function serve(create: (config: AppConfig) => Promise<RunningApp> = createApp): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { app, close } = await create(config);
  await app.listen(config.PORT, config.HOST);
  const url = await app.getUrl();
  app.get(AppLogger).log(`Brygga listening on ${url}/graphql`);
  // our own handler rather than Nest's shutdown hooks: the embedded PostgreSQL must stop after the app
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
