import { Injectable } from '@nestjs/common';
import type { Actor } from './principal-scope.js';

/** How long one instance reuses an actor at most, should a change escape every invalidation (a change in raw SQL). */
export const ACTOR_TTL_MS = 5_000;
/** Actors kept at most; a municipality's staff is far fewer, so reaching it only empties the cache. */
const MAX_ACTORS = 10_000;

interface Kept {
  actor: Actor;
  today: string;
  until: number;
}

/**
 * The actors this instance built lately, so that a user's requests do not each read their user row, organisation and
 * agreements (three queries, and a connection switched to no principals and back). Safe because an actor is a function
 * of exactly those rows and of the day, and each is covered:
 *
 * - the day: an actor is kept for the day it was built on (agreements are in force by the day, principal-scope.ts),
 *   and a request on another day builds it anew;
 * - a change to a user, an organisation or an agreement (deactivation, roles, an agreement made, amended or ended)
 *   empties the cache when it is written and again when it commits, on every instance (ActorInvalidation, through
 *   PostgreSQL's NOTIFY); an instance that is not listening keeps nothing;
 * - anything else (a row changed by hand in SQL) is seen after {@link ACTOR_TTL_MS} at most.
 *
 * An actor built while a change was being made is not kept (the generation moved on), so a read of the row from
 * before the change cannot outlive it. Kept actors are frozen: every request shares them.
 */
@Injectable()
export class ActorCache {
  private readonly kept = new Map<string, Kept>();
  private generation = 0;
  private enabled = false;

  /** The actor `key` names on `today`: the kept one, else `build`'s, kept when nothing changed while it was built. */
  async actorFor(key: string, today: string, build: () => Promise<Actor>): Promise<Actor> {
    const now = Date.now();
    const kept = this.kept.get(key);
    if (kept && kept.today === today && kept.until > now) return kept.actor;
    const generation = this.generation;
    const actor = freeze(await build());
    if (this.enabled && generation === this.generation) {
      if (this.kept.size >= MAX_ACTORS) this.kept.clear();
      this.kept.set(key, { actor, today, until: now + ACTOR_TTL_MS });
    }
    return actor;
  }

  /** A user, organisation or agreement changed somewhere: nothing kept so far is used again. */
  invalidate(): void {
    this.generation++;
    this.kept.clear();
  }

  /** Keeps actors only while every change reaches this instance (see ActorInvalidation). */
  setEnabled(enabled: boolean): void {
    this.invalidate();
    this.enabled = enabled;
  }
}

function freeze(actor: Actor): Actor {
  Object.freeze(actor.roles);
  Object.freeze(actor.readablePrincipalIds);
  Object.freeze(actor.writablePrincipalIds);
  if (actor.writableFrom) Object.freeze(actor.writableFrom);
  return Object.freeze(actor);
}
