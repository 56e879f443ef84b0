/**
 * Every background job and its payload (Immich's JobOf<> is the model). Payloads carry ids and small values,
 * never entity snapshots: a processor reads what it needs when it runs (the current state; for an outbox job, the
 * event, which holds the facts as they were when it happened).
 */
export interface JobPayloads {
  /** Re-import the JobTech taxonomy from TAXONOMY_DIR and refresh the sectors' SSYK-4 mapping. */
  'taxonomy.import': { requestedBy: string };
  /**
   * Settle the Kolada one-month check of exits to work: one period's (queued for the day its month is complete) or,
   * with no id (the daily schedule), every pending one that is due.
   */
  'statistics.checkWorkExits': { enrolmentId?: string };
  /**
   * The monthly follow-up report (daily schedule): on or after the first working day of a month, the previous
   * month's report for each principal that has none yet.
   */
  'statistics.monthlyReport': Record<string, never>;
  /** Schedule: from the first working day of a month, keep the ranking's exposure report of the previous month. */
  'ranking.exposureReport': Record<string, never>;
  /** Schedule: fold the statistics' deltas into their summary cells (migration StatisticsCells, `statistics_fold`). */
  'statistics.foldCells': Record<string, never>;
  /**
   * Run one outbox handler for one outbox event (job id `outbox.<eventId>.<handler>`), enqueued once it is the
   * handler's turn in the event's stream (see OutboxService).
   */
  'outbox.handle': { eventId: string; handler: string };
  /**
   * Send one reminder of a recruitment meeting to everyone invited who has not declined (delayed; job id
   * `meeting-reminder.<meetingId>.<kind>.<start ms>`); does nothing if the meeting moved, was cancelled or was never sent out.
   */
  'meetings.sendReminder': { meetingId: string; kind: 'TWO_DAYS_BEFORE' | 'TWO_HOURS_BEFORE'; startsAt: string };
  /** Schedule: enqueue the reminders of every upcoming meeting again (pending in-process jobs do not survive a restart). */
  'meetings.planReminders': Record<string, never>;
  /** Write one principal's export package (job id `principal-export.<exportId>`); see src/modules/export/. */
  'exports.run': { exportId: string };
  /** Schedule: delete the export packages past their expiry and mark them EXPIRED. */
  'exports.expire': Record<string, never>;
  /** Schedule: thin every principal's records by its retention rules (RetentionService.runScheduled). */
  'retention.run': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export interface EnqueueOptions {
  /** Deterministic id: enqueueing the same id twice runs the job once. */
  jobId?: string;
  delayMs?: number;
}

/** A job that failed for good, kept with its reason so nothing is dropped silently. */
export interface FailedJob {
  id: string;
  name: string;
  attempts: number;
  reason: string;
  failedAt: Date;
}

/** Thrown by a processor when retrying cannot help (the input is invalid); the job fails at once and is kept. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}
