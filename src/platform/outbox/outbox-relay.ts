import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { loggableMessage } from '../errors/loggable-error.js';
import { OutboxService } from './outbox.service.js';

/**
 * Sweeps the outbox every OUTBOX_SWEEP_INTERVAL_MS for events not processed one interval after they were
 * recorded, and enqueues again the jobs that may run in their streams: if Redis or the worker was down when the
 * change was recorded, the work happens once they are back, in this process or another, in the order recorded
 * (duplicate enqueues share a job id). Stopped before the database closes.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  /** Only where the jobs run (JOB_PROCESSORS): an API instance beside workers leaves the sweep to them. */
  onApplicationBootstrap(): void {
    if (this.config.JOB_PROCESSORS) this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One sweep now (also what the timer runs); returns how many events got their jobs enqueued again. */
  async sweepOnce(): Promise<number> {
    const count = await this.outbox.sweep(this.config.OUTBOX_SWEEP_INTERVAL_MS);
    if (count > 0) this.logger.log(`Re-enqueued ${count} outbox event(s) not processed in time`);
    return count;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.sweepOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.warn(`Outbox sweep failed: ${loggableMessage(error)}`))
        .finally(() => this.schedule());
    }, this.config.OUTBOX_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }
}
