import { Injectable, Logger } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../context/request-context.js';
import { DomainError } from '../errors/domain-error.js';
import { JobQueue } from '../jobs/job-queue.js';
import { PermanentJobError } from '../jobs/job-types.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { OUTBOX_HANDLER_KEY, type AfterCommit, type OutboxEventHandler, type OutboxHandlerOptions } from './outbox-handler.decorator.js';

/** The job that runs one handler for one event. */
export const OUTBOX_JOB = 'outbox.handle';

/** What {@link OutboxService.record} stores: ids and small values only. */
export interface NewOutboxEvent {
  kind: string;
  principalId: string;
  placementId?: string | null;
  payload: Record<string, string | number | boolean | null>;
}

/**
 * The transactional outbox (Vendure's event bus fires after commit; the outbox also survives a queue that is
 * down). A change and its event commit in one transaction; after the commit each handler of the event's kind gets
 * a job with a deterministic id (event id + handler name); {@link OutboxRelay} enqueues the same jobs again for
 * events still not processed after a grace period. Duplicate jobs are therefore expected, and harmless: each
 * handler records (event, handler) in `outbox_handled` in the transaction of its effect, and a second run finds
 * the row and does nothing. At-least-once delivery plus that record is exactly once in effect.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');
  private registry?: Map<string, { options: OutboxHandlerOptions; instance: OutboxEventHandler }>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  /** The job id of one handler's run for one event: the same every time, so the queue runs it once. */
  static jobId(eventId: string, handler: string): string {
    return `outbox.${eventId}.${handler}`;
  }

  /**
   * Records an event in the caller's transaction (`ctx.em`), and enqueues its jobs once that transaction has
   * committed. If the enqueue fails (Redis down) the change stays committed and the caller is not told: the
   * relay enqueues the jobs when the queue answers again. That is why the enqueue happens only after commit and
   * never throws.
   */
  async record(ctx: RequestContext, event: NewOutboxEvent): Promise<OutboxEvent> {
    const repo = ctx.em.getRepository(OutboxEvent);
    const saved = await repo.save(
      repo.create({ kind: event.kind, principalId: event.principalId, placementId: event.placementId ?? null, payload: event.payload }),
    );
    ctx.onCommit(async () => {
      await this.enqueue(saved, this.readyHandlers(saved.kind, []));
    });
    return saved;
  }

  /** The names of the handlers of an event kind. */
  handlersFor(kind: string): string[] {
    return [...this.handlers().values()].filter((h) => h.options.kinds.includes(kind)).map((h) => h.options.name);
  }

  /** The handlers of an event kind that have not handled it yet and whose `after` handlers all have. */
  readyHandlers(kind: string, handled: readonly string[]): string[] {
    return [...this.handlers().values()]
      .filter((h) => h.options.kinds.includes(kind) && !handled.includes(h.options.name))
      .filter((h) => (h.options.after ?? []).every((before) => handled.includes(before)))
      .map((h) => h.options.name);
  }

  /**
   * Puts a job on the queue for each of `handlers`, and notes when. Returns whether it worked; a failure is logged,
   * not thrown, because the event is safe in the database and the relay will try again.
   */
  async enqueue(event: Pick<OutboxEvent, 'id' | 'kind'>, handlers: readonly string[]): Promise<boolean> {
    try {
      for (const handler of handlers) {
        await this.queue.enqueue(OUTBOX_JOB, { eventId: event.id, handler }, { jobId: OutboxService.jobId(event.id, handler) });
      }
      await this.dataSource.query(`UPDATE outbox_event SET enqueued_at = now(), enqueue_count = enqueue_count + 1 WHERE id = $1`, [event.id]);
      return true;
    } catch (error) {
      this.logger.warn(`Outbox event ${event.id} (${event.kind}) not enqueued, the relay will retry: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  /**
   * Runs one handler for one event, in one transaction with the record that it did; a run for an event the
   * handler has already handled changes nothing and returns false. The handled row is inserted first: a
   * concurrent duplicate run waits on its key until this transaction ends, then finds it and does nothing.
   * A DomainError from a handler (a rule refused the change) is permanent: retrying cannot change the rule.
   */
  async handle(eventId: string, handlerName: string): Promise<boolean> {
    const handler = this.handlers().get(handlerName);
    if (!handler) throw new PermanentJobError(`No outbox handler ${handlerName}`);
    const afterCommit: AfterCommit = [];
    try {
      const done = await this.dataSource.transaction(async (em) => {
        const event = await em.getRepository(OutboxEvent).findOneBy({ id: eventId });
        if (!event) throw new PermanentJobError(`Outbox event ${eventId} does not exist`);
        const handled = (await em.query(`SELECT handler FROM outbox_handled WHERE event_id = $1`, [eventId]) as Array<{ handler: string }>).map((r) => r.handler);
        const inserted: unknown[] = await em.query(
          `INSERT INTO outbox_handled (event_id, handler) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
          [eventId, handlerName],
        );
        if (inserted.length === 0) return null;
        const waiting = (handler.options.after ?? []).filter((before) => !handled.includes(before));
        if (waiting.length > 0) throw new Error(`waits for the handler(s) ${waiting.join(', ')} to handle the event first`);
        await handler.instance.handle(em, event, afterCommit);
        await em.query(
          `UPDATE outbox_event SET processed_at = now(), last_error = NULL WHERE id = $1 AND processed_at IS NULL
             AND (SELECT count(*) FROM outbox_handled WHERE event_id = $1 AND handler = ANY($2)) = $3`,
          [eventId, this.handlersFor(event.kind), this.handlersFor(event.kind).length],
        );
        return { event, handled: [...handled, handlerName] };
      });
      if (!done) return false;
      await this.runAfterCommit(afterCommit, eventId, handlerName);
      // the handlers that waited for this one can run now (if two finish at once, the relay's sweep catches up)
      const next = this.readyHandlers(done.event.kind, done.handled);
      if (next.length > 0) await this.enqueue(done.event, next);
      return true;
    } catch (error) {
      const permanent = error instanceof PermanentJobError || error instanceof DomainError;
      const reason = error instanceof DomainError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
      await this.dataSource
        .query(`UPDATE outbox_event SET last_error = $2 WHERE id = $1`, [eventId, `${handlerName}: ${reason}`.slice(0, 2000)])
        .catch(() => undefined);
      throw permanent && !(error instanceof PermanentJobError) ? new PermanentJobError(reason) : error;
    }
  }

  /**
   * The relay's sweep: events not processed `graceMs` after they were recorded get the jobs of their unfinished
   * handlers enqueued again (same job ids, so a job still waiting or kept as failed is not duplicated); events
   * whose handlers have all run are marked processed. Oldest first, at most `limit` per sweep. Returns how many
   * events it enqueued.
   */
  async sweep(graceMs: number, limit = 500): Promise<number> {
    const rows: Array<{ id: string; kind: string; handled: string[] }> = await this.dataSource.query(
      `SELECT e.id, e.kind, array_remove(array_agg(h.handler), NULL) AS handled
         FROM outbox_event e LEFT JOIN outbox_handled h ON h.event_id = e.id
        WHERE e.processed_at IS NULL AND e.created_at <= now() - make_interval(secs => $1::double precision / 1000)
        GROUP BY e.id ORDER BY min(e.created_at), e.id LIMIT $2`,
      [graceMs, limit],
    );
    let enqueued = 0;
    for (const row of rows) {
      const missing = this.handlersFor(row.kind).filter((h) => !row.handled.includes(h));
      const ready = this.readyHandlers(row.kind, row.handled);
      if (missing.length === 0) {
        await this.dataSource.query(`UPDATE outbox_event SET processed_at = now() WHERE id = $1 AND processed_at IS NULL`, [row.id]);
      } else if (ready.length === 0) {
        continue; // the rest wait for a handler whose job failed for good (kept, with its reason)
      } else if (await this.enqueue(row, ready)) {
        enqueued += 1;
      } else {
        break; // the queue is down: try the rest at the next sweep
      }
    }
    return enqueued;
  }

  /**
   * A handler's after-commit work. The effect is committed and recorded as handled, so a failure here is logged,
   * not thrown: the work it would have started has its own safety net (the daily schedules).
   */
  private async runAfterCommit(work: AfterCommit, eventId: string, handlerName: string): Promise<void> {
    for (const w of work) {
      await w().catch((error: unknown) =>
        this.logger.warn(`Outbox event ${eventId} (${handlerName}): after-commit work failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }

  /** Every @OutboxHandler provider by name, found once (on first use, so after all modules are up). */
  private handlers(): Map<string, { options: OutboxHandlerOptions; instance: OutboxEventHandler }> {
    if (this.registry) return this.registry;
    const registry = new Map<string, { options: OutboxHandlerOptions; instance: OutboxEventHandler }>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.instance || !wrapper.metatype) continue;
      const options = this.reflector.get<OutboxHandlerOptions | undefined>(OUTBOX_HANDLER_KEY, wrapper.metatype as never);
      if (!options) continue;
      if (registry.has(options.name)) throw new Error(`Two outbox handlers named ${options.name}`);
      registry.set(options.name, { options, instance: wrapper.instance as OutboxEventHandler });
    }
    this.registry = registry;
    return registry;
  }
}
