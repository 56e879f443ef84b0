/**
 * The columns every record people change together carries, declared once: the version for optimistic locking (a
 * change sends the version it read; a stale one is a CONFLICT with reason STALE_VERSION, docs/api.md) and when it was
 * created, and, for {@link AuditedEntity}, when it last changed.
 */
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@ObjectType({ isAbstract: true })
export abstract class VersionedEntity {
  @Field(() => Int, { description: 'Optimistic-lock version, raised on every change: send it back with a change; a stale one is a CONFLICT' })
  @VersionColumn()
  version: number;

  @Field({ description: 'When the record was created (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ isAbstract: true })
export abstract class AuditedEntity extends VersionedEntity {
  @Field({ description: 'When the record was last changed (ISO 8601 timestamp)' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
