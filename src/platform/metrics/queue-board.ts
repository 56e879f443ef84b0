import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import { scrubIdentityNumbers } from '../logging/scrub.js';

type Render = (file: string, options: object, done: (error: unknown, html?: string) => void) => void;

/** An Express handler; the board's responses are its own. */
export type BoardHandler = (req: { url: string }, res: object, next: (error?: unknown) => void) => void;

/** Where the board is served; administrators only (queue-board.controller.ts). */
export const BOARD_PATH = '/admin/queues';

/**
 * The page loads only what the board serves itself: its own scripts, styles and images. bull-board's page asks
 * Google for its fonts; that link is removed (the browser falls back to its own sans-serif), and this policy would
 * refuse it, and anything else from another host, if a later version added one.
 */
export const BOARD_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const EXTERNAL_STYLESHEET = /<link\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g;

/**
 * bull-board's pages and API for the BullMQ queue, as an Express handler to mount at {@link BOARD_PATH}. Read-only: it
 * shows each job, its payload (ids and small values) and why it failed, and changes nothing (no retry, removal,
 * emptying or pausing), so nothing is lost or done twice from it. Identity-number shapes in what it answers are masked,
 * as in failedJobs and on every log line: the net under the rule that reasons and payloads carry none.
 */
export function queueBoard(queue: Queue): BoardHandler {
  const adapter = new ExpressAdapter().setBasePath(BOARD_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(queue, { readOnlyMode: true })],
    serverAdapter: adapter,
    options: {
      uiConfig: { boardTitle: 'Brygga: jobb' },
      handlerHooks: { after: (_context, result) => ({ ...result, body: scrubbed(result.body) as typeof result.body }) },
    },
  });
  const app = adapter.getRouter() as BoardHandler & { engines: Record<string, Render>; engine(ext: string, render: Render): void };
  const render = app.engines['.ejs'];
  app.engine('ejs', (file, options, done) => render(file, options, (error, html) => done(error, html?.replace(EXTERNAL_STYLESHEET, ''))));
  return app;
}

/** Every string within `value` with identity-number shapes masked. */
function scrubbed(value: unknown): unknown {
  if (typeof value === 'string') return scrubIdentityNumbers(value);
  if (Array.isArray(value)) return value.map(scrubbed);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubbed(v)]));
  return value;
}
