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

  it('forgets everything on a change, and does not keep an actor read while the change was made', async () => {
    await cache.actorFor('user:u1', 'd', async () => actor('before'));
    cache.invalidate();
    const read = cache.actorFor('user:u1', 'd', async () => {
      cache.invalidate(); // the change commits while the old row is being read
      return actor('before');
    });
    expect((await read).name).toBe('before');
    expect((await cache.actorFor('user:u1', 'd', async () => actor('after'))).name).toBe('after');
  });

  it('keeps nothing while disabled, and shares only frozen actors', async () => {
    cache.setEnabled(false);
    const build = jest.fn(async () => actor('Anna'));
    await cache.actorFor('user:u1', 'd', build);
    const built = await cache.actorFor('user:u1', 'd', build);
    expect(build).toHaveBeenCalledTimes(2);
    expect(Object.isFrozen(built) && Object.isFrozen(built.readablePrincipalIds)).toBe(true);
  });
});
