import 'reflect-metadata';
import { ConfigError, loadConfig } from './platform/config/app-config.js';
import { createApp } from './bootstrap.js';
import { AppLogger } from './platform/logging/app-logger.js';

async function main(): Promise<void> {
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
  const { app, close } = await createApp(config);
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
