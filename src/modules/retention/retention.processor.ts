import { Injectable } from '@nestjs/common';
import { JobProcessor, type JobHandler } from '../../platform/jobs/job-processor.decorator.js';
import { RetentionService } from './retention.service.js';

/**
 * Thinning by every principal's rules, every night at 02:30 (TIME_ZONE): a run thins only what is past its time
 * and is harmless when repeated, so a missed night is made up the next.
 */
@Injectable()
@JobProcessor('retention.run', { schedule: '30 2 * * *' })
export class RetentionProcessor implements JobHandler<'retention.run'> {
  constructor(private readonly retention: RetentionService) {}

  async process(): Promise<void> {
    await this.retention.runScheduled();
  }
}
