import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { DomainError } from './domain-error.js';
import { codeOfStatus, statusOfErrors } from './http-status.js';
import { loggableError } from './loggable-error.js';

/** What the HTTP layer says of a client's mistake it refused before GraphQL saw the request. */
const MESSAGES: Readonly<Record<string, string>> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is too large',
  'encoding.unsupported': 'The request body has an unsupported encoding',
  'charset.unsupported': 'The request body has an unsupported character set',
  'request.aborted': 'The request was aborted',
};

interface Answer {
  status: number;
  message: string;
  /** The DomainError's own code and extensions, where a REST route threw one */
  extensions?: Record<string, unknown>;
}

/**
 * The same error contract outside GraphQL as inside it: a request refused by the HTTP layer (malformed JSON, a body
 * over the size limit, an unknown path) is answered with its 4xx status and a GraphQL-shaped body whose error has an
 * `extensions.code`, and a REST route's DomainError with its own code and the status GraphQL gives that code.
 * Anything else is a fault of ours: logged by kind and place, answered 500 with no detail. Errors
 * in GraphQL resolvers are left to GraphQL (and so to the error formatter).
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    // GraphQL's errors go on to GraphQL as they were thrown (and Nest's default filter, which would log a database
    // error's message, is not reached)
    if (host.getType() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<{ headersSent: boolean; status(code: number): { json(body: unknown): void } }>();
    const { status, message, extensions } = this.answer(exception);
    if (status >= 500) this.logger.error({ msg: 'Unexpected error outside GraphQL', error: loggableError(exception) });
    if (!res.headersSent) res.status(status).json({ errors: [{ message, extensions: extensions ?? { code: codeOfStatus(status) } }] });
  }

  private answer(exception: unknown): Answer {
    if (exception instanceof DomainError) {
      const extensions = { ...exception.extensions, code: exception.code, ...(exception.fields.length ? { fields: exception.fields } : {}) };
      return { status: statusOfErrors([{ message: exception.message, extensions }]), message: exception.message, extensions };
    }
    const bodyParser = exception as { status?: unknown; type?: unknown; expose?: unknown };
    if (typeof bodyParser.status === 'number' && bodyParser.status >= 400 && bodyParser.status < 500 && typeof bodyParser.type === 'string') {
      return { status: bodyParser.status, message: MESSAGES[bodyParser.type] ?? 'The request could not be read' };
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const cause = exception.cause as { type?: unknown } | undefined;
      const known = typeof cause?.type === 'string' ? MESSAGES[cause.type] : undefined;
      return { status: exception.getStatus(), message: known ?? exception.message };
    }
    return { status: 500, message: 'Internal server error' };
  }
}
