import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { extract } from 'tar';
import type { DataSource, QueryRunner } from 'typeorm';
import { ALL_FILES, type PackageFile } from './export-files.js';
import { BATCH_SIZE, FORMAT, FORMAT_VERSION, fileDigest, schemaVersion, type Manifest, type ManifestFile } from './export-package.js';

/** Why a package was refused; the command prints the message and exits non-zero. */
export class ImportRefused extends Error {}

/** Tables that hold a principal's data: the target must have no row in any of them. */
const MUST_BE_EMPTY = ['organisation', 'app_user', 'candidate', 'enrolment', 'employer', 'opening', 'team', 'meeting'];
const CELL_COLUMNS = 'principal_id, sector_id, team_id, secretary_id, measure, grain, x, y, value, n';

export interface ImportResult {
  principal: { id: string; name: string };
  counts: Record<string, number>;
}

/**
 * Loads a principal's package (export-package.ts) into an empty Brygga: unpacks it, checks every file's SHA-256
 * against the manifest and the schema against the database's, refuses a database that holds any principal's data,
 * then loads the files in their order in one transaction (nothing is left half loaded), batch by batch. The
 * statistics are not loaded but recomputed from the enrolment periods and follow-ups (`statistics_rebuild`, with
 * the statistics triggers skipping the load), and must equal the package's figures to the last one.
 */
export async function importPackage(dataSource: DataSource, tarPath: string, log: (line: string) => void = () => {}): Promise<ImportResult> {
  const dir = await mkdtemp(join(tmpdir(), 'brygga-import-'));
  try {
    await unpack(tarPath, dir);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.format !== FORMAT || manifest.formatVersion !== FORMAT_VERSION) throw new ImportRefused(`Not a ${FORMAT} version ${FORMAT_VERSION} package`);
    for (const file of manifest.files) {
      for (const [name, sha256, bytes] of [
        [file.file, file.sha256, file.bytes],
        [file.csv, file.csvSha256, file.csvBytes],
      ] as const) {
        const digest = await fileDigest(join(dir, name));
        if (digest.sha256 !== sha256 || digest.bytes !== bytes) throw new ImportRefused(`${name} does not match its checksum in manifest.json`);
      }
    }
    log(`Checksums of ${manifest.files.length * 2} files verified`);
    const target = await schemaVersion(dataSource);
    if (target !== manifest.schemaVersion) throw new ImportRefused(`The package is of schema ${manifest.schemaVersion}, the database of ${target}`);
    for (const table of MUST_BE_EMPTY) {
      const [{ any }] = (await dataSource.query(`SELECT EXISTS (SELECT 1 FROM "${table}") AS any`)) as Array<{ any: boolean }>;
      if (any) throw new ImportRefused(`The database is not empty (${table} has rows): a package is imported only into an empty Brygga`);
    }
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const counts = await load(runner, dir, manifest, log);
      await runner.commitTransaction();
      return { principal: manifest.principal, counts };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function load(runner: QueryRunner, dir: string, manifest: Manifest, log: (line: string) => void): Promise<Record<string, number>> {
  // the statistics' triggers skip the load (migration RowLevelSecurity); the figures are recomputed at the end
  await runner.query(`SELECT set_config('brygga.loading', 'on', true)`);
  await runner.query(`CREATE TEMP TABLE import_statistics (LIKE statistics_cell) ON COMMIT DROP`);
  const counts: Record<string, number> = {};
  const specs = manifest.files.map((file) => ({ file, spec: specOf(file) }));
  for (const { file, spec } of specs) {
    let rows = 0;
    for await (const batch of lineBatches(join(dir, file.file))) {
      await runner.query(insertSql(spec, file), [`[${batch.join(',')}]`]);
      rows += batch.length;
    }
    if (rows !== file.rows) throw new ImportRefused(`${file.file} has ${rows} records, manifest.json says ${file.rows}`);
    counts[file.file] = rows;
    log(`${file.file}: ${rows}`);
  }
  for (const { file, spec } of specs) {
    if (!spec.deferred?.length) continue;
    const set = spec.deferred.map((c) => `"${c}" = p."${c}"`).join(', ');
    const any = spec.deferred.map((c) => `p."${c}" IS NOT NULL`).join(' OR ');
    for await (const batch of lineBatches(join(dir, file.file))) {
      await runner.query(`UPDATE "${spec.table}" t SET ${set} FROM json_populate_recordset(null::"${spec.table}", $1::json) p WHERE t.id = p.id AND (${any})`, [
        `[${batch.join(',')}]`,
      ]);
    }
  }
  await runner.query(`SELECT set_config('brygga.loading', 'off', true)`);
  await runner.query(`SELECT statistics_rebuild()`);
  const [{ differ }] = (await runner.query(
    `SELECT count(*)::int AS differ FROM ((SELECT ${CELL_COLUMNS} FROM statistics_cell EXCEPT ALL SELECT ${CELL_COLUMNS} FROM import_statistics)
     UNION ALL (SELECT ${CELL_COLUMNS} FROM import_statistics EXCEPT ALL SELECT ${CELL_COLUMNS} FROM statistics_cell)) d`,
  )) as Array<{ differ: number }>;
  if (differ > 0) throw new ImportRefused(`The statistics recomputed from the records differ from the package's in ${differ} figures`);
  log('Statistics recomputed and equal to the package’s');
  return counts;
}

function specOf(file: ManifestFile): PackageFile {
  const spec = ALL_FILES.find((f) => `${f.name}.jsonl` === file.file && f.table === file.table);
  if (!spec) throw new ImportRefused(`Unknown file ${file.file} in manifest.json`);
  return spec;
}

/** One batch's statement: its records from a JSON array, typed by the table's own row type. */
function insertSql(spec: PackageFile, file: ManifestFile): string {
  const from = `json_populate_recordset(null::"${spec.table}", $1::json) p`;
  if (spec.special === 'statistics') return `INSERT INTO import_statistics (${CELL_COLUMNS}) SELECT ${CELL_COLUMNS} FROM ${from}`;
  if (spec.special === 'sectors') {
    // the target's sectors come from its own taxonomy import: matched by code, they take the package's ids (the
    // database is empty, so nothing refers to them yet); a sector the target lacks is added
    return `WITH moved AS (UPDATE sector s SET id = p.id FROM ${from} WHERE s.code = p.code RETURNING s.code)
            INSERT INTO sector (id, code, name, description, occupation_field_ids, ssyk4_ids)
            SELECT p.id, p.code, p.name, p.description, p.occupation_field_ids, p.ssyk4_ids FROM ${from} WHERE p.code NOT IN (SELECT code FROM moved)`;
  }
  const columns = file.columns.map((c) => c.name);
  const defaults = Object.entries(spec.importDefaults ?? {});
  const names = [...columns, ...defaults.map(([c]) => c)].map((c) => `"${c}"`).join(', ');
  const values = [...columns.map((c) => (spec.deferred?.includes(c) ? 'NULL' : `p."${c}"`)), ...defaults.map(([, e]) => e)].join(', ');
  return `INSERT INTO "${spec.table}" (${names}) SELECT ${values} FROM ${from}`;
}

/**
 * Unpacks the package as a stream of the file's 64 kB reads (node-tar reads a `file` in pieces of up to 16 MB, and
 * inflates each at once).
 */
function unpack(tarPath: string, dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const unpacker = extract({ cwd: dir, strict: true });
    unpacker.on('error', reject).on('close', () => resolve());
    createReadStream(tarPath).on('error', reject).pipe(unpacker);
  });
}

/** A JSON Lines file's lines, a batch at a time. */
async function* lineBatches(path: string): AsyncGenerator<string[]> {
  let batch: string[] = [];
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (line === '') continue;
    batch.push(line);
    if (batch.length === BATCH_SIZE) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
