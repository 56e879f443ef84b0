import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * Row-level security, the second lock (docs/data-ownership.md "Row-level security"): every table that holds people's
 * data has policies keyed by the principals of the session's settings `brygga.read_principals` and
 * `brygga.write_principals` (migration RowLevelSecurity), and the application's queries run as the role
 * {@link APP_ROLE}, which owns no table and cannot bypass a policy. This file decides which principals a connection
 * carries: the ones of the work it was taken out for.
 *
 * `'*'` is the system's own maintenance (the demo seeding, the statistics' folding, gallring across principals);
 * an empty list sees none of the people.
 */
export interface RowScope {
  readonly read: readonly string[] | '*';
  readonly write: readonly string[] | '*';
}

/** The role the application's connections act as; it owns nothing and has NOBYPASSRLS (migration RowLevelSecurity). */
export const APP_ROLE = 'brygga_app';

/** No people at all: a request before it is authenticated, and any work that never said for whom it acts. */
export const NO_PEOPLE: RowScope = { read: [], write: [] };

/** Every principal: the system's own maintenance, never a request. */
export const SYSTEM_SCOPE: RowScope = { read: '*', write: '*' };

/** The scope of a user or of the system acting for one: the principals they read and write. */
export function scopeOf(actor: { readonly readablePrincipalIds: readonly string[]; readonly writablePrincipalIds: readonly string[] }): RowScope {
  return { read: [...actor.readablePrincipalIds], write: [...actor.writablePrincipalIds] };
}

interface Work {
  scope: RowScope;
}

const work = new AsyncLocalStorage<Work>();

/** Runs `fn` with every connection it takes out carrying `scope`. */
export function withScope<T>(scope: RowScope, fn: () => Promise<T>): Promise<T> {
  return work.run({ scope }, fn);
}

/**
 * Starts an HTTP request's work with no people in scope; {@link narrowRequestScope} sets the caller's once they
 * are known. Installed as the first middleware after the body is parsed, so that everything the request does runs
 * inside it.
 */
export function runRequest(next: () => void): void {
  work.run({ scope: NO_PEOPLE }, next);
}

/** The authenticated caller's principals, for the rest of the request (the auth guard calls it). */
export function narrowRequestScope(scope: RowScope): void {
  const current = work.getStore();
  if (current) current.scope = scope;
}

/** The scope the current work runs in: none outside a request, a job or {@link withScope}. */
export function currentScope(): RowScope {
  return work.getStore()?.scope ?? NO_PEOPLE;
}

function setting(principals: readonly string[] | '*'): string {
  return principals === '*' ? '*' : principals.join(',');
}

const SET_SCOPE = `SELECT set_config('role', $1, $4), set_config('brygga.read_principals', $2, $4), set_config('brygga.write_principals', $3, $4)`;

/**
 * Binds the rest of `em`'s transaction to `scope` (the settings end with the transaction). For background work that
 * takes its transaction first and learns for whom it acts from what it reads (an outbox event's principal).
 */
export async function bindTransaction(em: EntityManager, scope: RowScope): Promise<void> {
  await em.query(SET_SCOPE, [APP_ROLE, setting(scope.read), setting(scope.write), true]);
}

interface PgClient {
  query(text: string, values: unknown[]): Promise<unknown>;
  /** The settings last put on this session, so that a connection taken out for the same scope costs nothing. */
  bryggaScope?: string;
}

/**
 * From now on, every connection `dataSource` takes out acts as {@link APP_ROLE} with the principals of the work that
 * takes it out (read when it is taken out, not when the pool hands it over: a queued request is handed a connection in
 * the context of whoever released it). The migrations, run before, act as the connecting owner.
 */
export function enforceRowSecurity(dataSource: DataSource): void {
  const driver = dataSource.driver as PostgresDriver;
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = async () => {
    const scope = currentScope();
    const [client, release] = (await obtain()) as [PgClient, (error?: unknown) => void];
    const read = setting(scope.read);
    const write = setting(scope.write);
    const key = `${read}|${write}`;
    if (client.bryggaScope !== key) {
      try {
        await client.query(SET_SCOPE, [APP_ROLE, read, write, false]);
        client.bryggaScope = key;
      } catch (error) {
        client.bryggaScope = undefined;
        release(error);
        throw error;
      }
    }
    return [client, release];
  };
}
