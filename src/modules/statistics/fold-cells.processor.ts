import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobProcessor, type JobHandler } from '../../platform/jobs/job-processor.decorator.js';

/**
 * Every minute, the deltas the enrolment and follow-up triggers appended are added into the summary cells
 * (migration StatisticsCells). The figures never wait for it: a query adds the deltas not yet folded. Folding keeps
 * that remainder small. One statement, so a failed fold leaves the deltas where they were, for the next.
 */
@Injectable()
@JobProcessor('statistics.foldCells', { schedule: '* * * * *' })
export class FoldCellsProcessor implements JobHandler<'statistics.foldCells'> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async process(): Promise<void> {
    await this.dataSource.query('SELECT statistics_fold()');
  }
}
