import { Injectable } from '@nestjs/common';
import { JobProcessor, type JobHandler } from '../../platform/jobs/job-processor.decorator.js';
import { MonthlyReportsService } from './monthly-reports.service.js';

/**
 * The monthly follow-up report, every morning at 06:00 (TIME_ZONE): the service decides whether a report is due
 * (from the first working day of the month, once per principal and month), so a missed morning is made up the next.
 */
@Injectable()
@JobProcessor('statistics.monthlyReport', { schedule: '0 6 * * *' })
export class MonthlyReportProcessor implements JobHandler<'statistics.monthlyReport'> {
  constructor(private readonly reports: MonthlyReportsService) {}

  async process(): Promise<void> {
    await this.reports.produceDue();
  }
}
