import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ActorCache, ACTOR_TTL_MS } from './actor-cache.js';
import type { Actor } from './principal-scope.js';

const actor = (name: string): Actor => ({
  userId: 'u1',
  name,
  organisationId: 'o1',
  homePrincipalId: 'p1',
  roles: [],
  readablePrincipalIds: ['p1'],
  writablePrincipalIds: ['p1'],
});

describe('ActorCache', () => {
  let cache: ActorCache;
  beforeEach(() => {
    cache = new ActorCache();
    cache.setEnabled(true);
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('builds an actor once for its day and time to live, then anew', async () => {
    jest.useFakeTimers({ now: 0 });
    const build = jest.fn(async () => actor('Anna'));
    await cache.actorFor('user:u1', '2026-12-04', build);
    await cache.actorFor('user:u1', '2026-12-04', build);
    expect(build).toHaveBeenCalledTimes(1);
    await cache.actorFor('user:u1', '2026-12-05', build); // agreements are in force by the day
    expect(build).toHaveBeenCalledTimes(2);
    jest.setSystemTime(ACTOR_TTL_MS);
    await cache.actorFor('user:u1', '2026-12-05', build);
    expect(build).toHaveBeenCalledTimes(3);
  });

  it('shares only frozen actors, their lists included', async () => {
    const built = await cache.actorFor('user:u1', 'd', async () => actor('Anna'));
    expect(Object.isFrozen(built) && Object.isFrozen(built.roles) && Object.isFrozen(built.readablePrincipalIds)).toBe(true);
  });
});
