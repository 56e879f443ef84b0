import type { EnqueueOptions, FailedJob, JobName, JobPayloads } from './job-types.js';

/**
 * Where services put background work. Two implementations behind this one interface: BullMQ on Redis
 * (REDIS_URL set) and an in-process runner (no Redis), both dispatching to the same @JobProcessor providers.
 * Enqueue from `ctx.onCommit(...)` so a job never runs for a transaction that rolled back. Both also register, at
 * boot, the schedules the processors declare (`@JobProcessor(name, { schedule })`).
 */
export abstract class JobQueue {
  abstract enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options?: EnqueueOptions): Promise<string>;

  /** Jobs that exhausted their retries or failed permanently, newest first. */
  abstract failed(limit: number): Promise<FailedJob[]>;

  /** Whether the queue's backend answers (for the readiness probe). */
  abstract ping(): Promise<void>;
}
