import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata.js';
import { CacheNotices } from '../cache/cache-notices.js';
import { Agreement } from '../../modules/organisations/agreement.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { User } from '../../modules/organisations/user.entity.js';
import { ActorCache } from './actor-cache.js';

/** The rows an actor is built from (AuthService.actorOf). */
const ACTOR_SOURCES: readonly unknown[] = [User, Organisation, Agreement];
/** The cache's name in {@link CacheNotices}. */
export const ACTORS = 'actors';
/** The flag on a query runner whose transaction changed one of them. */
const CHANGED = 'brygga:actorsChanged';

/**
 * Empties every instance's {@link ActorCache} when a user, an organisation or an agreement is written through TypeORM:
 * at once on this instance (when the row is written, and again when its transaction commits, so that an actor read in
 * between is not kept), and on every instance through {@link CacheNotices}: one notice a transaction, sent just
 * before it commits (TypeORM saves several rows at once, and a notice from each would share the connection with
 * them), and delivered when it has.
 */
@Injectable()
export class ActorInvalidation implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly cache: ActorCache,
    private readonly notices: CacheNotices,
  ) {
    dataSource.subscribers.push(this);
    notices.register(ACTORS, cache);
  }

  async afterInsert(event: { metadata: EntityMetadata; queryRunner: QueryRunner }): Promise<void> {
    await this.changed(event);
  }

  async afterUpdate(event: { metadata: EntityMetadata; queryRunner: QueryRunner }): Promise<void> {
    await this.changed(event);
  }

  async afterRemove(event: { metadata: EntityMetadata; queryRunner: QueryRunner }): Promise<void> {
    await this.changed(event);
  }

  async beforeTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    if (queryRunner.data?.[CHANGED]) await this.notices.publish(ACTORS, queryRunner);
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    if (!queryRunner.data?.[CHANGED]) return;
    this.cache.invalidate();
    if (!queryRunner.isTransactionActive) delete queryRunner.data[CHANGED];
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) delete queryRunner.data?.[CHANGED];
  }

  private async changed({ metadata, queryRunner }: { metadata: EntityMetadata; queryRunner: QueryRunner }): Promise<void> {
    if (!ACTOR_SOURCES.includes(metadata.target)) return;
    this.cache.invalidate();
    if (queryRunner.isTransactionActive) queryRunner.data = { ...queryRunner.data, [CHANGED]: true };
    else await this.notices.publish(ACTORS, queryRunner);
  }
}
