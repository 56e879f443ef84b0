import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboxEvent } from './outbox-event.entity.js';

export const OUTBOX_HANDLER_KEY = 'brygga:outbox-handler';

export interface OutboxHandlerOptions {
  /** Stable and unique: it is part of the job id and of the handled-events key, so never rename a handler. */
  name: string;
  /** The event kinds it handles. */
  kinds: readonly string[];
}

/**
 * Marks a provider as a consumer of outbox events. Adding a consumer (enrolments, Kolada, statistics) is adding a
 * provider with this decorator: the outbox finds every handler at boot and runs each one once per event of its
 * kinds, in a transaction of its own.
 */
export const OutboxHandler = (options: OutboxHandlerOptions) => SetMetadata(OUTBOX_HANDLER_KEY, options);

export interface OutboxEventHandler {
  /**
   * Applies the event's effect with `em`, the transaction that also records that this handler handled the event.
   * Throw to roll back and retry; throw PermanentJobError (or a DomainError, which retrying cannot change) to keep
   * the job as failed with its reason.
   */
  handle(em: EntityManager, event: OutboxEvent): Promise<void>;
}
