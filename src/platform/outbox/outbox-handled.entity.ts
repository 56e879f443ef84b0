import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * That a handler has handled an event. Inserted in the same transaction as the handler's effect, so the effect
 * and this row commit together: a second run finds the row and does nothing (exactly once in effect).
 */
@Entity()
export class OutboxHandled {
  @PrimaryColumn('uuid')
  eventId: string;

  @PrimaryColumn('text')
  handler: string;

  @CreateDateColumn({ type: 'timestamptz' })
  handledAt: Date;

  /**
   * Null when the handler's effect was applied. Otherwise the handler failed for good on the event (a rule refused
   * it; the job is kept as failed with the same reason) and gave up, as did the handlers `after` it: the event will
   * never have their effect, and the stream's later events go on without it.
   */
  @Column('text', { nullable: true })
  failure: string | null;
}
