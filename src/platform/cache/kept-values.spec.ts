import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { KeptValues } from './kept-values.js';

interface Label {
  label: string;
}

describe('KeptValues', () => {
  let kept: KeptValues<Label>;
  const fetchOf = (label: string) => jest.fn(async (missing: string[]) => new Map(missing.map((key) => [key, { label: `${label} ${key}` }])));
  beforeEach(() => {
    kept = new KeptValues<Label>(1_000, 3);
    kept.setEnabled(true);
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('fetches only the keys it does not keep, and keeps them for their time to live', async () => {
    jest.useFakeTimers({ now: 0 });
    const fetch = fetchOf('v');
    await kept.getMany(['a'], fetch);
    const found = await kept.getMany(['a', 'b'], fetch);
    expect(fetch.mock.calls.map(([missing]) => missing)).toEqual([['a'], ['b']]);
    expect([...found.values()].map((v) => v.label)).toEqual(['v a', 'v b']);
    jest.setSystemTime(1_000);
    await kept.getMany(['a'], fetch);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('leaves out a key the fetch does not answer, and keeps nothing for it', async () => {
    const fetch = jest.fn(async () => new Map<string, Label>());
    expect((await kept.getMany(['gone'], fetch)).size).toBe(0);
    await kept.getMany(['gone'], fetch);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('forgets everything on a change, and does not keep a value read while the change was made', async () => {
    await kept.get('a', async () => ({ label: 'before' }));
    kept.invalidate();
    const read = kept.get('a', async () => {
      kept.invalidate(); // the change commits while the old row is being read
      return { label: 'before' };
    });
    expect((await read).label).toBe('before');
    expect((await kept.get('a', async () => ({ label: 'after' }))).label).toBe('after');
  });

  it('keeps nothing while disabled, empties itself when full, and shares only frozen values', async () => {
    kept.setEnabled(false);
    const fetch = fetchOf('v');
    await kept.getMany(['a'], fetch);
    const [value] = (await kept.getMany(['a'], fetch)).values();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(Object.isFrozen(value)).toBe(true);

    kept.setEnabled(true);
    await kept.getMany(['a', 'b', 'c'], fetch);
    await kept.getMany(['d'], fetch); // the fourth: the cache starts over
    await kept.getMany(['a'], fetch);
    expect(fetch.mock.calls.at(-1)?.[0]).toEqual(['a']);
  });
});
