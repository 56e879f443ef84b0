import { Global, Module, type DynamicModule } from '@nestjs/common';
import { pino } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { AppLogger } from './app-logger.js';
import { requestLog } from './request-log.js';
import { scrubIdentityNumbers } from './scrub.js';

/** Every finished log line passes the scrubber on its way to stdout. */
const scrubbingStdout = { write: (line: string) => process.stdout.write(scrubIdentityNumbers(line)) };

/** The request log ({@link requestLog}) as Express middleware, installed first by the bootstrap. */
export class RequestLogger {
  constructor(readonly middleware: ReturnType<typeof requestLog>) {}
}

/**
 * Structured JSON logs (pino): Nest's own logging through {@link AppLogger}, and one line per request with its id,
 * method, path, status and duration. Request bodies, GraphQL variables, headers and SQL are never logged, and every
 * line is scrubbed of identity numbers.
 */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    const logger = pino({ level: config.LOG_LEVEL }, scrubbingStdout);
    return {
      module: LoggingModule,
      providers: [
        { provide: AppLogger, useValue: new AppLogger(logger) },
        { provide: RequestLogger, useValue: new RequestLogger(requestLog(logger)) },
      ],
      exports: [AppLogger, RequestLogger],
    };
  }
}
