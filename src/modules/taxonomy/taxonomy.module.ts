import { Module } from '@nestjs/common';
import { TaxonomyImportProcessor } from './taxonomy-import.processor.js';
import { TaxonomyImporter } from './taxonomy-importer.service.js';
import { TaxonomyResolver } from './taxonomy.resolver.js';
import { TaxonomyService } from './taxonomy.service.js';

@Module({
  providers: [TaxonomyService, TaxonomyImporter, TaxonomyImportProcessor, TaxonomyResolver],
  exports: [TaxonomyService, TaxonomyImporter],
})
export class TaxonomyModule {}
