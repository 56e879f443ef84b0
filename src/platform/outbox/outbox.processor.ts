import { Injectable } from '@nestjs/common';
import { JobProcessor, type JobHandler } from '../jobs/job-processor.decorator.js';
import type { JobPayloads } from '../jobs/job-types.js';
import { OUTBOX_JOB, OutboxService } from './outbox.service.js';

/** Runs one outbox handler for one event; thin, the rules are in {@link OutboxService.handle}. */
@Injectable()
@JobProcessor(OUTBOX_JOB)
export class OutboxProcessor implements JobHandler<typeof OUTBOX_JOB> {
  constructor(private readonly outbox: OutboxService) {}

  async process(payload: JobPayloads[typeof OUTBOX_JOB]): Promise<void> {
    await this.outbox.handle(payload.eventId, payload.handler);
  }
}
