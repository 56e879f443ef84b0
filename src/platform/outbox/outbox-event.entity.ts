import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Something that happened, recorded in the same transaction as the change itself, so that the work it causes
 * elsewhere (a plan, an enrolment, the statistics) is never lost: committed together or not at all. The payload
 * holds ids and the facts as they were when it happened, which is what handlers decide from: by the time a handler
 * runs the row it is about may have changed again, and that later change has an event of its own.
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

  /**
   * What the event is about, as far as order goes: a person's enrolment period for their placements' and meeting
   * attendance's events, an employer's participation for a held meeting. The events of one stream are handled one
   * at a time, in the order recorded (see OutboxService).
   */
  @Column('text')
  stream: string;

  /** The order recorded: a stream's events get increasing `seq` in the order their transactions commit. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

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

  /**
   * Every handler of its kind has handled it (or given up on it for good: see OutboxHandled.failure); the stream's
   * next event may be handled, and the relay leaves this one alone.
   */
  @Column('timestamptz', { nullable: true })
  processedAt: Date | null;

  /** The latest handler failure, for whoever looks at a stuck event (the job keeps it too). */
  @Column('text', { nullable: true })
  lastError: string | null;
}
