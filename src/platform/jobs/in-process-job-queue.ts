import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CronExpressionParser } from 'cron-parser';
import { randomUUID } from 'node:crypto';
import { loggableMessage } from '../errors/loggable-error.js';
import { JobDispatcher } from './job-dispatcher.js';
import type { JobAttempt, JobCounts, JobFigures } from './job-figures.js';
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

const REMEMBERED_IDS = 10_000;
const KEPT_FAILURES = 1_000;
/** setTimeout's longest delay (about 24.8 days); a later firing is waited for in steps. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Jobs without Redis, for the embedded mode: same processors, same retry policy (exponential backoff, then
 * kept as failed with the reason and logged as an error). Pending jobs live in memory: work that must survive
 * a restart is recorded in PostgreSQL by the feature that needs it, not here.
 */
@Injectable()
export class InProcessJobQueue extends JobQueue implements JobFigures, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly seenIds = new Set<string>();
  private readonly failures: FailedJob[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  /** When each job not yet started is due (epoch ms). */
  private readonly due = new Map<string, number>();
  private readonly attemptListeners: Array<(attempt: JobAttempt) => void> = [];
  /** While paused: the runs that came due, in the order they did. */
  private held: Array<() => void> | null = null;
  private stopped = false;

  constructor(
    private readonly dispatcher: JobDispatcher,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<string> {
    const id = options.jobId ?? randomUUID();
    if (this.seenIds.has(id)) return id;
    this.remember(id);
    this.schedule(id, name, withEnqueuingTrace(payload), 1, options.delayMs ?? 0);
    return id;
  }

  /** Starts a timer per declared schedule; each firing enqueues the job once (its id names the firing). */
  onApplicationBootstrap(): void {
    for (const [name, pattern] of this.dispatcher.schedules()) this.repeat(name, pattern);
  }

  async failed(limit: number): Promise<FailedJob[]> {
    return this.failures.slice(-limit).reverse();
  }

  async ping(): Promise<void> {}

  async counts(): Promise<JobCounts> {
    const now = Date.now();
    const waiting = [...this.due.values()].filter((at) => at <= now).length;
    return { waiting, active: this.running.size, delayed: this.due.size - waiting, failed: this.failures.length };
  }

  onAttempt(listener: (attempt: JobAttempt) => void): void {
    this.attemptListeners.push(listener);
  }

  /**
   * Holds back every run that comes due (new jobs, retries, scheduled firings) until {@link resume}, as pausing a
   * BullMQ worker does: for maintenance, and for specs that record several changes before any of their jobs runs.
   */
  pause(): void {
    this.held ??= [];
  }

  /** Runs what came due while paused, in the order it did, and runs jobs as they come due again. */
  resume(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const run of held) run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    await Promise.allSettled([...this.running]);
  }

  private repeat(name: JobName, pattern: string): void {
    const at = CronExpressionParser.parse(pattern, { tz: this.config.TIME_ZONE }).next().getTime();
    this.at(at, () => {
      void this.enqueue(name, {} as JobPayloads[typeof name], { jobId: `${name}@${at}` });
      this.repeat(name, pattern);
    });
  }

  /** Runs `work` at the instant `at` (epoch ms), waiting in steps past setTimeout's longest delay. */
  private at(at: number, work: () => void): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (Date.now() < at) this.at(at, work);
      else work();
    }, Math.min(Math.max(at - Date.now(), 0), LONGEST_TIMER_MS));
    this.timers.add(timer);
  }

  private remember(id: string): void {
    this.seenIds.add(id);
    if (this.seenIds.size > REMEMBERED_IDS) this.seenIds.delete(this.seenIds.values().next().value as string);
  }

  private schedule(id: string, name: string, payload: unknown, attempt: number, delayMs: number): void {
    const due = Date.now() + delayMs;
    this.due.set(id, due);
    this.at(due, () => {
      const start = () => {
        this.due.delete(id);
        const run = this.run(id, name, payload, attempt, due).finally(() => this.running.delete(run));
        this.running.add(run);
      };
      if (this.held) this.held.push(start);
      else start();
    });
  }

  private async run(id: string, name: string, payload: unknown, attempt: number, due: number): Promise<void> {
    const started = Date.now();
    const ended = (outcome: JobAttempt['outcome']) => {
      const ran: JobAttempt = { name, attempt, waitedMs: attempt === 1 ? started - due : undefined, ranMs: Date.now() - started, outcome };
      for (const listener of this.attemptListeners) listener(ran);
    };
    try {
      await this.dispatcher.dispatch(name, payload, attempt);
      ended('completed');
    } catch (error) {
      const reason = loggableMessage(error);
      const permanent = error instanceof PermanentJobError;
      if (!permanent && attempt < this.config.JOB_ATTEMPTS) {
        ended('retrying');
        this.logger.warn(`Job ${name} ${id} failed (attempt ${attempt}), retrying: ${reason}`);
        this.schedule(id, name, payload, attempt + 1, this.config.JOB_BACKOFF_MS * 2 ** (attempt - 1));
        return;
      }
      ended('failed');
      this.logger.error(`Job ${name} ${id} failed for good after ${attempt} attempt(s): ${reason}`);
      this.failures.push({ id, name, attempts: attempt, reason, failedAt: new Date() });
      if (this.failures.length > KEPT_FAILURES) this.failures.shift();
    }
  }
}
