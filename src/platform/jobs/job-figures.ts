/** How many jobs are in each state; BullMQ's four, which the in-process runner keeps too. */
export interface JobCounts {
  /** due, waiting for a worker */
  waiting: number;
  active: number;
  /** not due yet: a delay asked for, or a retry's backoff */
  delayed: number;
  /** failed for good and kept (failedJobs) */
  failed: number;
}

/** One attempt at a job, ended. */
export interface JobAttempt {
  name: string;
  /** 1 for the first try */
  attempt: number;
  /** The first attempt's wait: from when the job was due (enqueued, or its delay over) to its start. */
  waitedMs?: number;
  ranMs: number;
  outcome: 'completed' | 'retrying' | 'failed';
}

/**
 * What a job queue tells the metrics (src/platform/metrics/), the same from either queue: the in-process runner keeps
 * these itself, BullMQ's are read from Redis and its worker's events (bull-job-figures.ts).
 */
export interface JobFigures {
  counts(): Promise<JobCounts>;
  /** Calls `listener` as each attempt of a job that this process ran ends. */
  onAttempt(listener: (attempt: JobAttempt) => void): void;
}
