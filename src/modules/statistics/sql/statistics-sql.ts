/**
 * The statistics' SQL, as versioned files beside this one: what a period counts for (the footprint), how changes
 * become differences (record, and the trigger `changed`), how differences are folded into the summary (fold) and how
 * it is rebuilt. Migration StatisticsSql runs them; a change is a new version of a file and a migration that runs it.
 * The specs beside them run the same files on PGlite.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The files, in the order they must be created (each calls the ones before it). */
export const STATISTICS_SQL_FILES = [
  'statistics-footprint.v2.sql',
  'statistics-record.v2.sql',
  'statistics-fold.v2.sql',
  'statistics-rebuild.v2.sql',
  'statistics-changed.v2.sql',
] as const;

/** One file's text, read from the source tree (the app runs from the repository root, as it reads geo/ and taxonomy/). */
export function statisticsSql(file: (typeof STATISTICS_SQL_FILES)[number]): string {
  return readFileSync(resolve('src/modules/statistics/sql', file), 'utf8');
}
