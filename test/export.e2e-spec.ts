import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transactions } from '../src/platform/context/transactions.js';
import { Clock } from '../src/platform/context/clock.js';
import { RequestContext } from '../src/platform/context/request-context.js';
import { Role } from '../src/platform/auth/role.enum.js';
import { ImportRefused, importPackage } from '../src/modules/export/package-import.js';
import { PrincipalExportsService } from '../src/modules/export/principal-exports.service.js';
import { StatisticsService } from '../src/modules/statistics/statistics.service.js';
import { StatisticsGroupBy } from '../src/modules/statistics/statistics.enums.js';
import type { StatisticsResult } from '../src/modules/statistics/statistics.types.js';
import { errorCode, TestApp } from './support/test-app.js';

const START = `mutation($p: ID!) { startPrincipalExport(principalId: $p) { id status } }`;
const LIST = `query { principalExports { id status progress rowsWritten sizeBytes sha256 downloadUrl counts { file rows } error requestedBy { name } } }`;

interface ExportRow {
  id: string;
  status: string;
  progress: number;
  rowsWritten: number;
  sizeBytes: number;
  sha256: string;
  downloadUrl: string | null;
  counts: Array<{ file: string; rows: number }>;
}

/** Every indicator for every year with data, in every grouping, as the statistics service answers for one principal. */
async function allFigures(app: TestApp, principalId: string, years: number[]): Promise<Record<string, StatisticsResult>> {
  const actor = {
    userId: principalId,
    name: 'test',
    organisationId: principalId,
    homePrincipalId: principalId,
    roles: [Role.MANAGER],
    readablePrincipalIds: [principalId],
    writablePrincipalIds: [],
  };
  const ctx = new RequestContext(actor, app.app.get(Transactions));
  const today = app.app.get(Clock).today();
  const figures: Record<string, StatisticsResult> = {};
  for (const year of years) {
    for (const groupBy of Object.values(StatisticsGroupBy)) {
      const to = `${year}-12-31` < today ? `${year}-12-31` : today;
      figures[`${year} ${groupBy}`] = await app.app.get(StatisticsService).compute(ctx, { from: `${year}-01-01`, to, groupBy, principalIds: [principalId] });
    }
  }
  return figures;
}

describe('The principal’s export and its import into an empty Brygga', () => {
  let source: TestApp;
  let target: TestApp;
  let svedala: string;
  let dir: string;
  let done: ExportRow;
  let tarPath: string;

  beforeAll(async () => {
    source = await TestApp.start();
    dir = await mkdtemp(join(tmpdir(), 'brygga-export-test-'));
    [{ id: svedala }] = await source.db.query(`SELECT id FROM organisation WHERE name = 'Svedala kommun'`);
  }, 120_000);

  afterAll(async () => {
    await source?.close();
    await target?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is started only by the principal’s own administrator or reviewer', async () => {
    expect(errorCode(await source.gql('admin', START, { p: svedala }))).toBe('FORBIDDEN');
    expect(errorCode(await source.gql('manager1', START, { p: svedala }))).toBe('FORBIDDEN');
    expect(errorCode(await source.gql('reviewer.svedala', LIST))).toBeUndefined();
  });

  it('runs as a background job, reports its progress and is downloadable once done', async () => {
    // a change to a Svedala person, for the change history
    const [{ id: person, version }] = await source.db.query(`SELECT id, version FROM candidate WHERE principal_id = $1 ORDER BY id LIMIT 1`, [svedala]);
    await source.ok('secretary1', `mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }`, {
      i: { id: person, version, email: 'ny.adress@example.se' },
    });
    // a ranking shown, which is kept with the Svedala people in it, and a decision on one of them
    const [{ id: internship }] = await source.db.query(`SELECT id FROM opening WHERE principal_id = $1 AND status = 'OPEN' ORDER BY title LIMIT 1`, [svedala]);
    const ranking = await source.ok('recruiter1', `query($id: ID!) { rankCandidatesForOpening(openingId: $id, limit: 20) { ranked { candidate { id } } } }`, { id: internship });
    const first = ranking.rankCandidatesForOpening.ranked[0].candidate.id;
    await source.ok('recruiter1', `mutation($i: PassOverInput!) { passOverRankedCandidate(input: $i) { decision } }`, { i: { openingId: internship, candidateId: first, reason: 'Redan i arbete' } });
    const { startPrincipalExport } = await source.ok<{ startPrincipalExport: ExportRow }>('reviewer.svedala', START, { p: svedala });
    expect(startPrincipalExport.status).toBe('QUEUED');
    expect(errorCode(await source.gql('reviewer.svedala', START, { p: svedala }))).toMatch(/CONFLICT|undefined/);
    for (let i = 0; i < 200; i++) {
      const { principalExports } = await source.ok<{ principalExports: ExportRow[] }>('reviewer.svedala', LIST);
      done = principalExports.find((e) => e.id === startPrincipalExport.id) as ExportRow;
      if (done.status === 'DONE' || done.status === 'FAILED') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(done).toMatchObject({ error: null, status: 'DONE', progress: 100, downloadUrl: `/api/exports/${done.id}/download` });
    const count = (file: string) => done.counts.find((c) => c.file === file)?.rows;
    const [{ people }] = await source.db.query(`SELECT count(*)::int AS people FROM candidate WHERE principal_id = $1`, [svedala]);
    expect(people).toBeGreaterThan(0);
    expect(count('people.jsonl')).toBe(people);
    expect(count('enrolment_periods.jsonl')).toBeGreaterThan(0);
    // everything the principal owns, the employers' side included
    for (const file of ['employer_contact_persons', 'employer_contacts', 'skill_needs', 'team_members', 'shortlists', 'change_history', 'rankings', 'ranking_entries']) {
      expect({ file, some: (count(`${file}.jsonl`) ?? 0) > 0 }).toEqual({ file, some: true });
    }

    const denied = await source.http.get(done.downloadUrl as string).set('authorization', `Bearer ${await source.token('admin')}`);
    expect(denied.status).toBe(404);
    expect((await source.http.get(done.downloadUrl as string)).status).toBe(401);
    const res = await source.http
      .get(done.downloadUrl as string)
      .set('authorization', `Bearer ${await source.token('reviewer.svedala')}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const body = res.body as Buffer;
    expect(body.length).toBe(done.sizeBytes);
    expect(createHash('sha256').update(body).digest('hex')).toBe(done.sha256);
    tarPath = join(dir, 'svedala.tar.gz');
    await writeFile(tarPath, body);

    const logged = await source.db.query(
      `SELECT operation, count(*)::int AS n FROM access_log_entry WHERE principal_id = $1 AND operation IN ('principalExport', 'principalExportDownload') GROUP BY 1 ORDER BY 1`,
      [svedala],
    );
    expect(logged).toEqual([
      { operation: 'principalExport', n: people },
      { operation: 'principalExportDownload', n: people },
    ]);
  }, 60_000);

  it('imports into an empty Brygga with every statistics figure identical, and refuses a database that is not empty', async () => {
    target = await TestApp.start({ env: { DEMO_SEED: 'false' } });
    const result = await importPackage(target.db, tarPath);
    expect(result.principal.id).toBe(svedala);
    expect(result.counts).toEqual(Object.fromEntries(done.counts.map((c) => [c.file, c.rows])));

    const [{ first, last }] = await source.db.query(
      `SELECT extract(year FROM min(first_contact_on))::int AS first, extract(year FROM max(coalesce(exit_on, first_contact_on)))::int AS last FROM enrolment WHERE principal_id = $1`,
      [svedala],
    );
    const today = Number(source.app.get(Clock).today().slice(0, 4));
    const years = Array.from({ length: Math.min(last, today) - first + 1 }, (_, i) => first + i);
    expect(years.length).toBeGreaterThan(0);
    const before = await allFigures(source, svedala, years);
    const after = await allFigures(target, svedala, years);
    expect(Object.values(before).some((r) => r.total.enrolled > 0)).toBe(true);
    expect(after).toEqual(before);

    await expect(importPackage(target.db, tarPath)).rejects.toThrow(ImportRefused);
  }, 120_000);

  it('expires: the package is deleted and the export marked EXPIRED', async () => {
    await source.db.query(`UPDATE principal_export SET expires_at = now() - interval '1 minute' WHERE id = $1`, [done.id]);
    expect(await source.asScheduler(() => source.app.get(PrincipalExportsService).expire())).toBe(1);
    const { principalExports } = await source.ok<{ principalExports: ExportRow[] }>('reviewer.svedala', LIST);
    expect(principalExports.find((e) => e.id === done.id)).toMatchObject({ status: 'EXPIRED', downloadUrl: null });
    const gone = await source.http.get(`/api/exports/${done.id}/download`).set('authorization', `Bearer ${await source.token('reviewer.svedala')}`);
    expect(gone.status).toBe(404);
  });
});
