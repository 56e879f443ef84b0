import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { Gauge, Histogram, type Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { LivePoolsService } from '../../matching/live-pools.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { figureOrNothing, Metrics, seconds } from './metrics.js';

/**
 * Figures read when Prometheus scrapes, from where they are kept: the database's connection pool, the outbox's
 * backlog (one indexed query) and the ranking's candidate pools. Nothing is recorded between scrapes but the pools'
 * builds, which are observed at the first scrape after each.
 */
@Injectable()
export class StateMetrics implements OnModuleInit {
  private readonly registers: Registry[];

  constructor(
    metrics: Metrics,
    @InjectDataSource() dataSource: DataSource,
    outbox: OutboxService,
    private readonly refs: ModuleRef,
  ) {
    const registers = (this.registers = [metrics.registry]);
    const pool = () => (dataSource.driver as PostgresDriver).master as Pool;
    const poolGauge = (name: string, help: string, read: (pool: Pool) => number) =>
      new Gauge({ name, help, registers, collect() { this.set(read(pool())); } });
    poolGauge('brygga_db_pool_connections', 'Connections the pool holds to PostgreSQL, in use or idle', (p) => p.totalCount);
    poolGauge('brygga_db_pool_idle_connections', 'Connections the pool holds that no work has taken out', (p) => p.idleCount);
    poolGauge('brygga_db_pool_waiting_clients', 'Work waiting for a connection because every one the pool may open is in use', (p) => p.waitingCount);
    poolGauge('brygga_db_pool_max_connections', 'The most connections the pool opens', (p) => p.options.max ?? 10);

    // both outbox gauges of one scrape share one query
    let reading: Promise<{ events: number; oldestAgeSeconds: number } | undefined> | undefined;
    const backlog = () => (reading ??= figureOrNothing(() => outbox.backlog()).finally(() => (reading = undefined)));
    const outboxGauge = (name: string, help: string, read: (figures: { events: number; oldestAgeSeconds: number }) => number) =>
      new Gauge({
        name,
        help,
        registers,
        async collect() {
          const figures = await backlog();
          this.reset();
          if (figures) this.set(read(figures));
        },
      });
    outboxGauge('brygga_outbox_oldest_unprocessed_age_seconds', 'Age of the oldest outbox event not yet handled by all its handlers (0 when none): how far behind the outbox is', (f) => f.oldestAgeSeconds);
    outboxGauge('brygga_outbox_unprocessed_events', 'Outbox events not yet handled by all their handlers', (f) => f.events);
  }

  /** The ranking's pools, once every module's providers exist (the matching module keeps its service to itself). */
  onModuleInit(): void {
    const rankingPools = this.refs.get(LivePoolsService, { strict: false });
    const registers = this.registers;
    // the builds already observed (a pool's entry is replaced by its next build)
    const observed = new WeakSet<object>();
    new Histogram({
      name: 'brygga_ranking_pool_build_seconds',
      help: 'Time a full build of a ranking candidate pool took (on first use, and after 12 hours unused), counted at the scrape after it',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
      collect() {
        for (const build of rankingPools.lastBuilds.values()) {
          if (observed.has(build)) continue;
          observed.add(build);
          this.observe(seconds(build.ms));
        }
      },
    });
    const pools = () => [...rankingPools.lastBuilds.values()];
    new Gauge({ name: 'brygga_ranking_pools', help: 'Ranking candidate pools kept in this process (one per set of principals read)', registers, collect() { this.set(pools().length); } });
    new Gauge({
      name: 'brygga_ranking_pool_people',
      help: 'People in the ranking candidate pools of this process, summed over the pools',
      registers,
      collect() { this.set(pools().reduce((sum, b) => sum + b.live.size, 0)); },
    });
  }
}
