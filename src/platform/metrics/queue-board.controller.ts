import { All, Controller, Inject, Req, Res } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator.js';
import { Role } from '../auth/role.enum.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { BOARD_CONTENT_SECURITY_POLICY, BOARD_PATH, type BoardHandler } from './queue-board.js';

interface BoardRequest {
  url: string;
  originalUrl: string;
}

interface BoardResponse {
  once(event: 'close', listener: () => void): void;
  setHeader(name: string, value: string): void;
}

/** The board's Express handler (made on the first request), or null without Redis (jobs in process: no queue to show). */
export const QUEUE_BOARD = Symbol('QueueBoard');

/**
 * The queue board at /admin/queues for administrators, signed in as for the API (the session cookie or a bearer
 * token): a route the guard checks like every other, rather than bull-board's own middleware, which would run before
 * the guard. Without Redis it answers 404, naming the web app's list of failed jobs instead.
 */
@Controller(BOARD_PATH.slice(1))
export class QueueBoardController {
  constructor(@Inject(QUEUE_BOARD) private readonly board: (() => BoardHandler) | null) {}

  @Allow(Role.ADMINISTRATOR)
  @All(['', '*path'])
  serve(@Req() req: BoardRequest, @Res() res: BoardResponse): Promise<void> {
    const board = this.board?.();
    if (!board) {
      const why = 'The queue board shows BullMQ, so it needs REDIS_URL; jobs that failed are listed under Administration, Misslyckade jobb';
      return Promise.reject(new DomainError(ErrorCode.NOT_FOUND, why));
    }
    return new Promise((resolve, reject) => {
      res.once('close', resolve);
      res.setHeader('content-security-policy', BOARD_CONTENT_SECURITY_POLICY);
      // the board's own paths, as if it were mounted here
      req.url = req.originalUrl.slice(BOARD_PATH.length) || '/';
      board(req, res, (error?: unknown) => reject(error ?? DomainError.notFound('Queue board page')));
    });
  }
}

/** Where the web app's administration finds the board: its path, or nothing when jobs run in process. */
@Resolver()
export class QueueBoardResolver {
  constructor(@Inject(QUEUE_BOARD) private readonly board: (() => BoardHandler) | null) {}

  @Allow(Role.ADMINISTRATOR)
  @Query(() => String, {
    nullable: true,
    description: 'The path of the queue board (every queued, running, finished and failed job, read-only), or null when jobs run in process without Redis',
  })
  queueBoardPath(): string | null {
    return this.board ? BOARD_PATH : null;
  }
}
