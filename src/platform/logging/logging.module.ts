import { Global, Module, type DynamicModule } from '@nestjs/common';
import { pino } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { AppConfig } from '../config/app-config.js';
import { AppLogger } from './app-logger.js';
import { redactUrlSecrets, scrubIdentityNumbers } from './scrub.js';

/** Every finished log line passes the scrubber on its way to stdout. */
const scrubbingStdout = { write: (line: string) => process.stdout.write(scrubIdentityNumbers(line)) };

/** The request log: pino-http as Express middleware, installed first by the bootstrap. */
export class RequestLogger {
  constructor(readonly middleware: HttpLogger) {}
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
    const requests = pinoHttp({
      logger,
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrlSecrets(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: () => undefined,
      },
    });
    return {
      module: LoggingModule,
      providers: [
        { provide: AppLogger, useValue: new AppLogger(logger) },
        { provide: RequestLogger, useValue: new RequestLogger(requests) },
      ],
      exports: [AppLogger, RequestLogger],
    };
  }
}
