import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboxEvent } from './outbox-event.entity.js';

export const OUTBOX_HANDLER_KEY = 'brygga:outbox-handler';

export interface OutboxHandlerOptions {
  /** Stable and unique: it is part of the job id and of the handled-events key, so never rename a handler. */
  name: string;
  /** The event kinds it handles. */
  kinds: readonly string[];
  /**
   * Handlers of the same event that must have handled it first (e.g. the plan is brought in line before the
   * enrolment period closes, since the plan of an ended period is history). This handler's job is enqueued only
   * once they have run; run earlier anyway (a duplicate job), it fails and is retried.
   */
  after?: readonly string[];
}

/**
 * Marks a provider as a consumer of outbox events. Adding a consumer (enrolments, Kolada, statistics) is adding a
 * provider with this decorator: the outbox finds every handler at boot and runs each one once per event of its
 * kinds, in a transaction of its own, after every handler has handled the earlier events of the event's stream.
 */
export const OutboxHandler = (options: OutboxHandlerOptions) => SetMetadata(OUTBOX_HANDLER_KEY, options);

/** Work to run once a handler's transaction has committed (e.g. enqueueing a job); pass it to systemContext. */
export type AfterCommit = Array<() => Promise<void>>;

export interface OutboxEventHandler {
  /**
   * Applies the event's effect with `em`, the transaction that also records that this handler handled the event;
   * what must wait for the commit goes into `afterCommit`. Decide from the event's payload (the facts as they were
   * when it happened) and from what this handler has already applied, not from the current state of the record the
   * event is about: a stream's events come in the order recorded, but maybe long after later changes were made.
   * Throw to roll back and retry; throw PermanentJobError (or a DomainError, which retrying cannot change) to keep
   * the job as failed with its reason.
   */
  handle(em: EntityManager, event: OutboxEvent, afterCommit: AfterCommit): Promise<void>;
}
