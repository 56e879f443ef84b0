import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { DEMO_ENTRY, installation, startApi, type BryggaProcess, type Installation } from '../bench/app-process.js';
import { isoDaysFromToday } from './support/factories.js';
import { RemoteApp } from './support/remote-app.js';

const run = promisify(execFile);

/** What a manager, a secretary and Svedala's reviewer read: the figures a restore must bring back as they were. */
const FIGURES: Array<{ as: string; query: string }> = [
  { as: 'secretary1', query: '{ candidates(limit: 1) { totalCount } openings(limit: 1) { totalCount } }' },
  { as: 'bd1', query: '{ employers(limit: 1) { totalCount } }' },
  { as: 'reviewer.svedala', query: '{ candidates(limit: 1) { totalCount } }' },
  {
    as: 'manager1',
    query: `{ statistics(from: "${isoDaysFromToday(0).slice(0, 4)}-01-01", to: "${isoDaysFromToday(0)}", groupBy: SECTOR) {
      rows { label enrolled exitsByOutcome { work studies other workPending } }
      total { enrolled shareOfExits { numerator denominator } currentPlan { numerator denominator } } } }`,
  },
];

/**
 * The backup the deployment guide prescribes (docs/deployment.md, "Backups and restoring them"), done as an operator
 * would: `pg_dump --format=custom` of a seeded database, `pg_restore` into an empty one on the same server (where the
 * cluster's role brygga_app exists), and the app started on the copy. Needs a PostgreSQL server and its client tools.
 */
const canRun = Boolean(process.env.DATABASE_URL) && existsSync('/usr/bin/pg_dump');
(canRun ? describe : describe.skip)('a backup with pg_dump, restored with pg_restore', () => {
  let original: Installation;
  let restored: Installation;
  let api: BryggaProcess;
  let copy: BryggaProcess;
  let folder: string;

  beforeAll(async () => {
    if (!existsSync(DEMO_ENTRY)) throw new Error(`${DEMO_ENTRY} is not built: run npm run build first`);
    folder = mkdtempSync(join(tmpdir(), 'brygga-backup-'));
    original = await installation('brygga_backup', { NODE_ENV: 'test', REDIS_URL: '' });
    restored = await installation('brygga_restored', { NODE_ENV: 'test', REDIS_URL: '', JWT_SECRET: original.env.JWT_SECRET });
    api = await startApi(original);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([api, copy].map((p) => p?.stop()));
    await Promise.all([original, restored].map((s) => s?.drop()));
    if (folder) rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it('brings back every row and every figure, with no migration left to run', async () => {
    const before = await answers(new RemoteApp(api.baseUrl));
    const rowsBefore = await rowCounts(original.env.DATABASE_URL as string);
    const dump = join(folder, 'brygga.dump');
    await run('pg_dump', ['--format=custom', `--file=${dump}`, original.env.DATABASE_URL as string]);
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restored.env.DATABASE_URL}`, dump]);

    copy = await startApi(restored);
    expect(await rowCounts(restored.env.DATABASE_URL as string)).toEqual(rowsBefore);
    expect(await answers(new RemoteApp(copy.baseUrl))).toEqual(before);
    // the copy is served under row-level security as the original was: Svedala's reviewer sees Svedala's people only
    expect(before[2]).toEqual({ candidates: { totalCount: expect.any(Number) } });
    expect((before[2] as { candidates: { totalCount: number } }).candidates.totalCount).toBeLessThan(
      (before[0] as { candidates: { totalCount: number } }).candidates.totalCount,
    );
  }, 180_000);
});

async function answers(api: RemoteApp): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const { as, query } of FIGURES) out.push(await api.ok(as, query));
  return out;
}

/** Every table's row count, read as the owner (row-level security does not hide rows from the tables' owner). */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`)).rows[0].n;
    return counts;
  } finally {
    await client.end();
  }
}
