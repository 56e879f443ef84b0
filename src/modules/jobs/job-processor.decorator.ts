import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from './job-types.js';

export const JOB_PROCESSOR_KEY = 'brygga:job-processor';

/** Marks a provider as the processor of one job; the same processor runs on BullMQ and in process. */
export const JobProcessor = (name: JobName) => SetMetadata(JOB_PROCESSOR_KEY, name);

export interface JobHandler<N extends JobName> {
  process(payload: JobPayloads[N], attempt: number): Promise<void>;
}
