import type { Job, Queue, Worker } from 'bullmq';
import type { JobAttempt, JobCounts, JobFigures } from './job-figures.js';

/**
 * BullMQ's figures in the in-process runner's terms: the counts of the queue in Redis (every process sees the same),
 * and the attempts of the jobs this process's worker ran (none where this process runs no worker).
 */
export class BullJobFigures implements JobFigures {
  /** Both looked up when first used: the worker is started only as the application initialises. */
  constructor(
    private readonly queue: () => Queue,
    private readonly worker: () => Worker | undefined,
  ) {}

  async counts(): Promise<JobCounts> {
    const { waiting = 0, active = 0, delayed = 0, failed = 0 } = await this.queue().getJobCounts('waiting', 'active', 'delayed', 'failed');
    return { waiting, active, delayed, failed };
  }

  onAttempt(listener: (attempt: JobAttempt) => void): void {
    const worker = this.worker();
    worker?.on('completed', (job) => listener(attemptOf(job, 'completed')));
    // finishedOn is set only when the job is moved to the failed set: a failure that will be retried has none
    worker?.on('failed', (job) => job && listener(attemptOf(job, job.finishedOn ? 'failed' : 'retrying')));
  }
}

/** The attempt that just ended (BullMQ has counted it in attemptsMade; processedOn is its start). */
function attemptOf(job: Job, outcome: JobAttempt['outcome']): JobAttempt {
  const started = job.processedOn ?? Date.now();
  const attempt = Math.max(job.attemptsMade, 1);
  const due = job.timestamp + (job.opts.delay ?? 0);
  return { name: job.name, attempt, waitedMs: attempt === 1 ? Math.max(started - due, 0) : undefined, ranMs: Date.now() - started, outcome };
}
