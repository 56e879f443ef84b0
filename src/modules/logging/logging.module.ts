import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config.js';
import { redactUrlSecrets, scrubIdentityNumbers } from './scrub.js';

/** Every finished log line passes the scrubber on its way to stdout. */
const scrubbingStdout = { write: (line: string) => process.stdout.write(scrubIdentityNumbers(line)) };

/**
 * Structured JSON logs (pino), one line per request with its id, status and duration. Request bodies, GraphQL
 * variables and the Authorization header are never logged, and every line is scrubbed of identity numbers.
 */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.LOG_LEVEL,
              redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
              autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
              serializers: {
                req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrlSecrets(req.url) }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
            },
            scrubbingStdout,
          ],
        }),
      ],
    };
  }
}
