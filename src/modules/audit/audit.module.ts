import { Global, Module } from '@nestjs/common';
import { AccessLogResolver } from './access-log.resolver.js';
import { AccessLogService } from './access-log.service.js';

@Global()
@Module({ providers: [AccessLogService, AccessLogResolver], exports: [AccessLogService] })
export class AuditModule {}
