import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from './job-types.js';

export const JOB_PROCESSOR_KEY = 'brygga:job-processor';

export interface JobProcessorOptions {
  /**
   * Also run the job on this cron schedule (five fields, in TIME_ZONE) with an empty payload: once per firing on
   * BullMQ however many instances run (a job scheduler), on a timer in process. A scheduled job must be idempotent
   * and find its own work (e.g. "the first working day of the month, if the report is not yet made").
   */
  schedule?: string;
}

export interface JobProcessorMetadata extends JobProcessorOptions {
  name: JobName;
}

/** Marks a provider as the processor of one job; the same processor runs on BullMQ and in process. */
export const JobProcessor = (name: JobName, options: JobProcessorOptions = {}) =>
  SetMetadata(JOB_PROCESSOR_KEY, { name, ...options } satisfies JobProcessorMetadata);

export interface JobHandler<N extends JobName> {
  process(payload: JobPayloads[N], attempt: number): Promise<void>;
}
