import { Injectable } from '@nestjs/common';
import { KeptValues } from '../cache/kept-values.js';
import type { Actor } from './principal-scope.js';

/** How long one instance reuses an actor at most, should a change escape every invalidation (a change in raw SQL). */
export const ACTOR_TTL_MS = 5_000;
/** Actors kept at most; a municipality's staff is far fewer, so reaching it only empties the cache. */
const MAX_ACTORS = 10_000;

/**
 * The actors this instance built lately, so that a user's requests do not each read their user row, organisation and
 * agreements (three queries, and a connection switched to no principals and back). Safe because an actor is a function
 * of exactly those rows and of the day, and each is covered:
 *
 * - the day: an actor is kept for the day it was built on (agreements are in force by the day, principal-scope.ts),
 *   and a request on another day builds it anew;
 * - a change to a user, an organisation or an agreement (deactivation, roles, an agreement made, amended or ended)
 *   empties the cache when it is written and again when it commits, on every instance (ActorInvalidation);
 * - the rest is {@link KeptValues}'s: an actor read while a change was made is not kept, an instance that might miss a
 *   change keeps nothing, and anything else is seen after {@link ACTOR_TTL_MS} at most.
 */
@Injectable()
export class ActorCache extends KeptValues<Actor> {
  constructor() {
    super(ACTOR_TTL_MS, MAX_ACTORS);
  }

  /** The actor `key` names on `today`: the kept one, else `build`'s. */
  actorFor(key: string, today: string, build: () => Promise<Actor>): Promise<Actor> {
    return this.get(`${key}|${today}`, async () => freeze(await build()));
  }
}

function freeze(actor: Actor): Actor {
  Object.freeze(actor.roles);
  Object.freeze(actor.readablePrincipalIds);
  Object.freeze(actor.writablePrincipalIds);
  if (actor.writableFrom) Object.freeze(actor.writableFrom);
  return actor;
}
