import { Injectable } from '@nestjs/common';
import { JobProcessor, type JobHandler } from '../../platform/jobs/job-processor.decorator.js';
import type { JobPayloads } from '../../platform/jobs/job-types.js';
import { PrincipalExportsService } from './principal-exports.service.js';

/** Makes one principal's export package (PrincipalExportsService.run). */
@Injectable()
@JobProcessor('exports.run')
export class PrincipalExportProcessor implements JobHandler<'exports.run'> {
  constructor(private readonly exports: PrincipalExportsService) {}

  async process(payload: JobPayloads['exports.run']): Promise<void> {
    await this.exports.run(payload.exportId);
  }
}

/** Every hour: deletes the packages past their expiry (EXPORT_TTL_DAYS) and marks them EXPIRED. */
@Injectable()
@JobProcessor('exports.expire', { schedule: '23 * * * *' })
export class ExportExpiryProcessor implements JobHandler<'exports.expire'> {
  constructor(private readonly exports: PrincipalExportsService) {}

  async process(): Promise<void> {
    await this.exports.expire();
  }
}
