import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The app's Prometheus registry: Node's own process metrics (CPU, memory, event-loop delay, garbage collection,
 * handles) and Brygga's, all named `brygga_*`. One registry per app, not prom-client's global one, so that every app
 * a test process starts counts its own requests.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}

/** Seconds from milliseconds, as Prometheus measures time. */
export const seconds = (ms: number): number => ms / 1000;

/** How long a gauge waits for Redis or the database when scraped: past it (or on an error) the gauge is left out. */
const FIGURE_TIMEOUT_MS = 3000;

/**
 * The figure `read` gives, or undefined if it fails or takes longer than {@link FIGURE_TIMEOUT_MS}: a scrape still
 * answers, with the figures it could read, while Redis or the database is away.
 */
export async function figureOrNothing<T>(read: () => Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), FIGURE_TIMEOUT_MS)));
  try {
    return await Promise.race([read(), timeout]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
