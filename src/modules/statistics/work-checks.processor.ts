import { Injectable } from '@nestjs/common';
import { JobProcessor, type JobHandler } from '../../platform/jobs/job-processor.decorator.js';
import type { JobPayloads } from '../../platform/jobs/job-types.js';
import { WorkChecksService } from './work-checks.service.js';

/** The one-month check: queued per exit to work for its day, and every morning for all that are due. */
@Injectable()
@JobProcessor('statistics.checkWorkExits', { schedule: '30 5 * * *' })
export class WorkChecksProcessor implements JobHandler<'statistics.checkWorkExits'> {
  constructor(private readonly checks: WorkChecksService) {}

  async process(payload: JobPayloads['statistics.checkWorkExits']): Promise<void> {
    await this.checks.settleDue(payload.enrolmentId);
  }
}
