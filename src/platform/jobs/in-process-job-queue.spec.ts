import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { loadConfig } from '../config/app-config.js';
import { InProcessJobQueue } from './in-process-job-queue.js';
import type { JobDispatcher } from './job-dispatcher.js';

const DAY = 24 * 3600 * 1000;

describe('InProcessJobQueue timing', () => {
  const runs: Array<[string, unknown]> = [];
  const dispatcher = {
    dispatch: async (name: string, payload: unknown) => {
      runs.push([name, payload]);
    },
    schedules: () => new Map([['statistics.checkWorkExits', '30 5 * * *']]),
  } as unknown as JobDispatcher;
  let queue: InProcessJobQueue;

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-11-27T12:00:00Z') });
    runs.length = 0;
    queue = new InProcessJobQueue(dispatcher, loadConfig({ NODE_ENV: 'test' }));
  });
  afterEach(async () => {
    await queue.onApplicationShutdown();
    jest.useRealTimers();
  });

  it('runs a job delayed past setTimeout’s longest delay on its day, not at once', async () => {
    await queue.enqueue('statistics.checkWorkExits', { enrolmentId: 'e1' }, { delayMs: 31 * DAY });
    await jest.advanceTimersByTimeAsync(30 * DAY);
    expect(runs).toEqual([]);
    await jest.advanceTimersByTimeAsync(DAY);
    expect(runs).toEqual([['statistics.checkWorkExits', { enrolmentId: 'e1' }]]);
  });

  it('runs a scheduled job once per firing, at the schedule’s time in TIME_ZONE', async () => {
    queue.onApplicationBootstrap();
    // 05:30 in Stockholm (UTC+1 in November) is 04:30Z: the next firing is tomorrow morning
    await jest.advanceTimersByTimeAsync(16 * 3600 * 1000 + 29 * 60 * 1000);
    expect(runs).toEqual([]);
    await jest.advanceTimersByTimeAsync(2 * 60 * 1000);
    expect(runs).toEqual([['statistics.checkWorkExits', {}]]);
    await jest.advanceTimersByTimeAsync(DAY);
    expect(runs).toHaveLength(2);
  });
});
