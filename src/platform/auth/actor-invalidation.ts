import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client } from 'pg';
import type { DataSource, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata.js';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { AppConfig } from '../config/app-config.js';
import { Agreement } from '../../modules/organisations/agreement.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { User } from '../../modules/organisations/user.entity.js';
import { ActorCache } from './actor-cache.js';

/** The rows an actor is built from (AuthService.actorOf). */
const ACTOR_SOURCES: readonly unknown[] = [User, Organisation, Agreement];
/** The PostgreSQL channel on which every instance hears that one of them changed. */
const CHANNEL = 'brygga_actors_changed';
/** The flag on a query runner whose transaction changed one of them. */
const CHANGED = 'brygga:actorsChanged';
const RELISTEN_MS = 5_000;

/**
 * Empties every instance's {@link ActorCache} when a user, an organisation or an agreement changes: at once on this
 * instance (when the row is written, and again when its transaction commits, so that an actor read in between is not
 * kept), and on every instance through NOTIFY, which PostgreSQL delivers when that transaction commits. Each instance
 * LISTENs on a connection of its own; while that connection is down, its cache keeps nothing. On the embedded
 * PostgreSQL there is one instance only, and no listening.
 */
@Injectable()
export class ActorInvalidation implements EntitySubscriberInterface, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ActorInvalidation.name);
  private readonly embedded: boolean;
  private listener?: Client;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: ActorCache,
    config: AppConfig,
  ) {
    this.embedded = !config.DATABASE_URL;
    dataSource.subscribers.push(this);
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

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    if (!queryRunner.data?.[CHANGED]) return;
    this.cache.invalidate();
    if (!queryRunner.isTransactionActive) delete queryRunner.data[CHANGED];
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) delete queryRunner.data?.[CHANGED];
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.embedded) this.cache.setEnabled(true);
    else await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.cache.setEnabled(false);
    await this.listener?.end().catch(() => undefined);
  }

  private async changed({ metadata, queryRunner }: { metadata: EntityMetadata; queryRunner: QueryRunner }): Promise<void> {
    if (!ACTOR_SOURCES.includes(metadata.target)) return;
    this.cache.invalidate();
    if (queryRunner.isTransactionActive) queryRunner.data = { ...queryRunner.data, [CHANGED]: true };
    if (!this.embedded) await queryRunner.query(`SELECT pg_notify($1, '')`, [CHANNEL]);
  }

  /** Listens on a connection of its own (not one of the pool's); the cache keeps actors only while it listens. */
  private async listen(): Promise<void> {
    const driver = this.dataSource.driver as PostgresDriver;
    const PgClient = (driver.postgres as { Client: new (options: unknown) => Client }).Client;
    const client = new PgClient((driver.master as { options: unknown }).options);
    this.listener = client;
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      this.cache.setEnabled(false);
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(`Not listening for changes to users and agreements (${error?.message ?? 'connection ended'}); actors are not kept until it listens again`);
      setTimeout(() => void this.listen(), RELISTEN_MS).unref();
    };
    client.on('notification', () => this.cache.invalidate());
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.listener === client && !this.stopped) this.cache.setEnabled(true);
    } catch (error) {
      lost(error as Error);
    }
  }
}
