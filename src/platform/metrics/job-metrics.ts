import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Gauge, Histogram } from 'prom-client';
import type { JobCounts, JobFigures } from '../jobs/job-figures.js';
import { figureOrNothing, Metrics, seconds } from './metrics.js';

/** The job queue's figures (BullMQ's or the in-process runner's), provided by the metrics module. */
export const JOB_FIGURES = Symbol('JobFigures');

const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 1800];

/**
 * The background jobs: how many are in each state (read from the queue when scraped) and, per job name, how long the
 * first attempt waited once due and how long each attempt ran, with its outcome.
 */
@Injectable()
export class JobMetrics implements OnApplicationBootstrap {
  private readonly waited: Histogram<'job'>;
  private readonly ran: Histogram<'job' | 'outcome'>;

  constructor(
    metrics: Metrics,
    @Inject(JOB_FIGURES) private readonly figures: JobFigures,
  ) {
    const registers = [metrics.registry];
    new Gauge({
      name: 'brygga_job_queue_jobs',
      help: 'Jobs in the queue by state: waiting (due), active, delayed (not due yet, or backing off before a retry), failed (for good, kept)',
      labelNames: ['state'],
      registers,
      async collect() {
        const counts = await figureOrNothing(() => figures.counts());
        this.reset();
        if (counts) for (const state of Object.keys(counts) as Array<keyof JobCounts>) this.set({ state }, counts[state]);
      },
    });
    this.waited = new Histogram({
      name: 'brygga_job_wait_seconds',
      help: "Time from a job's being due (enqueued, or its delay over) to its first attempt's start, by job name",
      labelNames: ['job'],
      buckets: JOB_BUCKETS,
      registers,
    });
    this.ran = new Histogram({
      name: 'brygga_job_duration_seconds',
      help: 'Time each attempt of a job ran, by job name and outcome (completed, retrying, failed for good)',
      labelNames: ['job', 'outcome'],
      buckets: JOB_BUCKETS,
      registers,
    });
  }

  onApplicationBootstrap(): void {
    this.figures.onAttempt(({ name, waitedMs, ranMs, outcome }) => {
      if (waitedMs !== undefined) this.waited.observe({ job: name }, seconds(waitedMs));
      this.ran.observe({ job: name, outcome }, seconds(ranMs));
    });
  }
}
