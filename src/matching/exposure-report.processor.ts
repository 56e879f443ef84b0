import { Injectable } from '@nestjs/common';
import { JobProcessor, type JobHandler } from '../platform/jobs/job-processor.decorator.js';
import { ExposureReportsService } from './exposure-reports.js';

/** The ranking's monthly exposure report, every morning at 06:15 (TIME_ZONE); the service decides whether one is due. */
@Injectable()
@JobProcessor('ranking.exposureReport', { schedule: '15 6 * * *' })
export class ExposureReportProcessor implements JobHandler<'ranking.exposureReport'> {
  constructor(private readonly reports: ExposureReportsService) {}

  async process(): Promise<void> {
    await this.reports.produceDue();
  }
}
