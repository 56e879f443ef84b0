import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Body, Controller, Injectable, Module, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Allow, Public, RestOperation } from '../src/platform/auth/allow.decorator.js';
import { Role } from '../src/platform/auth/role.enum.js';
import { systemContext } from '../src/platform/context/system-actor.js';
import { JobDispatcher } from '../src/platform/jobs/job-dispatcher.js';
import { JobProcessor, type JobHandler } from '../src/platform/jobs/job-processor.decorator.js';
import { PermanentJobError, type JobName } from '../src/platform/jobs/job-types.js';
import { TestApp } from './support/test-app.js';

/** Every table that must be protected: people's data and the access log. */
const PROTECTED = [
  'access_log_entry',
  'candidate',
  'candidate_follow_up',
  'consent',
  'enrolment',
  'internship_check_in',
  'meeting_interview',
  'meeting_invitation',
  'placement',
  'placement_stage_change',
  'plan',
  'plan_activity',
  'plan_revision',
  'principal_export',
  'ranking_change',
  'ranking_record_entry',
  'record_change',
  'retention_report',
  'sfi_enrolment',
  'sfi_note',
  'shortlist_entry',
].sort();

/** How many rows of each protected table the app's own connection sees, by a query that names no principal. */
async function visibleRows(db: DataSource): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (const table of PROTECTED) [{ n: seen[table] }] = await db.query(`SELECT count(*)::int AS n FROM "${table}"`);
  return seen;
}

/**
 * Deliberately unscoped queries through the application's own connection, as the caller of an ordinary route: the
 * code forgets the principals, the database does not.
 */
@Controller('api/probe/rows')
class RowProbeController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Allow(...Object.values(Role))
  @RestOperation('probeRows')
  @Post()
  seen(): Promise<Record<string, number>> {
    return visibleRows(this.dataSource);
  }

  @Public()
  @Post('anonymous')
  anonymous(): Promise<Record<string, number>> {
    return visibleRows(this.dataSource);
  }

  @Allow(...Object.values(Role))
  @RestOperation('probeRole')
  @Post('role')
  async role(): Promise<unknown> {
    const [role] = await this.dataSource.query(
      `SELECT current_user AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
              (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owns
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    return role;
  }

  @Allow(...Object.values(Role))
  @RestOperation('probeWrites')
  @Post('write')
  async write(@Body() body: { candidateId: string; principalId: string }): Promise<unknown> {
    const changed: Array<{ principal_id: string }> = await this.dataSource.query(
      `WITH changed AS (UPDATE candidate SET first_name = first_name RETURNING principal_id) SELECT DISTINCT principal_id FROM changed`,
    );
    let logged: string;
    try {
      await this.dataSource.query(
        `INSERT INTO access_log_entry (user_id, candidate_id, principal_id, operation) SELECT id, $1, $2, 'probe' FROM app_user WHERE username = 'bd.svedala'`,
        [body.candidateId, body.principalId],
      );
      logged = 'written';
    } catch (error) {
      logged = (error as { code?: string }).code ?? 'failed';
    }
    return { changedPrincipals: [...new Set(changed.map((c) => c.principal_id))], logged };
  }
}

interface ScopeProbe {
  principalId: string;
  userId: string;
  /** A person of another principal. */
  otherCandidateId: string;
  otherPrincipalId: string;
}

/** A job acting for a person, the way the outbox's handlers do: what its connection sees before and after it says so. */
@Injectable()
@JobProcessor('test.rowScope' as JobName)
class RowScopeJob implements JobHandler<JobName> {
  static seen: { before: string[]; after: string[]; refused: string } | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async process(payload: unknown): Promise<void> {
    const { principalId, userId, otherCandidateId, otherPrincipalId } = payload as ScopeProbe;
    const principals = async (em: { query: DataSource['query'] }) =>
      ((await em.query(`SELECT DISTINCT principal_id::text AS p FROM candidate ORDER BY 1`)) as Array<{ p: string }>).map((r) => r.p);
    await this.dataSource.transaction(async (em) => {
      const before = await principals(em);
      await systemContext(em, principalId, userId, 'probe');
      const after = await principals(em);
      let refused = 'written';
      await em.query('SAVEPOINT probe');
      try {
        await em.query(
          `INSERT INTO consent (candidate_id, principal_id, purpose, given_at, recorded_by_id) VALUES ($1, $2, 'SHARE_PROFILE_WITH_EMPLOYERS', now(), $3)`,
          [otherCandidateId, otherPrincipalId, userId],
        );
      } catch (error) {
        refused = (error as { code?: string }).code ?? 'failed';
        await em.query('ROLLBACK TO SAVEPOINT probe');
      }
      RowScopeJob.seen = { before, after, refused };
    });
  }
}

@Module({ controllers: [RowProbeController], providers: [RowScopeJob] })
class RowProbeModule {}

/**
 * Row-level security, the second lock: queries that forget the principals still see and change only the caller's, the
 * application's role cannot bypass the policies, and a background job acts with the rights of the person it acts for.
 */
describe('row-level security in PostgreSQL', () => {
  let t: TestApp;
  let svedala: string;
  let trelleborg: string;
  const get = async (path: string, as?: string) => {
    // POST: the web app answers every GET its routes do not know
    const req = t.http.post(path);
    if (as) req.set('Authorization', `Bearer ${await t.token(as)}`);
    const res = await req.expect(201);
    return res.body as Record<string, number>;
  };
  /** The rows of each protected table whose principal is among `principals`, counted by the system. */
  const rowsOf = async (principals: string[]): Promise<Record<string, number>> => {
    const expected: Record<string, number> = {};
    for (const table of PROTECTED) {
      const where = ['plan_activity', 'plan_revision'].includes(table)
        ? `EXISTS (SELECT 1 FROM plan p WHERE p.id = plan_id AND p.principal_id = ANY($1))`
        : table === 'record_change'
          ? `kind NOT IN ('CANDIDATE', 'CONSENT') OR principal_id = ANY($1)`
          : `principal_id = ANY($1)`;
      [{ n: expected[table] }] = await t.db.query(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`, [principals]);
    }
    return expected;
  };

  beforeAll(async () => {
    t = await TestApp.start({ extra: [RowProbeModule] });
    [{ id: svedala }] = await t.db.query(`SELECT id FROM organisation WHERE name = 'Svedala kommun'`);
    [{ id: trelleborg }] = await t.db.query(`SELECT id FROM organisation WHERE name = 'Trelleborgs kommun'`);
    // a register read by Trelleborg's staff of a Svedala person, and Svedala's reviewer's own reads, in the access log
    await t.ok('secretary1', `{ candidates(limit: 5) { items { id } } }`);
  });
  afterAll(() => t?.close());

  it('protects every table of people’s data and the access log, and only those', async () => {
    const tables: Array<{ relname: string }> = await t.db.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relrowsecurity ORDER BY 1`,
    );
    expect(tables.map((r) => r.relname)).toEqual(PROTECTED);
  });

  it('runs the application as a role that owns no table, is no superuser and cannot bypass the policies', async () => {
    expect(await get('/api/probe/rows/role', 'reviewer.svedala')).toEqual({ name: 'brygga_app', superuser: false, bypass: false, owns: 0 });
  });

  it('an unscoped query as Svedala’s own staff or reviewer sees Svedala’s rows and not one of Trelleborg’s', async () => {
    const svedalas = await rowsOf([svedala]);
    expect(svedalas.candidate).toBeGreaterThan(0);
    expect((await rowsOf([trelleborg])).candidate).toBeGreaterThan(0);
    expect(await get('/api/probe/rows', 'reviewer.svedala')).toEqual(svedalas);
    expect(await get('/api/probe/rows', 'bd.svedala')).toEqual(await rowsOf([svedala]));
  });

  it('Trelleborg’s staff, under the agreement, see both; an anonymous caller sees no one', async () => {
    expect(await get('/api/probe/rows', 'secretary1')).toEqual(await rowsOf([svedala, trelleborg]));
    // no one's rows: only the change history of records that are not people (employers, openings), which is no one's
    const anonymous = await get('/api/probe/rows/anonymous');
    expect(anonymous).toEqual(await rowsOf([]));
    expect(Object.entries(anonymous).filter(([table, n]) => table !== 'record_change' && n > 0)).toEqual([]);
  });

  it('an unscoped write changes only the actor’s principal’s rows, and a row of another principal cannot be added', async () => {
    const [{ id: candidateId }] = await t.db.query(`SELECT id FROM candidate WHERE principal_id = $1 LIMIT 1`, [trelleborg]);
    const write = async (as: string) =>
      (
        await t.http
          .post('/api/probe/rows/write')
          .set('Authorization', `Bearer ${await t.token(as)}`)
          .send({ candidateId, principalId: trelleborg })
          .expect(201)
      ).body;
    expect(await write('bd.svedala')).toEqual({ changedPrincipals: [svedala], logged: '42501' });
    // the principal's reviewer reads and writes nothing
    expect(await write('reviewer.svedala')).toEqual({ changedPrincipals: [], logged: '42501' });
  });

  it('a background job runs as the system until it says for whom it acts, then with exactly that principal', async () => {
    const [{ id: userId }] = await t.db.query(`SELECT id FROM app_user WHERE username = 'secretary1'`);
    const [{ id: otherCandidateId }] = await t.db.query(`SELECT id FROM candidate WHERE principal_id = $1 LIMIT 1`, [trelleborg]);
    await t.app.get(JobDispatcher).dispatch('test.rowScope', { principalId: svedala, userId, otherCandidateId, otherPrincipalId: trelleborg }, 1);
    expect(RowScopeJob.seen).toEqual({ before: [svedala, trelleborg].sort(), after: [svedala], refused: '42501' });
  });

  it('the principal’s export is made with the rights its requester has when it runs: none once they have left', async () => {
    const [{ id: reviewer }] = await t.db.query(`SELECT id FROM app_user WHERE username = 'reviewer.svedala'`);
    const [{ id }] = await t.db.query(
      `INSERT INTO principal_export (principal_id, requested_by_id, status, counts) VALUES ($1, $2, 'QUEUED', '{}') RETURNING id`,
      [svedala, reviewer],
    );
    await t.db.query(`UPDATE app_user SET active = false WHERE id = $1`, [reviewer]);
    try {
      await expect(t.app.get(JobDispatcher).dispatch('exports.run', { exportId: id }, 1)).rejects.toBeInstanceOf(PermanentJobError);
      const [row] = await t.db.query(`SELECT status, error FROM principal_export WHERE id = $1`, [id]);
      expect(row).toEqual({ status: 'FAILED', error: 'The requester may no longer export this principal' });
    } finally {
      await t.db.query(`UPDATE app_user SET active = true WHERE id = $1`, [reviewer]);
    }
  });
});
