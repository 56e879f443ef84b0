import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger as Pino } from 'pino';
import { redactUrlSecrets } from './scrub.js';

/**
 * The request log as Express middleware, installed first by the bootstrap: one line per finished request (but the
 * health checks), at `info`, with its id (a counter of this process), method, path, status and duration, as pino-http
 * wrote it: `{"req":{"id","method","url"},"res":{"statusCode"},"responseTime","msg":"request completed"}` ("request
 * errored" for a status of 500 or more). The URL loses its query string and feed token (`redactUrlSecrets`); headers,
 * bodies and variables are never read. Written by hand because pino-http built two child loggers and serialised the
 * whole request on every request, whether or not the line was then written.
 */
export function requestLog(logger: Pino): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  let lastId = 0;
  return (req, res, next) => {
    const url = req.url ?? '';
    if (!logger.isLevelEnabled('info') || url.startsWith('/health')) return next();
    const id = (lastId = lastId === Number.MAX_SAFE_INTEGER ? 1 : lastId + 1);
    const started = Date.now();
    // 'close' follows 'finish', and also ends a request whose client went away before its answer
    res.once('close', () => {
      const { statusCode } = res;
      logger.info(
        { req: { id, method: req.method, url: redactUrlSecrets(url) }, res: { statusCode }, responseTime: Date.now() - started },
        statusCode >= 500 ? 'request errored' : 'request completed',
      );
    });
    next();
  };
}
