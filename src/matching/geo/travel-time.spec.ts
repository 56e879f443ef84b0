import { describe, expect, it } from '@jest/globals';
import { municipalityIds } from './places.js';
import { estimateTravel, INTERNAL_DISTANCE, internalKm, MODE_PROFILES, tripFromStraightKm, type TravelMode } from './travel-time.js';

const TRELLEBORG = 'STvk_dra_M1X';
const SVEDALA = 'n6r4_fjK_kRr';
const MALMO = 'oYPt_yRA_Smm';
const KIRUNA = 'biN6_UiL_Qob';
const SOLNA = 'zHxw_uJZ_NJ8';
const MODES: TravelMode[] = ['PUBLIC_TRANSPORT', 'CAR', 'BICYCLE'];

describe('tripFromStraightKm', () => {
  it('applies detour, speed and overhead, rounding minutes to whole numbers', () => {
    // 10 km straight, public transport: 13 km route at 55 km/h = 14.18 min, + 10
    expect(tripFromStraightKm(10, 'PUBLIC_TRANSPORT')).toEqual({ km: 13, minutes: 24 });
    expect(tripFromStraightKm(10, 'CAR')).toEqual({ km: 13, minutes: 17 });
    expect(tripFromStraightKm(10, 'BICYCLE')).toEqual({ km: 12, minutes: 50 });
    for (const mode of MODES) expect(tripFromStraightKm(0, mode)).toEqual({ km: 0, minutes: MODE_PROFILES[mode].overheadMinutes });
  });
});

describe('estimateTravel', () => {
  it.each([
    ['Trelleborg -> Malmö by public transport', TRELLEBORG, MALMO, 'PUBLIC_TRANSPORT', 35, 60],
    ['Trelleborg -> Malmö by car', TRELLEBORG, MALMO, 'CAR', 25, 45],
    ['Trelleborg -> Malmö by bicycle', TRELLEBORG, MALMO, 'BICYCLE', 100, 160],
    ['Trelleborg -> Svedala by public transport', TRELLEBORG, SVEDALA, 'PUBLIC_TRANSPORT', 25, 50],
    ['Trelleborg -> Svedala by car', TRELLEBORG, SVEDALA, 'CAR', 15, 35],
    ['Svedala -> Malmö by public transport', SVEDALA, MALMO, 'PUBLIC_TRANSPORT', 20, 45],
  ] as const)('%s is plausible', (_name, from, to, mode, min, max) => {
    const trip = estimateTravel(from, to, mode)!;
    expect(trip.minutes).toBeGreaterThanOrEqual(min);
    expect(trip.minutes).toBeLessThanOrEqual(max);
    expect(Number.isInteger(trip.minutes)).toBe(true);
  });

  it('puts Kiruna a very long way from Trelleborg in every mode', () => {
    for (const mode of MODES) {
      const trip = estimateTravel(TRELLEBORG, KIRUNA, mode)!;
      expect(trip.km).toBeGreaterThan(1500);
      expect(trip.minutes).toBeGreaterThan(16 * 60);
    }
  });

  it('is symmetric', () => {
    const ids = municipalityIds();
    for (let i = 0; i < ids.length; i += 7) {
      const [a, b] = [ids[i], ids[(i * 31 + 5) % ids.length]];
      for (const mode of MODES) expect(estimateTravel(a, b, mode)).toEqual(estimateTravel(b, a, mode));
    }
  });

  it('keeps trips within one municipality short', () => {
    for (const id of [TRELLEBORG, SVEDALA, MALMO, KIRUNA, SOLNA]) {
      expect(estimateTravel(id, id, 'PUBLIC_TRANSPORT')!.minutes).toBeLessThanOrEqual(40);
      expect(estimateTravel(id, id, 'CAR')!.minutes).toBeLessThanOrEqual(30);
      expect(estimateTravel(id, id, 'PUBLIC_TRANSPORT')!.minutes).toBeLessThan(estimateTravel(TRELLEBORG, MALMO, 'PUBLIC_TRANSPORT')!.minutes);
    }
    expect(estimateTravel(TRELLEBORG, TRELLEBORG, 'PUBLIC_TRANSPORT')!.minutes).toBeLessThanOrEqual(25);
  });

  it('gives every municipality an internal distance within the clamp', () => {
    for (const id of municipalityIds()) {
      const km = internalKm(id)!;
      expect(km).toBeGreaterThanOrEqual(INTERNAL_DISTANCE.MIN_KM);
      expect(km).toBeLessThanOrEqual(INTERNAL_DISTANCE.MAX_KM);
    }
    expect(internalKm(SOLNA)).toBe(INTERNAL_DISTANCE.FALLBACK_KM); // no other locality in the data
    expect(internalKm(KIRUNA)).toBe(INTERNAL_DISTANCE.MAX_KM);
  });

  it('answers null when a municipality is unknown', () => {
    expect(estimateTravel(TRELLEBORG, 'not-a-municipality', 'CAR')).toBeNull();
    expect(estimateTravel('not-a-municipality', TRELLEBORG, 'BICYCLE')).toBeNull();
    expect(estimateTravel('not-a-municipality', 'not-a-municipality', 'PUBLIC_TRANSPORT')).toBeNull();
    expect(internalKm('not-a-municipality')).toBeNull();
  });
});
