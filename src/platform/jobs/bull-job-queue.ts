import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { loggableMessage } from '../errors/loggable-error.js';
import { JobDispatcher } from './job-dispatcher.js';
import { JobQueue } from './job-queue.js';
import { AppConfig } from '../config/app-config.js';
import {
  PermanentJobError,
  type EnqueueOptions,
  type FailedJob,
  type JobName,
  type JobPayloads,
} from './job-types.js';
import { withEnqueuingTrace } from './job-trace.js';

export const QUEUE_NAME = 'brygga';

/** ioredis options from a redis:// URL; `maxRetriesPerRequest: null` is what BullMQ's workers require. */
export function redisOptionsFromUrl(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: Number(u.pathname.slice(1) || 0),
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/**
 * Jobs on BullMQ/Redis: retried with exponential backoff, failures kept in Redis (never removed) so they can
 * be listed and retried; completed jobs are kept a week for deduplication by job id and for inspection.
 */
@Injectable()
export class BullJobQueue extends JobQueue implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUE_NAME) private readonly queue: Queue,
    private readonly config: AppConfig,
    private readonly dispatcher: JobDispatcher,
  ) {
    super();
  }

  /**
   * Registers the declared schedules as BullMQ job schedulers (an upsert: every process that runs the jobs may do it
   * at boot; one firing runs once however many do).
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.JOB_PROCESSORS) return;
    for (const [name, pattern] of this.dispatcher.schedules()) {
      await this.queue.upsertJobScheduler(name, { pattern, tz: this.config.TIME_ZONE }, { name, data: {}, opts: this.retryPolicy() });
    }
  }

  /**
   * Adds a job, or fails at once while Redis is unreachable: ioredis would otherwise hold the command until it
   * reconnects, and with it the request that enqueues. What must not be lost is kept in PostgreSQL (the outbox, the
   * daily checks) and enqueued again when Redis is back.
   */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<string> {
    const client = await this.queue.backend.client;
    if (client.status !== 'ready') throw new Error(`Redis is not reachable (connection ${client.status}); job ${name} not queued`);
    const job = await this.queue.add(name, withEnqueuingTrace(payload), { jobId: options.jobId, delay: options.delayMs, ...this.retryPolicy() });
    return job.id as string;
  }

  private retryPolicy() {
    return {
      attempts: this.config.JOB_ATTEMPTS,
      backoff: { type: 'exponential', delay: this.config.JOB_BACKOFF_MS },
      removeOnComplete: { age: 7 * 24 * 3600 },
      removeOnFail: false,
    };
  }

  async failed(limit: number): Promise<FailedJob[]> {
    const jobs = await this.queue.getFailed(0, limit - 1);
    return jobs.map((job) => ({
      id: job.id as string,
      name: job.name,
      attempts: job.attemptsMade,
      reason: job.failedReason,
      failedAt: new Date(job.finishedOn ?? job.timestamp),
    }));
  }

  async ping(): Promise<void> {
    await this.queue.count(); // one round trip to Redis
  }
}

/** The BullMQ worker: hands every job to the same processors the in-process runner uses. */
@Processor(QUEUE_NAME, { concurrency: 4 })
export class BullJobWorker extends WorkerHost {
  private readonly logger = new Logger('BullMQ');

  constructor(private readonly dispatcher: JobDispatcher) {
    super();
  }

  /** Connection errors while Redis is away (the worker reconnects by itself), as log lines rather than stderr. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`worker: ${error.message}`);
  }

  async process(job: Job): Promise<void> {
    try {
      await this.dispatcher.dispatch(job.name, job.data, job.attemptsMade + 1);
    } catch (error) {
      if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
      // BullMQ keeps the reason in Redis and shows it in failedJobs: a database error's text and SQL stay out of it
      throw new Error(loggableMessage(error));
    }
  }
}
