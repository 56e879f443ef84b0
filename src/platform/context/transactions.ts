import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource, type EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';

/** Where the current transaction's entity manager is kept in the CLS context. */
const TRANSACTION = Symbol('brygga:transaction');

/**
 * The app's transactions, kept in the CLS context (nestjs-cls) of the request or job that opened them, so that
 * whatever runs inside one reads {@link tx} as its entity manager without being handed it. A transaction opened
 * inside another joins it (as `@nestjs-cls/transactional`'s `Propagation.Required`), so a service that needs one
 * opens it whether or not its caller already has.
 */
@Injectable()
export class Transactions {
  constructor(
    private readonly cls: ClsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The entity manager of the transaction in force, else the data source's (each query on a connection of its own). */
  get tx(): EntityManager {
    return (this.cls.isActive() ? this.cls.get<EntityManager | undefined>(TRANSACTION) : undefined) ?? this.dataSource.manager;
  }

  /** Runs `work` in a transaction (at `isolationLevel` when it opens one), committed when it resolves. */
  withTransaction<T>(work: () => Promise<T>): Promise<T>;
  withTransaction<T>(options: { isolationLevel: IsolationLevel }, work: () => Promise<T>): Promise<T>;
  withTransaction<T>(first: { isolationLevel: IsolationLevel } | (() => Promise<T>), second?: () => Promise<T>): Promise<T> {
    const [isolation, work] = typeof first === 'function' ? [undefined, first] : [first.isolationLevel, second!];
    if (this.cls.isActive() && this.cls.get(TRANSACTION)) return work();
    const run = (em: EntityManager) => {
      this.cls.set(TRANSACTION, em);
      return work();
    };
    return this.cls.run({ ifNested: 'inherit' }, () => (isolation ? this.dataSource.transaction(isolation, run) : this.dataSource.transaction(run)));
  }
}

/** Provides {@link Transactions} to every module. */
@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class TransactionsModule {}
