import { Module } from '@nestjs/common';
import { AuthModule } from '../../platform/auth/auth.module.js';
import { ExportDownloadController } from './export-download.controller.js';
import { ExportExpiryProcessor, PrincipalExportProcessor } from './principal-export.processor.js';
import { PrincipalExportsResolver } from './principal-exports.resolver.js';
import { PrincipalExportsService } from './principal-exports.service.js';

/**
 * The principal's export (huvudmannens uttag): a background job writes everything a principal owns as one package
 * (export-package.ts, the files of export-files.ts), downloadable until it expires; `npm run import:principal`
 * loads a package into an empty Brygga (package-import.ts).
 */
@Module({
  imports: [AuthModule],
  controllers: [ExportDownloadController],
  providers: [PrincipalExportsService, PrincipalExportsResolver, PrincipalExportProcessor, ExportExpiryProcessor],
})
export class ExportModule {}
