import { Injectable, Logger } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Transactions } from '../context/transactions.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context.js';
import { DomainError } from '../errors/domain-error.js';
import { loggableMessage } from '../errors/loggable-error.js';
import { JobQueue } from '../jobs/job-queue.js';
import { PermanentJobError } from '../jobs/job-types.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { OUTBOX_HANDLER_KEY, type AfterCommit, type OutboxEventHandler, type OutboxHandlerOptions } from './outbox-handler.decorator.js';

/** The job that runs one handler for one event. */
export const OUTBOX_JOB = 'outbox.handle';

/** What {@link OutboxService.record} stores: ids and the facts as they are now, small values only. */
export interface NewOutboxEvent {
  kind: string;
  principalId: string;
  /** What the event is about, for its order among others (OutboxEvent.stream): a person's enrolment period, say. */
  stream: string;
  placementId?: string | null;
  payload: Record<string, string | number | boolean | null>;
}

/** A stream's first unprocessed event, with the handlers that have handled it (`done`) or given up on it too (`settled`). */
interface StreamHead {
  id: string;
  kind: string;
  stream: string;
  settled: string[];
  done: string[];
}

/**
 * The transactional outbox (Vendure's event bus fires after commit; the outbox also survives a queue that is
 * down). A change and its event commit in one transaction; after the commit each handler of the event's kind gets
 * a job with a deterministic id (event id + handler name); {@link OutboxRelay} enqueues the same jobs again for
 * events still not processed after a grace period. Duplicate jobs are therefore expected, and harmless: each
 * handler records (event, handler) in `outbox_handled` in the transaction of its effect, and a second run finds
 * the row and does nothing. At-least-once delivery plus that record is exactly once in effect.
 *
 * Order. The events of one stream (what they are about: a person's enrolment period) are handled one at a time, in
 * the order recorded: every handler of an event has handled it before any handler of the stream's next event runs,
 * and within an event a handler runs after its `after` handlers. Each handler decides from the event's payload (the
 * facts as they were when it happened) and from what it has already applied. So however late the jobs run, and in
 * whatever order the queue delivers them, the effects are those of handling the events one by one as they happened.
 * Only jobs that may run are enqueued: after an event's commit, after each handler's commit (the event's next
 * handler, or the stream's next event), and by the relay's sweep; a job run early all the same (a duplicate
 * delivery) fails before doing anything and is retried.
 * An event takes its place (`seq`) under a lock on its stream held until it commits, so a stream's events commit in
 * the order of `seq` and none can appear behind one already handled. Both the recorder and each handler look for
 * ready jobs after their own commit: whichever of an event's commit and its predecessor's completion comes second
 * sees the other, so at least one of them enqueues the event's jobs (both may; the job ids are the same).
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');
  private registry?: Map<string, { options: OutboxHandlerOptions; instance: OutboxEventHandler }>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly queue: JobQueue,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  /** The job id of one handler's run for one event: the same every time, so the queue runs it once. */
  static jobId(eventId: string, handler: string): string {
    return `outbox.${eventId}.${handler}`;
  }

  /**
   * Records an event in the caller's transaction (`ctx.em`), and enqueues the stream's ready jobs once that
   * transaction has committed. If the enqueue fails (Redis down) the change stays committed and the caller is not
   * told: the relay enqueues the jobs when the queue answers again. That is why the enqueue happens only after
   * commit and never throws. An event of a kind no handler subscribes to is processed as it is recorded.
   */
  async record(ctx: RequestContext, event: NewOutboxEvent): Promise<OutboxEvent> {
    // the stream's lock until commit: its events commit in the order of their seq
    await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`outbox_event:${event.stream}`]);
    const handled = this.handlersFor(event.kind).length > 0;
    const repo = ctx.em.getRepository(OutboxEvent);
    const saved = await repo.save(
      repo.create({
        kind: event.kind,
        principalId: event.principalId,
        stream: event.stream,
        placementId: event.placementId ?? null,
        payload: event.payload,
        processedAt: handled ? null : new Date(),
      }),
    );
    if (handled) {
      ctx.onCommit(async () => {
        await this.enqueueReady([saved.stream]);
      });
    }
    return saved;
  }

  /** The names of the handlers of an event kind. */
  handlersFor(kind: string): string[] {
    return [...this.handlers().values()].filter((h) => h.options.kinds.includes(kind)).map((h) => h.options.name);
  }

  /** The handlers of an event kind that have not settled it (handled or given up) and whose `after` handlers have handled it. */
  readyHandlers(kind: string, settled: readonly string[], done: readonly string[]): string[] {
    return [...this.handlers().values()]
      .filter((h) => h.options.kinds.includes(kind) && !settled.includes(h.options.name))
      .filter((h) => (h.options.after ?? []).every((before) => done.includes(before)))
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
      this.logger.warn(`Outbox event ${event.id} (${event.kind}) not enqueued, the relay will retry: ${loggableMessage(error)}`);
      return false;
    }
  }

  /**
   * Enqueues the jobs that may run now in each of `streams`: those of the handlers of the stream's first unprocessed
   * event that have not settled it and whose `after` handlers have handled it. A first event that every handler has
   * settled (a handler of its kind was removed, say) is marked processed and the next one looked at. Returns how many
   * events got jobs; stops at the first that could not be enqueued. Never throws: the relay tries again.
   */
  async enqueueReady(streams: readonly string[]): Promise<number> {
    let enqueued = 0;
    try {
      let pending = [...new Set(streams)];
      while (pending.length > 0) {
        const heads = await this.heads(pending);
        pending = [];
        for (const head of heads) {
          if (this.handlersFor(head.kind).every((h) => head.settled.includes(h))) {
            await this.dataSource.query(`UPDATE outbox_event SET processed_at = now() WHERE id = $1 AND processed_at IS NULL`, [head.id]);
            pending.push(head.stream);
            continue;
          }
          const ready = this.readyHandlers(head.kind, head.settled, head.done);
          if (ready.length === 0) continue;
          if (!(await this.enqueue(head, ready))) return enqueued;
          enqueued += 1;
        }
      }
    } catch (error) {
      this.logger.warn(`Outbox streams not looked at, the relay will retry: ${loggableMessage(error)}`);
    }
    return enqueued;
  }

  /**
   * Runs one handler for one event, in one transaction with the record that it did; a run for an event the
   * handler has already handled changes nothing and returns false. The event's row is locked first, so the
   * handlers of one event take turns, a duplicate run waits and then finds the handled row, and the last handler
   * marks the event processed. A run before its turn (see {@link assertReady}) throws, to be retried.
   * A DomainError from a handler (a rule refused the change) is permanent: retrying cannot change the rule, so the
   * handler gives up on the event ({@link giveUp}) and the job is kept as failed with the reason.
   */
  async handle(eventId: string, handlerName: string): Promise<boolean> {
    const handler = this.handlers().get(handlerName);
    if (!handler) throw new PermanentJobError(`No outbox handler ${handlerName}`);
    const event = await this.dataSource.getRepository(OutboxEvent).findOneBy({ id: eventId });
    if (!event) throw new PermanentJobError(`Outbox event ${eventId} does not exist`);
    const afterCommit: AfterCommit = [];
    try {
      const ran = await this.transactions.withTransaction(async () => {
        const em = this.transactions.tx;
        await em.query(`SELECT 1 FROM outbox_event WHERE id = $1 FOR UPDATE`, [eventId]);
        const inserted: unknown[] = await em.query(
          `INSERT INTO outbox_handled (event_id, handler) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
          [eventId, handlerName],
        );
        if (inserted.length === 0) return false;
        await this.assertReady(em, event, handler.options);
        await handler.instance.handle(em, event, afterCommit);
        await this.markProcessedIfSettled(em, event);
        return true;
      });
      if (!ran) return false;
    } catch (error) {
      const permanent = error instanceof PermanentJobError || error instanceof DomainError;
      const reason = error instanceof DomainError ? `${error.code}: ${error.message}` : loggableMessage(error);
      await this.dataSource
        .query(`UPDATE outbox_event SET last_error = $2 WHERE id = $1`, [eventId, `${handlerName}: ${reason}`.slice(0, 2000)])
        .catch(() => undefined);
      if (permanent) await this.giveUp(event, handlerName, reason);
      throw permanent && !(error instanceof PermanentJobError) ? new PermanentJobError(reason) : error;
    }
    await this.runAfterCommit(afterCommit, eventId, handlerName);
    // the event's next handler, or the stream's next event
    await this.enqueueReady([event.stream]);
    return true;
  }

  /** The events not yet processed, and the age of the oldest in seconds (0 when none), for the metrics. */
  async backlog(): Promise<{ events: number; oldestAgeSeconds: number }> {
    const [row]: Array<{ events: number; age: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS events, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS age FROM outbox_event WHERE processed_at IS NULL`,
    );
    return { events: row.events, oldestAgeSeconds: row.age };
  }

  /**
   * The relay's sweep: the streams with an event not processed `graceMs` after it was recorded get their ready jobs
   * enqueued again (same job ids, so a job still waiting or kept as failed is not duplicated). Oldest first, at most
   * `limit` streams per sweep. Returns how many events got jobs.
   */
  async sweep(graceMs: number, limit = 500): Promise<number> {
    const rows: Array<{ stream: string }> = await this.dataSource.query(
      `SELECT stream FROM outbox_event
        WHERE processed_at IS NULL AND created_at <= now() - make_interval(secs => $1::double precision / 1000)
        GROUP BY stream ORDER BY min(seq) LIMIT $2`,
      [graceMs, limit],
    );
    return this.enqueueReady(rows.map((r) => r.stream));
  }

  /**
   * Throws (an ordinary error: the job is retried) unless it is the handler's turn: its `after` handlers have handled
   * the event, and every earlier event of the stream is processed. Only a duplicate delivery comes here early.
   */
  private async assertReady(em: EntityManager, event: OutboxEvent, options: OutboxHandlerOptions): Promise<void> {
    const done = ((await em.query(`SELECT handler FROM outbox_handled WHERE event_id = $1 AND failure IS NULL`, [event.id])) as Array<{ handler: string }>).map((r) => r.handler);
    const waiting = (options.after ?? []).filter((before) => !done.includes(before));
    if (waiting.length > 0) throw new Error(`waits for the handler(s) ${waiting.join(', ')} to handle the event first`);
    const [earlier]: Array<{ id: string; kind: string }> = await em.query(
      `SELECT id, kind FROM outbox_event WHERE stream = $1 AND seq < $2 AND processed_at IS NULL ORDER BY seq LIMIT 1`,
      [event.stream, event.seq],
    );
    if (earlier) throw new Error(`waits for the earlier event ${earlier.id} (${earlier.kind}) of its stream to be processed first`);
  }

  /** Marks the event processed once every handler of its kind has settled it; the error is kept if one gave up. */
  private async markProcessedIfSettled(em: EntityManager, event: Pick<OutboxEvent, 'id' | 'kind'>): Promise<void> {
    const handlers = this.handlersFor(event.kind);
    await em.query(
      `UPDATE outbox_event SET processed_at = now(),
              last_error = CASE WHEN EXISTS (SELECT 1 FROM outbox_handled WHERE event_id = $1 AND failure IS NOT NULL) THEN last_error END
        WHERE id = $1 AND processed_at IS NULL
          AND (SELECT count(*)::int FROM outbox_handled WHERE event_id = $1 AND handler = ANY($2)) = $3`,
      [event.id, handlers, handlers.length],
    );
  }

  /**
   * Records that a handler failed for good on the event (a rule refused its effect), and so did the handlers that
   * run `after` it, which would otherwise wait for it for ever: none of them will have an effect for this event, and
   * the stream's next event goes on, as it would had each event been handled as it happened. The reason stays on
   * the event and on the failed job. A failure here is logged: the event then holds its stream until retried.
   */
  private async giveUp(event: OutboxEvent, handler: string, reason: string): Promise<void> {
    try {
      await this.transactions.withTransaction(async () => {
        const em = this.transactions.tx;
        await em.query(`SELECT 1 FROM outbox_event WHERE id = $1 FOR UPDATE`, [event.id]);
        await em.query(`INSERT INTO outbox_handled (event_id, handler, failure) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [event.id, handler, reason]);
        await em.query(`INSERT INTO outbox_handled (event_id, handler, failure) SELECT $1, unnest($2::text[]), $3 ON CONFLICT DO NOTHING`, [
          event.id,
          this.dependents(event.kind, handler),
          `${handler} failed for good: ${reason}`,
        ]);
        await this.markProcessedIfSettled(em, event);
      });
    } catch (error) {
      this.logger.warn(`Outbox event ${event.id} (${handler}): giving up not recorded, its stream waits: ${loggableMessage(error)}`);
      return;
    }
    await this.enqueueReady([event.stream]);
  }

  /** The handlers of an event kind that run after `name`, directly or through others. */
  private dependents(kind: string, name: string): string[] {
    const found = new Set<string>();
    for (let grew = true; grew; ) {
      grew = false;
      for (const { options } of this.handlers().values()) {
        if (!options.kinds.includes(kind) || found.has(options.name)) continue;
        if ((options.after ?? []).some((before) => before === name || found.has(before))) {
          found.add(options.name);
          grew = true;
        }
      }
    }
    return [...found];
  }

  /** Each stream's first unprocessed event, with the handlers that have settled it. */
  private heads(streams: readonly string[]): Promise<StreamHead[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (e.stream) e.id, e.kind, e.stream,
              array(SELECT h.handler FROM outbox_handled h WHERE h.event_id = e.id) AS settled,
              array(SELECT h.handler FROM outbox_handled h WHERE h.event_id = e.id AND h.failure IS NULL) AS done
         FROM outbox_event e
        WHERE e.stream = ANY($1) AND e.processed_at IS NULL
        ORDER BY e.stream, e.seq`,
      [streams],
    );
  }

  /**
   * A handler's after-commit work. The effect is committed and recorded as handled, so a failure here is logged,
   * not thrown: the work it would have started has its own safety net (the daily schedules).
   */
  private async runAfterCommit(work: AfterCommit, eventId: string, handlerName: string): Promise<void> {
    for (const w of work) {
      await w().catch((error: unknown) => this.logger.warn(`Outbox event ${eventId} (${handlerName}): after-commit work failed: ${loggableMessage(error)}`));
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
