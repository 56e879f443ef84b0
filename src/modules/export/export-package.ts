import { stringify } from 'csv-stringify/sync';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { create as createTar } from 'tar';
import { ALL_FILES, ORGANISATIONS_FILE, USERS_FILE, referencedOrganisationsSql, referencedUsersSql, type PackageFile } from './export-files.js';
import { exportReadme } from './export-readme.js';

/** Anything that runs SQL and returns rows: TypeORM's DataSource or EntityManager, or a query runner. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any[]>;
}

export const FORMAT = 'brygga-principal-export';
export const FORMAT_VERSION = 1;
/** Records read per query: memory holds one batch per file being written, whatever the principal's size. */
export const BATCH_SIZE = 1000;

export interface ColumnInfo {
  name: string;
  type: string;
  nullable: boolean;
}

export interface ManifestFile {
  file: string;
  csv: string;
  table: string;
  rows: number;
  sha256: string;
  bytes: number;
  csvSha256: string;
  csvBytes: number;
  columns: ColumnInfo[];
}

export interface Manifest {
  format: typeof FORMAT;
  formatVersion: number;
  /** The last migration of the database it came from: the import needs the same. */
  schemaVersion: string;
  principal: { id: string; name: string };
  exportId: string;
  exportedAt: string;
  files: ManifestFile[];
}

export interface ExportProgress {
  filesDone: number;
  filesTotal: number;
  rowsWritten: number;
}

/** The schema a package is of: the newest migration run on the database. */
export async function schemaVersion(db: Queryable): Promise<string> {
  const [row] = await db.query(`SELECT name FROM migrations ORDER BY timestamp DESC, id DESC LIMIT 1`);
  return (row as { name: string }).name;
}

/**
 * Writes a principal's package into `dir` (created) and packs it as `<dir>.tar.gz`: one JSON Lines and one CSV file
 * per {@link PackageFile}, manifest.json and README.md. Reads each file in batches of {@link BATCH_SIZE} by its key
 * and writes them to file streams (waiting when a stream is full), so memory stays flat however many records.
 * Returns the manifest; the directory is removed once packed.
 */
export async function writePackage(
  db: Queryable,
  principalId: string,
  exportId: string,
  dir: string,
  onProgress: (p: ExportProgress) => Promise<void>,
): Promise<{ manifest: Manifest; tarPath: string }> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const [principal] = (await db.query(`SELECT id, name FROM organisation WHERE id = $1`, [principalId])) as Array<{ id: string; name: string }>;
  if (!principal) throw new Error(`No organisation ${principalId}`);
  const files: ManifestFile[] = [];
  let rowsWritten = 0;
  for (const spec of ALL_FILES) {
    const columns = await columnsOf(db, spec);
    const sink = new FileSink(dir, spec.name, columns);
    for await (const batch of batches(db, spec, columns, principalId)) {
      await sink.write(batch);
      rowsWritten += batch.length;
      await onProgress({ filesDone: files.length, filesTotal: ALL_FILES.length, rowsWritten });
    }
    files.push({ ...(await sink.close()), table: spec.table, columns });
  }
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    schemaVersion: await schemaVersion(db),
    principal,
    exportId,
    exportedAt: new Date().toISOString(),
    files,
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  await writeFile(join(dir, 'README.md'), exportReadme(manifest));
  const tarPath = `${dir}.tar.gz`;
  const names = ['manifest.json', 'README.md', ...files.flatMap((f) => [f.file, f.csv])];
  // one file at a time, read 1 MB at a time (node-tar's defaults: four files, 16 MB reads), so packing stays small too
  await createTar({ gzip: true, file: tarPath, cwd: dir, portable: true, jobs: 1, maxReadSize: 1 << 20 }, names);
  await rm(dir, { recursive: true, force: true });
  await onProgress({ filesDone: ALL_FILES.length, filesTotal: ALL_FILES.length, rowsWritten });
  return { manifest, tarPath };
}

/** The file's columns: its declared ones, else every column of the table as the database has it now. */
async function columnsOf(db: Queryable, spec: PackageFile): Promise<ColumnInfo[]> {
  const rows = (await db.query(
    `SELECT column_name AS name, CASE WHEN data_type = 'ARRAY' THEN udt_name ELSE data_type END AS type, is_nullable = 'YES' AS nullable
     FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [spec.table],
  )) as ColumnInfo[];
  if (!spec.columns) return rows;
  return rows.filter((c) => spec.columns?.includes(c.name));
}

/** Each batch of the file's records as JSON text, one per record, built by PostgreSQL (exact dates and numbers). */
async function* batches(db: Queryable, spec: PackageFile, columns: ColumnInfo[], principalId: string): AsyncGenerator<string[]> {
  const json = `json_build_object(${columns.map((c) => `'${c.name}', ${spec.replace?.[c.name] ?? `t."${c.name}"`}`).join(', ')})::text`;
  if (spec.special === 'statistics') {
    yield* statisticsBatches(db, principalId);
    return;
  }
  const where =
    spec === USERS_FILE ? `t.id IN (${referencedUsersSql()})` : spec === ORGANISATIONS_FILE ? `t.id IN (${organisationsWithParents()})` : spec.where;
  if (spec.unpaged) {
    const rows = (await db.query(`SELECT ${json} AS j FROM "${spec.table}" t WHERE (${where}) ORDER BY 1`, [principalId])) as Array<{ j: string }>;
    for (let i = 0; i < rows.length; i += BATCH_SIZE) yield rows.slice(i, i + BATCH_SIZE).map((r) => r.j);
    return;
  }
  const key = spec.key ?? 'id';
  let last: string | null = null;
  for (;;) {
    const after: string = last === null ? '' : `AND t."${key}" > $2::uuid`;
    const rows = (await db.query(
      // the page's keys first, then the JSON of those rows only: however the planner finds the page (a sort of every
      // remaining row, when the principal's index is chosen), it builds no JSON for rows outside it
      `SELECT t."${key}"::text AS k, ${json} AS j
       FROM (SELECT t."${key}" AS page_key FROM "${spec.table}" t WHERE (${where}) ${after} ORDER BY t."${key}" LIMIT ${BATCH_SIZE}) page
       JOIN "${spec.table}" t ON t."${key}" = page.page_key ORDER BY t."${key}"`,
      last === null ? [principalId] : [principalId, last],
    )) as Array<{ k: string; j: string }>;
    if (rows.length === 0) return;
    yield rows.map((r) => r.j);
    if (rows.length < BATCH_SIZE) return;
    last = rows[rows.length - 1].k;
  }
}

/** The organisations the records name and their parents, up the tree. */
function organisationsWithParents(): string {
  return `WITH RECURSIVE up(id) AS (${referencedOrganisationsSql()} UNION SELECT o.parent_id FROM organisation o JOIN up ON o.id = up.id WHERE o.parent_id IS NOT NULL) SELECT id FROM up`;
}

/**
 * The statistics' summary cells and not yet folded deltas, added up, a month of days at a time: a month's cells are
 * bounded by the days, measures and groups, not by the number of people.
 */
async function* statisticsBatches(db: Queryable, principalId: string): AsyncGenerator<string[]> {
  const cells = `(SELECT * FROM statistics_cell UNION ALL SELECT * FROM statistics_delta) c WHERE c.principal_id = $1`;
  const months = (await db.query(`SELECT DISTINCT date_trunc('month', c.x)::date::text AS m FROM ${cells} ORDER BY 1`, [principalId])) as Array<{ m: string }>;
  for (const { m } of months) {
    const rows = (await db.query(
      `SELECT json_build_object('principal_id', principal_id, 'sector_id', sector_id, 'team_id', team_id, 'secretary_id', secretary_id, 'measure', measure,
              'grain', grain, 'x', x, 'y', y, 'value', value, 'n', n)::text AS j
       FROM (SELECT c.principal_id, c.sector_id, c.team_id, c.secretary_id, c.measure, c.grain, c.x, c.y, c.value, SUM(c.n)::int AS n
             FROM ${cells} AND c.x >= $2::date AND c.x < ($2::date + interval '1 month')::date GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING SUM(c.n) <> 0) s
       ORDER BY grain, x, measure, value, y, sector_id, team_id, secretary_id`,
      [principalId, m],
    )) as Array<{ j: string }>;
    for (let i = 0; i < rows.length; i += BATCH_SIZE) yield rows.slice(i, i + BATCH_SIZE).map((r) => r.j);
  }
}

/** One file's JSON Lines and its CSV copy for Excel (UTF-8 with BOM, semicolons, CRLF), written a batch at a time. */
class FileSink {
  private readonly jsonl: WriteStream;
  private readonly csv: WriteStream;
  private rows = 0;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly columns: ColumnInfo[],
  ) {
    this.jsonl = createWriteStream(join(dir, `${name}.jsonl`));
    this.csv = createWriteStream(join(dir, `${name}.csv`));
    this.csv.write('\uFEFF' + stringify([columns.map((c) => c.name)], CSV_OPTIONS));
  }

  /** One batch's records as one write to each file, waiting while a file's stream is full. */
  async write(lines: string[]): Promise<void> {
    this.rows += lines.length;
    const records = lines.map((line) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      return this.columns.map((c) => cell(record[c.name]));
    });
    // listen for both drains before waiting for either: a drain that comes while waiting for the other is not missed
    const full: Array<Promise<unknown>> = [];
    if (!this.csv.write(stringify(records, CSV_OPTIONS))) full.push(once(this.csv, 'drain'));
    if (!this.jsonl.write(lines.join('\n') + '\n')) full.push(once(this.jsonl, 'drain'));
    await Promise.all(full);
  }

  async close(): Promise<Omit<ManifestFile, 'table' | 'columns'>> {
    this.csv.end();
    this.jsonl.end();
    await Promise.all([once(this.jsonl, 'finish'), once(this.csv, 'finish')]);
    const file = `${this.name}.jsonl`;
    const csv = `${this.name}.csv`;
    const [j, c] = await Promise.all([fileDigest(join(this.dir, file)), fileDigest(join(this.dir, csv))]);
    return { file, csv, rows: this.rows, sha256: j.sha256, bytes: j.bytes, csvSha256: c.sha256, csvBytes: c.bytes };
  }
}

const CSV_OPTIONS = { delimiter: ';', record_delimiter: 'windows', cast: { boolean: (b: boolean) => (b ? 'true' : 'false') } } as const;

/** A CSV cell: empty for null, JSON for arrays and objects (skills, changes), the value otherwise. */
function cell(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? JSON.stringify(value) : value;
}

/** A file's SHA-256 (hex) and size, read as a stream. */
export async function fileDigest(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { sha256: hash.digest('hex'), bytes: (await stat(path)).size };
}
