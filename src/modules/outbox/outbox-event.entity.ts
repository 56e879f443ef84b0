import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Something that happened, recorded in the same transaction as the change itself, so that the work it causes
 * elsewhere (a plan, an enrolment, the statistics) is never lost: committed together or not at all. The payload
 * holds ids and small values only; handlers read the current state when they run.
 */
@Entity()
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** What happened, e.g. `placement.hired`; handlers subscribe to kinds. */
  @Column('text')
  kind: string;

  /** The principal whose data the event is about: handlers act within it and nowhere else. */
  @Column('uuid')
  principalId: string;

  /** The placement the event is about, if it is about one. */
  @Column('uuid', { nullable: true })
  placementId: string | null;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Last time its jobs were put on the queue (after commit, or by the relay); null if never. */
  @Column('timestamptz', { nullable: true })
  enqueuedAt: Date | null;

  @Column('int', { default: 0 })
  enqueueCount: number;

  /** Every handler of its kind has handled it; the relay leaves it alone from then on. */
  @Column('timestamptz', { nullable: true })
  processedAt: Date | null;

  /** The latest handler failure, for whoever looks at a stuck event (the job keeps it too). */
  @Column('text', { nullable: true })
  lastError: string | null;
}
