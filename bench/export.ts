/**
 * The principal's export and import, measured: `DATABASE_URL=postgres://… npm run bench:export`. For each size
 * (10k and 100k people by default; BENCH_EXPORT_SIZES=10000,100000 to choose) it generates one principal's people
 * with SQL (INSERT ... SELECT generate_series: a person, an enrolment period, a plan, two follow-ups and two
 * access-log entries each, half of them exited; the statistics rebuilt once), then prints:
 *
 * 1. the export (writePackage, as the job runs it): time, records, package size, and peak RSS and heap used
 *    (sampled every 20 ms, above what the process held before it; the live heap is what is still used after a full
 *    collection, forced once a second, so garbage not yet collected does not count), with the ratio to a baseline
 *    measured in the same run: PostgreSQL serialising the same records to JSON, one pass each
 *    (`sum(length(row_to_json(t)::text))`);
 * 2. the import (importPackage, as `npm run import:principal` runs it) into a fresh database: time and peak memory.
 *
 * Memory must not grow with the size: the report ends with the peaks (RSS, live heap) at the largest size over those
 * at the smallest.
 * Everything runs on throwaway databases on that server, dropped at the end.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../src/platform/database/typeorm-options.js';
import { RECORD_FILES } from '../src/modules/export/export-files.js';
import { writePackage } from '../src/modules/export/export-package.js';
import { importPackage } from '../src/modules/export/package-import.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-database.js';

const SIZES = (process.env.BENCH_EXPORT_SIZES ?? '10000,100000').split(',').map(Number);
/** JobTech: Svedala. */
const SVEDALA = 'n6r4_fjK_kRr';
const STATISTICS_TRIGGERS = ['enrolment', 'candidate_follow_up'].flatMap((t) =>
  ['insert', 'update', 'delete'].map((op) => `ALTER TABLE "${t}" %s TRIGGER "TRG_${t}_statistics_${op}"`),
);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

/** Peak RSS and heap used while `work` runs, above what they were just before (after a full GC). */
async function measured<T>(
  work: () => Promise<T>,
): Promise<{ result: T; ms: number; rss: number; heap: number; live: number; heapTotal: number; external: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  let heapTotal = before.heapTotal;
  let external = before.external;
  // the heap still in use after a full collection, once a second: what is kept, not what is garbage not yet collected
  let live = before.heapUsed;
  const collect = setInterval(() => {
    gc?.();
    live = Math.max(live, process.memoryUsage().heapUsed);
  }, 1000);
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
    heapTotal = Math.max(heapTotal, now.heapTotal);
    external = Math.max(external, now.external);
  }, 20);
  const start = performance.now();
  try {
    const result = await work();
    return {
      result,
      ms: performance.now() - start,
      rss: rss - before.rss,
      heap: heap - before.heapUsed,
      live: live - before.heapUsed,
      heapTotal: heapTotal - before.heapTotal,
      external: external - before.external,
    };
  } finally {
    clearInterval(timer);
    clearInterval(collect);
  }
}

async function migrated(db: ThrowawayDatabase): Promise<DataSource> {
  const dataSource = new DataSource(typeormOptions(db.url, false));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** The principal, its administration, one secretary; returns the principal's and the secretary's ids. */
async function seedPrincipal(db: DataSource): Promise<{ principal: string; secretary: string }> {
  const [{ id: principal }] = await db.query(
    `INSERT INTO organisation (name, kind, municipality_concept_id) VALUES ('Svedala kommun', 'MUNICIPALITY', $1) RETURNING id`,
    [SVEDALA],
  );
  const [{ id: org }] = await db.query(
    `INSERT INTO organisation (name, kind, parent_id, municipality_concept_id) VALUES ('Socialnämnden, Svedala', 'ADMINISTRATION', $1, $2) RETURNING id`,
    [principal, SVEDALA],
  );
  const [{ id: secretary }] = await db.query(
    `INSERT INTO app_user (username, name, organisation_id, roles) VALUES ('bench.secretary', 'Bänk Sekreterare', $1, '{LABOUR_MARKET_SECRETARY}') RETURNING id`,
    [org],
  );
  return { principal, secretary };
}

/** People `from`..`to` (numbers), each with a period, a plan, two follow-ups and two reads; statistics rebuilt. */
async function generate(db: DataSource, principal: string, secretary: string, from: number, to: number): Promise<void> {
  await db.transaction(async (em) => {
    for (const sql of STATISTICS_TRIGGERS) await em.query(sql.replace('%s', 'DISABLE'));
    await em.query(
      `INSERT INTO candidate (principal_id, identity_number, identity_kind, birth_date, first_name, last_name, home_municipality_concept_id, swedish_level, version, languages)
       SELECT $1, to_char(date '1960-01-01' + g % 15000, 'YYYYMMDD') || '-' || lpad((g / 15000)::text, 4, '0'), 'PERSONNUMMER', date '1960-01-01' + g % 15000,
              'Förnamn' || g, 'Efternamn' || g, $2, 'NATIVE_OR_FLUENT', 1, '[{"language": "sv", "level": "NATIVE"}]'
       FROM generate_series($3::int, $4::int) g`,
      [principal, SVEDALA, from, to],
    );
    await em.query(
      `INSERT INTO enrolment (candidate_id, principal_id, first_contact_on, first_meeting_on, secretary_id, active_job_seeker, plan_established_on, working_days_to_plan, exit_on, exit_reason, version)
       SELECT c.id, c.principal_id, c.d, c.d + 1, $2, true, c.d + 1, 1, CASE WHEN c.odd THEN c.d + 90 END, CASE WHEN c.odd THEN 'STUDIES_STUDENT_AID' END, 1
       FROM (SELECT c.id, c.principal_id, date '2024-01-01' + abs(hashtext(c.id::text)) % 600 AS d, hashtext(c.id::text) % 2 = 0 AS odd
             FROM candidate c WHERE c.principal_id = $1 AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.candidate_id = c.id)) c`,
      [principal, secretary],
    );
    await em.query(
      `INSERT INTO plan (enrolment_id, candidate_id, principal_id, kind, established_on, sick_listed, owner_id, version)
       SELECT e.id, e.candidate_id, e.principal_id, 'LABOUR_MARKET', e.plan_established_on, false, $2, 1 FROM enrolment e
       WHERE e.principal_id = $1 AND NOT EXISTS (SELECT 1 FROM plan p WHERE p.enrolment_id = e.id)`,
      [principal, secretary],
    );
    await em.query(
      `INSERT INTO candidate_follow_up (enrolment_id, candidate_id, principal_id, held_on, by_user_id, form, summary, next_on)
       SELECT e.id, e.candidate_id, e.principal_id, e.first_contact_on + 7 * k, $2, 'MEETING', 'Veckouppföljning: söker arbete aktivt.', e.first_contact_on + 7 * k + 7
       FROM enrolment e CROSS JOIN generate_series(1, 2) k
       WHERE e.principal_id = $1 AND NOT EXISTS (SELECT 1 FROM candidate_follow_up f WHERE f.enrolment_id = e.id)`,
      [principal, secretary],
    );
    await em.query(
      `INSERT INTO access_log_entry (user_id, candidate_id, principal_id, operation)
       SELECT $2, c.id, c.principal_id, op FROM candidate c CROSS JOIN unnest(ARRAY['candidate', 'candidates']) op
       WHERE c.principal_id = $1 AND NOT EXISTS (SELECT 1 FROM access_log_entry a WHERE a.candidate_id = c.id)`,
      [principal, secretary],
    );
    for (const sql of STATISTICS_TRIGGERS) await em.query(sql.replace('%s', 'ENABLE'));
    await em.query(`SELECT statistics_rebuild()`);
  });
}

/** The baseline: PostgreSQL serialising the same records to JSON, one pass per file, nothing leaving the server. */
async function baseline(db: DataSource, principal: string): Promise<number> {
  const start = performance.now();
  for (const file of RECORD_FILES) {
    if (file.special === 'statistics') continue;
    await db.query(`SELECT count(*), sum(length(row_to_json(t)::text)) FROM "${file.table}" t WHERE (${file.where})`, [principal]);
  }
  return performance.now() - start;
}

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('bench:export needs DATABASE_URL (a PostgreSQL server)');
  if (!(globalThis as { gc?: () => void }).gc) console.log('(run with --expose-gc for steadier memory figures)');
  const dir = await mkdtemp(join(tmpdir(), 'brygga-bench-export-'));
  const source = await createThrowawayDatabase(server, 'brygga_bench_export');
  const cleanups: Array<() => Promise<void>> = [() => source.drop(), () => rm(dir, { recursive: true, force: true })];
  const peaks: Array<{ size: number; exportRss: number; exportHeap: number; importRss: number; importHeap: number }> = [];
  try {
    const db = await migrated(source);
    cleanups.unshift(() => db.destroy());
    const { principal, secretary } = await seedPrincipal(db);
    let people = 0;
    console.log(`Principal export and import (Node ${process.version}; batches of 1000 records)`);
    for (const size of SIZES) {
      const t0 = performance.now();
      await generate(db, principal, secretary, people + 1, size);
      people = size;
      console.log(`\n${size.toLocaleString('en')} people (generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      const base = await baseline(db, principal);
      const out = await measured(() => writePackage(db, principal, `bench-${size}`, join(dir, `bench-${size}`), async () => {}));
      const records = out.result.manifest.files.reduce((n, f) => n + f.rows, 0);
      const { size: bytes } = await stat(out.result.tarPath);
      line('baseline: PostgreSQL to JSON, one pass', `${base.toFixed(0)} ms`);
      line('export', `${out.ms.toFixed(0)} ms (${(out.ms / base).toFixed(1)}x baseline), ${records.toLocaleString('en')} records, ${mb(bytes)}`);
      line(
        'export peak above start: RSS / heap used',
        `${mb(out.rss)} / ${mb(out.heap)} (live heap ${mb(out.live)}, heap reserved ${mb(out.heapTotal)}, external ${mb(out.external)})`,
      );

      const target = await createThrowawayDatabase(server, 'brygga_bench_import');
      try {
        const into = await migrated(target);
        const imported = await measured(() => importPackage(into, out.result.tarPath));
        await into.destroy();
        line('import into an empty database', `${imported.ms.toFixed(0)} ms (${(imported.ms / out.ms).toFixed(1)}x the export)`);
        line(
          'import peak above start: RSS / heap used',
          `${mb(imported.rss)} / ${mb(imported.heap)} (live heap ${mb(imported.live)}, heap reserved ${mb(imported.heapTotal)}, external ${mb(imported.external)})`,
        );
        peaks.push({ size, exportRss: out.rss, exportHeap: out.live, importRss: imported.rss, importHeap: imported.live });
      } finally {
        await target.drop();
      }
      await rm(out.result.tarPath, { force: true });
    }
    if (peaks.length > 1) {
      const [small, large] = [peaks[0], peaks[peaks.length - 1]];
      const ratio = (a: number, b: number) => `${(Math.max(a, 2 ** 20) / Math.max(b, 2 ** 20)).toFixed(2)}x`;
      console.log(`\nMemory at ${large.size.toLocaleString('en')} over ${small.size.toLocaleString('en')} people (${large.size / small.size}x the records):`);
      line('export: RSS / live heap', `${ratio(large.exportRss, small.exportRss)} / ${ratio(large.exportHeap, small.exportHeap)}`);
      line('import: RSS / live heap', `${ratio(large.importRss, small.importRss)} / ${ratio(large.importHeap, small.importHeap)}`);
    }
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
