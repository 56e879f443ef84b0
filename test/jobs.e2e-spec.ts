import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Injectable } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { JobProcessor, type JobHandler } from '../src/platform/jobs/job-processor.decorator.js';
import { JobQueue } from '../src/platform/jobs/job-queue.js';
import { PermanentJobError, type JobName } from '../src/platform/jobs/job-types.js';
import { TaxonomyImporter } from '../src/modules/taxonomy/taxonomy-importer.service.js';
import { TestApp } from './support/test-app.js';
import { eventually } from './support/eventually.js';

interface ProbePayload {
  key: string;
  failTimes: number;
  permanent?: boolean;
}

/** A processor that fails a given number of times, to watch the queue's retry policy from outside. */
@Injectable()
@JobProcessor('test.probe' as JobName)
class ProbeProcessor implements JobHandler<JobName> {
  static readonly attempts = new Map<string, number>();

  async process(payload: unknown): Promise<void> {
    const { key, failTimes, permanent } = payload as ProbePayload;
    const attempt = (ProbeProcessor.attempts.get(key) ?? 0) + 1;
    ProbeProcessor.attempts.set(key, attempt);
    if (permanent) throw new PermanentJobError(`probe ${key} cannot succeed`);
    if (attempt <= failTimes) throw new Error(`probe ${key} failed on attempt ${attempt}`);
  }
}

@Module({ providers: [ProbeProcessor] })
class ProbeModule {}

describe(`background jobs (${process.env.REDIS_URL ? 'BullMQ on Redis' : 'in process'})`, () => {
  let t: TestApp;
  let queue: JobQueue;
  const enqueue = (payload: ProbePayload, jobId?: string) => queue.enqueue('test.probe' as JobName, payload as never, { jobId });

  beforeAll(async () => {
    t = await TestApp.start({ env: { JOB_ATTEMPTS: '3', JOB_BACKOFF_MS: '20' }, extra: [ProbeModule] });
    queue = t.app.get(JobQueue);
  });
  afterAll(() => t?.close());

  it('retries a failing job with backoff until it succeeds', async () => {
    await enqueue({ key: 'flaky', failTimes: 2 });
    expect(
      await eventually(
        () => ProbeProcessor.attempts.get('flaky'),
        (n) => n === 3,
      ),
    ).toBe(3);
    expect((await queue.failed(100)).map((f) => f.id)).not.toContain('flaky');
  });

  it('keeps a job that exhausts its attempts as failed, with its reason', async () => {
    const id = await enqueue({ key: 'broken', failTimes: 99 });
    const failed = await eventually(
      () => queue.failed(100),
      (list) => list.some((f) => f.id === id),
    );
    expect(failed.find((f) => f.id === id)).toMatchObject({ attempts: 3, reason: 'probe broken failed on attempt 3' });
    expect(ProbeProcessor.attempts.get('broken')).toBe(3);
  });

  it('does not retry a permanent failure, and keeps it', async () => {
    const id = await enqueue({ key: 'permanent', failTimes: 0, permanent: true });
    const failed = await eventually(
      () => queue.failed(100),
      (list) => list.some((f) => f.id === id),
    );
    expect(failed.find((f) => f.id === id)?.reason).toBe('probe permanent cannot succeed');
    expect(ProbeProcessor.attempts.get('permanent')).toBe(1);
  });

  it('runs a job enqueued twice under the same id once', async () => {
    await enqueue({ key: 'once', failTimes: 0 }, 'probe-once');
    await enqueue({ key: 'once', failTimes: 0 }, 'probe-once');
    await eventually(
      () => ProbeProcessor.attempts.get('once'),
      (n) => n !== undefined,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(ProbeProcessor.attempts.get('once')).toBe(1);
  });

  it('lists failed jobs to administrators and managers only', async () => {
    const { failedJobs } = await t.ok('admin', `{ failedJobs { id name attempts reason failedAt } }`);
    expect(failedJobs.length).toBeGreaterThanOrEqual(2);
    expect((await t.ok('manager1', `{ failedJobs { id } }`)).failedJobs).toHaveLength(failedJobs.length);
    expect((await t.gql('secretary1', `{ failedJobs { id } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('re-imports the taxonomy idempotently: a second import changes nothing', async () => {
    const again = await t.app.get(TaxonomyImporter).import();
    expect(again).toMatchObject({ conceptsChanged: 0, relationsAdded: 0, relationsRemoved: 0, sectors: 10 });
    expect(again.concepts).toBeGreaterThan(12_000);
    const { importTaxonomy } = await t.ok('admin', `mutation { importTaxonomy }`);
    expect(typeof importTaxonomy).toBe('string');
  });
});
