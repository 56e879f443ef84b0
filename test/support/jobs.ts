import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { BullJobWorker, QUEUE_NAME } from '../../src/platform/jobs/bull-job-queue.js';
import { InProcessJobQueue } from '../../src/platform/jobs/in-process-job-queue.js';
import type { TestApp } from './test-app.js';

/**
 * Holds back the app's background jobs (BullMQ's worker paused, or the in-process runner paused) until the returned
 * function is called: the jobs of the changes recorded in between wait, as they would while the worker is down.
 * BullMQ's worker is paused waiting for its active jobs: that also ends its blocking fetch, which `pause(true)`
 * leaves waiting, so the first job added after it would still run.
 */
export async function holdJobs(t: TestApp): Promise<() => void> {
  if (t.config.REDIS_URL) {
    const worker = t.app.get(BullJobWorker).worker;
    await worker.pause();
    return () => worker.resume();
  }
  const queue = t.app.get(InProcessJobQueue);
  queue.pause();
  return () => queue.resume();
}

/**
 * Waits until no job is waiting or running (delayed ones, such as reminders, may stay): on BullMQ by the queue's
 * counts, in process by a short pause (its jobs start on the next timer tick, and these are short).
 */
export async function jobsDrained(t: TestApp, timeoutMs = 15_000): Promise<void> {
  if (!t.config.REDIS_URL) {
    await new Promise((r) => setTimeout(r, 500));
    return;
  }
  const queue = t.app.get<Queue>(getQueueToken(QUEUE_NAME));
  const start = Date.now();
  for (;;) {
    const counts = await queue.getJobCounts('wait', 'active', 'prioritized');
    if (Object.values(counts).every((n) => n === 0) || Date.now() - start > timeoutMs) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
