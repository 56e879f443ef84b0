import { Global, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { AppConfig } from '../config/app-config.js';

/** The PostgreSQL channel on which every instance hears that what a cache is made from changed; the payload names the cache. */
const CHANNEL = 'brygga_cache_changed';
const RELISTEN_MS = 5_000;

/** A cache kept across requests (KeptValues): emptied on a notice, and kept only while notices reach this instance. */
export interface NoticedCache {
  invalidate(): void;
  setEnabled(enabled: boolean): void;
}

/** Whatever can run SQL in the work that made the change: an entity manager, a query runner, the data source. */
interface Queryable {
  query(sql: string, parameters: unknown[]): Promise<unknown>;
}

/**
 * Tells every instance that a cache's sources changed, through PostgreSQL's LISTEN/NOTIFY: a notice sent inside a
 * transaction is delivered when it commits, and never if it rolls back. Each instance LISTENs on one connection of its
 * own (not one of the pool's); while that connection is down, every cache keeps nothing, since a notice could be missed.
 * On the embedded PostgreSQL there is one instance only: notices are delivered in the process, and nothing listens.
 */
@Injectable()
export class CacheNotices implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CacheNotices.name);
  private readonly caches = new Map<string, NoticedCache>();
  private readonly embedded: boolean;
  private listener?: Client;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.embedded = !config.DATABASE_URL;
  }

  /** Empties `cache` on every notice named `name`; called as its owner is constructed, before the app listens. */
  register(name: string, cache: NoticedCache): void {
    this.caches.set(name, cache);
  }

  /**
   * Empties the cache `name` here at once, and on every instance when `work`'s transaction commits (at once outside
   * one). Emptying it here before the commit as well keeps a value read from the changing rows out of it meanwhile.
   */
  async publish(name: string, work: Queryable = this.dataSource): Promise<void> {
    this.caches.get(name)?.invalidate();
    if (!this.embedded) await work.query(`SELECT pg_notify($1, $2)`, [CHANNEL, name]);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.embedded) this.setEnabled(true);
    else await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.setEnabled(false);
    await this.listener?.end().catch(() => undefined);
  }

  private setEnabled(enabled: boolean): void {
    for (const cache of this.caches.values()) cache.setEnabled(enabled);
  }

  private async listen(): Promise<void> {
    const driver = this.dataSource.driver as PostgresDriver;
    const PgClient = (driver.postgres as { Client: new (options: unknown) => Client }).Client;
    const client = new PgClient((driver.master as { options: unknown }).options);
    this.listener = client;
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      this.setEnabled(false);
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(`Not listening for changes to cached data (${error?.message ?? 'connection ended'}); nothing is cached until it listens again`);
      setTimeout(() => void this.listen(), RELISTEN_MS).unref();
    };
    client.on('notification', ({ payload }) => this.caches.get(payload ?? '')?.invalidate());
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.listener === client && !this.stopped) this.setEnabled(true);
    } catch (error) {
      lost(error as Error);
    }
  }
}

/** Provides {@link CacheNotices} to every module. */
@Global()
@Module({ providers: [CacheNotices], exports: [CacheNotices] })
export class CacheNoticesModule {}
