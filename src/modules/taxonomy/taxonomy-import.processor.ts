import { Injectable } from '@nestjs/common';
import { JobProcessor, type JobHandler } from '../../platform/jobs/job-processor.decorator.js';
import { TaxonomyImporter } from './taxonomy-importer.service.js';

@Injectable()
@JobProcessor('taxonomy.import')
export class TaxonomyImportProcessor implements JobHandler<'taxonomy.import'> {
  constructor(private readonly importer: TaxonomyImporter) {}

  async process(): Promise<void> {
    await this.importer.import();
  }
}
