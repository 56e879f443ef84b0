import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../platform/config/app-config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../platform/database/embedded-postgres.js';
import { typeormOptions } from '../platform/database/typeorm-options.js';
import { ImportRefused, importPackage } from '../modules/export/package-import.js';

/**
 * `npm run import:principal -- <package.tar.gz>`: loads a principal's export package into an empty Brygga (the
 * database of DATABASE_URL, else the embedded one in EMBEDDED_DB_DIR), after running the migrations. Refuses a
 * package whose checksums or schema do not match, and a database that holds any principal's data.
 */
async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run import:principal -- <package.tar.gz>');
    return 2;
  }
  const config = loadConfig();
  let embedded: EmbeddedPostgres | undefined;
  const url = config.DATABASE_URL ?? (embedded = await startEmbeddedPostgres(config.EMBEDDED_DB_DIR)).url;
  const dataSource = new DataSource(typeormOptions(url, !!embedded));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const result = await importPackage(dataSource, file, (line) => console.log(line));
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
    console.log(`Imported ${total} records of ${result.principal.name} (${result.principal.id})`);
    return 0;
  } catch (error) {
    if (error instanceof ImportRefused || error instanceof ConfigError) {
      console.error(`Import refused: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
