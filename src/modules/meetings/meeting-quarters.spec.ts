import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../platform/config/app-config.js';
import { parseMeetingTargets, quarterDates, quarterOf, quarterProgress } from './meeting-quarters.js';

describe('quarters', () => {
  it.each([
    ['2026-01-01', 2026, 1],
    ['2026-03-31', 2026, 1],
    ['2026-04-01', 2026, 2],
    ['2026-09-30', 2026, 3],
    ['2026-12-31', 2026, 4],
  ])('%s is %i Q%i', (date, year, quarter) => {
    expect(quarterOf(date)).toEqual({ year, quarter });
  });

  it.each([
    [2026, 1, '2026-01-01', '2026-03-31'],
    [2024, 1, '2024-01-01', '2024-03-31'],
    [2026, 2, '2026-04-01', '2026-06-30'],
    [2026, 3, '2026-07-01', '2026-09-30'],
    [2026, 4, '2026-10-01', '2026-12-31'],
  ])('%i Q%i runs %s to %s', (year, quarter, from, to) => {
    expect(quarterDates(year, quarter)).toEqual({ from, to });
  });

  it('refuses a fifth quarter', () => {
    expect(() => quarterDates(2026, 5)).toThrow(RangeError);
  });
});

describe('targets', () => {
  it.each([
    ['n6r4_fjK_kRr=2', true],
    ['n6r4_fjK_kRr=2, STvk_dra_M1X=4', true],
    ['', true],
    ['Svedala', false],
    ['n6r4_fjK_kRr=two', false],
    ['n6r4_fjK_kRr=2,', false],
  ])('MEETING_TARGETS_PER_QUARTER=%j is valid: %s', (value, valid) => {
    const load = () => loadConfig({ NODE_ENV: 'test', MEETING_TARGETS_PER_QUARTER: value });
    if (valid) expect(load().MEETING_TARGETS_PER_QUARTER).toBe(value);
    else expect(load).toThrow(ConfigError);
  });

  it('defaults to two a quarter for Svedala', () => {
    expect(parseMeetingTargets(loadConfig({ NODE_ENV: 'test' }).MEETING_TARGETS_PER_QUARTER)).toEqual(new Map([['n6r4_fjK_kRr', 2]]));
  });

  it('parses into a map; unlisted municipalities have none', () => {
    expect(parseMeetingTargets('n6r4_fjK_kRr=2, STvk_dra_M1X=4')).toEqual(new Map([['n6r4_fjK_kRr', 2], ['STvk_dra_M1X', 4]]));
    expect(parseMeetingTargets('')).toEqual(new Map());
  });

  it.each([
    [2, 0, 0, { missing: 2, met: false, onTrack: false }],
    [2, 1, 0, { missing: 1, met: false, onTrack: false }],
    [2, 0, 2, { missing: 0, met: false, onTrack: true }],
    [2, 2, 0, { missing: 0, met: true, onTrack: true }],
    [2, 3, 1, { missing: 0, met: true, onTrack: true }],
    [0, 0, 0, { missing: 0, met: true, onTrack: true }],
  ])('target %i, held %i, planned %i', (target, held, planned, expected) => {
    expect(quarterProgress(target, held, planned)).toEqual(expected);
  });
});
