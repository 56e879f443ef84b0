import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobQueue } from '../src/platform/jobs/job-queue.js';
import { errorCode, TestApp } from './support/test-app.js';

const TOKEN = 'metrics-token-for-the-e2e-spec-0123456789';
const redis = !!process.env.REDIS_URL;

/** One sample's value from Prometheus's text format: `name{labels} value`, labels given as they are printed. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(/,(?=[a-zA-Z_]\w*=")/);
    if (wanted.every((w) => present.includes(w))) return Number(match[3]);
  }
  return undefined;
}

describe(`metrics and the queue board (${redis ? 'BullMQ on Redis' : 'in process'})`, () => {
  let t: TestApp;
  const scrape = async () => {
    const res = await t.http.get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text;
  };

  beforeAll(async () => {
    // the relay would mark the spec's own outbox event processed (no handler has its kind) at its next sweep
    t = await TestApp.start({ env: { METRICS_TOKEN: TOKEN, OUTBOX_SWEEP_INTERVAL_MS: '3600000' } });
  });
  afterAll(() => t?.close());

  it('refuses a scrape without the token, or with another, in the API error shape and without a trace', async () => {
    for (const authorization of [undefined, 'Bearer not-the-token', `Basic ${TOKEN}`, TOKEN]) {
      const req = t.http.get('/metrics');
      const res = await (authorization ? req.set('authorization', authorization) : req);
      expect(res.status).toBe(401);
      expect(res.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(res.text).not.toMatch(/\bat \w|\.ts:\d|brygga_/);
    }
    // a signed-in user's token is no scrape token either
    const user = await t.http.get('/metrics').set('authorization', `Bearer ${await t.token('admin')}`);
    expect(user.status).toBe(401);
  });

  it('counts GraphQL operations by name and type, and their errors by code, never their variables', async () => {
    const secret = 'variable-value-never-in-metrics';
    await t.ok('recruiter1', `query MetricsProbeOpenings($search: String) { openings(limit: 1) { totalCount } employers(limit: 1, name: $search) { totalCount } }`, { search: secret });
    await t.ok('recruiter1', `{ viewer { name } }`);
    const refused = await t.gql('recruiter1', `mutation MetricsProbeRefused { createUser(input: { username: "x", name: "X", organisationId: "00000000-0000-4000-8000-000000000000", roles: [RECRUITER] }) { id } }`);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    await t.gql(null, `query MetricsProbeBroken { nosuchfield }`);

    const text = await scrape();
    expect(sample(text, 'brygga_graphql_operation_duration_seconds_count', { operation: 'MetricsProbeOpenings', type: 'query' })).toBe(1);
    expect(sample(text, 'brygga_graphql_operation_duration_seconds_sum', { operation: 'MetricsProbeOpenings', type: 'query' })).toBeGreaterThan(0);
    expect(sample(text, 'brygga_graphql_operation_duration_seconds_bucket', { operation: 'MetricsProbeOpenings', type: 'query', le: '+Inf' })).toBe(1);
    expect(sample(text, 'brygga_graphql_operation_duration_seconds_count', { operation: 'anonymous', type: 'query' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'brygga_graphql_operation_duration_seconds_count', { operation: 'MetricsProbeRefused', type: 'mutation' })).toBe(1);
    expect(sample(text, 'brygga_graphql_errors_total', { operation: 'MetricsProbeRefused', code: 'FORBIDDEN' })).toBe(1);
    // a document that never became an operation is not labelled with the name the client gave it
    expect(sample(text, 'brygga_graphql_errors_total', { operation: 'anonymous', code: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('MetricsProbeBroken');
    expect(text).not.toContain(secret);
    expect(sample(text, 'brygga_graphql_errors_total', { operation: 'MetricsProbeOpenings' })).toBeUndefined();
  });

  it('shows the job queue by state and each job name’s wait and run time', async () => {
    await t.app.get(JobQueue).enqueue('statistics.foldCells', {});
    let text = '';
    for (let tries = 0; tries < 100; tries++) {
      text = await scrape();
      if (sample(text, 'brygga_job_duration_seconds_count', { job: 'statistics.foldCells', outcome: 'completed' })) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(sample(text, 'brygga_job_duration_seconds_count', { job: 'statistics.foldCells', outcome: 'completed' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'brygga_job_wait_seconds_count', { job: 'statistics.foldCells' })).toBeGreaterThanOrEqual(1);
    for (const state of ['waiting', 'active', 'delayed', 'failed']) {
      expect(sample(text, 'brygga_job_queue_jobs', { state })).toBeGreaterThanOrEqual(0);
    }
    // the schedules' next firings wait as delayed jobs in BullMQ; in process they are timers, not jobs
    if (redis) expect(sample(text, 'brygga_job_queue_jobs', { state: 'delayed' })).toBeGreaterThan(0);
  });

  it('shows the outbox backlog, the database pool, the ranking pools and Node’s own figures', async () => {
    const { openings } = await t.ok('recruiter1', `{ openings(limit: 1, status: OPEN) { items { id } } }`);
    await t.ok('recruiter1', `query($id: ID!) { rankCandidatesForOpening(openingId: $id, limit: 1) { considered } }`, { id: openings.items[0].id });
    await t.db.query(`INSERT INTO outbox_event (kind, principal_id, stream, payload, created_at) SELECT 'metrics.probe', id, 'metrics-probe', '{}', now() - interval '1 hour' FROM organisation LIMIT 1`);

    const text = await scrape();
    expect(sample(text, 'brygga_outbox_unprocessed_events')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'brygga_outbox_oldest_unprocessed_age_seconds')).toBeGreaterThanOrEqual(3600);
    const max = sample(text, 'brygga_db_pool_max_connections')!;
    expect(max).toBe(t.config.DATABASE_URL ? 10 : 1);
    expect(sample(text, 'brygga_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'brygga_db_pool_connections')).toBeLessThanOrEqual(max);
    expect(sample(text, 'brygga_db_pool_idle_connections')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'brygga_db_pool_waiting_clients')).toBe(0);
    expect(sample(text, 'brygga_ranking_pools')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'brygga_ranking_pool_people')).toBeGreaterThan(0);
    expect(sample(text, 'brygga_ranking_pool_build_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    await t.db.query(`DELETE FROM outbox_event WHERE stream = 'metrics-probe'`);
  });

  it('keeps the queue board to administrators, signed in as for the API', async () => {
    const anonymous = await t.http.get('/admin/queues');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const recruiter = await t.http.get('/admin/queues').set('authorization', `Bearer ${await t.token('recruiter1')}`);
    expect(recruiter.status).toBe(403);
    expect(recruiter.body.errors[0].extensions.code).toBe('FORBIDDEN');
    for (const res of [anonymous, recruiter]) expect(res.text).not.toMatch(/\bat \w|\.ts:\d/);
    const api = await t.http.get('/admin/queues/api/queues').set('authorization', `Bearer ${await t.token('recruiter1')}`);
    expect(api.status).toBe(403);
  });

  // the board shows BullMQ's queue: without REDIS_URL jobs run in process and there is no board, only the web app's list
  (redis ? it : it.skip)('shows an administrator the board, whose page loads nothing from another host', async () => {
    const admin = `Bearer ${await t.token('admin')}`;
    const page = await t.http.get('/admin/queues').set('authorization', admin);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.text).toContain('<base href="/admin/queues/"');
    expect(page.text).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    const script = /<script defer src="([^"]+)"/.exec(page.text)![1];
    expect((await t.http.get(`/admin/queues/${script}`).set('authorization', admin)).status).toBe(200);
    const queues = await t.http.get('/admin/queues/api/queues').set('authorization', admin);
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name)).toEqual(['brygga']);
    expect(queues.body.queues[0].readOnlyMode).toBe(true);
  });

  (redis ? it.skip : it)('answers 404 for the board without Redis, pointing to the web app’s failed jobs', async () => {
    const res = await t.http.get('/admin/queues').set('authorization', `Bearer ${await t.token('admin')}`);
    expect(res.status).toBe(404);
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(res.body.errors[0].message).toMatch(/REDIS_URL/);
  });
});

describe('metrics without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it('are not served at all', async () => {
    const res = await t.http.get('/metrics').set('authorization', 'Bearer anything-at-all-anything-at-all');
    expect(res.status).toBe(404);
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
