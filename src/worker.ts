import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from './platform/config/app-config.js';
import { startTracing } from './platform/tracing/tracing.js';

/**
 * `npm run worker`: the background jobs without serving HTTP, for a deployment of several processes (docs/deployment.md):
 * the same application and the same processors as the API, started as a Nest application context (no HTTP server, so
 * no GraphQL, web app or REST routes), with JOB_PROCESSORS on whatever the environment says. It needs PostgreSQL and
 * Redis servers: the embedded PostgreSQL belongs to one process, and without Redis the jobs run in the API's own.
 *
 * SIGTERM or SIGINT stops it gracefully: the BullMQ worker takes no new job and waits for the ones running to finish
 * (each commits or rolls back as a whole); a worker killed outright leaves its jobs locked until BullMQ finds them
 * stalled and hands them to another worker, which runs them again from the start.
 *
 * Tracing, when configured, starts before the application is imported, which it must see (src/platform/tracing).
 */
async function main(): Promise<void> {
  const config = configOrExit();
  if (!config.DATABASE_URL || !config.REDIS_URL) {
    console.error('npm run worker needs DATABASE_URL and REDIS_URL: without them the jobs run inside the API (npm start)');
    process.exit(1);
  }
  const tracing = await startTracing();
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('./app.module.js');
  const { AppLogger } = await import('./platform/logging/app-logger.js');
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { url: config.DATABASE_URL, embedded: false }), { bufferLogs: true });
  const logger = app.get(AppLogger);
  app.useLogger(logger);
  await app.init();
  logger.log('Brygga worker running the background jobs (no HTTP)');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.log(`${signal}: finishing the jobs that are running, taking no new ones`);
      app
        .close()
        .finally(() => tracing.shutdown())
        .then(
          () => process.exit(0),
          () => process.exit(1),
        );
    });
  }
}

function configOrExit(): AppConfig {
  try {
    return loadConfig({ ...process.env, JOB_PROCESSORS: 'true' });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
