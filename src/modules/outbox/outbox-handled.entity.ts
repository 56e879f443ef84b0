import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

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
}
