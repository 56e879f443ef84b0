import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { greatCircleKm, localitiesOf, municipalityIds, municipalityPoint, parsePlaces } from './places.js';

const TRELLEBORG = 'STvk_dra_M1X';
const MALMO = 'oYPt_yRA_Smm';
const GOTLAND = 'Ft9P_E8F_VLJ';

/** The 290 municipality concept ids of the JobTech taxonomy copy. */
const JOBTECH_MUNICIPALITIES = (
  JSON.parse(readFileSync(new URL('../../../taxonomy/jobtech/municipalities.json', import.meta.url), 'utf8')) as {
    data: { concepts: Array<{ id: string; type: string }> };
  }
).data.concepts.filter((c) => c.type === 'municipality');

describe('greatCircleKm', () => {
  const malmo = { lat: 55.6053, lon: 13.0002 };
  const stockholm = { lat: 59.3251, lon: 18.0711 };

  it('is zero from a point to itself and the same both ways', () => {
    expect(greatCircleKm(malmo, malmo)).toBe(0);
    expect(greatCircleKm(malmo, stockholm)).toBe(greatCircleKm(stockholm, malmo));
  });

  it('gives known distances', () => {
    expect(greatCircleKm(malmo, stockholm)).toBeCloseTo(513, -1);
    // one degree of latitude is ~111.2 km
    expect(greatCircleKm({ lat: 60, lon: 15 }, { lat: 61, lon: 15 })).toBeCloseTo(111.2, 0);
  });
});

describe('geo data', () => {
  it('has a point for every one of the 290 JobTech municipalities, inside Sweden', () => {
    expect(JOBTECH_MUNICIPALITIES).toHaveLength(290);
    expect(new Set(municipalityIds())).toEqual(new Set(JOBTECH_MUNICIPALITIES.map((c) => c.id)));
    for (const { id } of JOBTECH_MUNICIPALITIES) {
      const point = municipalityPoint(id);
      expect(point).not.toBeNull();
      expect(point!.lat).toBeGreaterThanOrEqual(55);
      expect(point!.lat).toBeLessThanOrEqual(69.1);
      expect(point!.lon).toBeGreaterThanOrEqual(10.9);
      expect(point!.lon).toBeLessThanOrEqual(24.2);
    }
  });

  it('places municipalities at their seats', () => {
    expect(municipalityPoint(TRELLEBORG)).toMatchObject({ name: 'Trelleborg', scbCode: '1287', seatLocality: 'Trelleborg' });
    expect(municipalityPoint(GOTLAND)).toMatchObject({ name: 'Gotland', scbCode: '0980', seatLocality: 'Visby' });
    expect(greatCircleKm(municipalityPoint(MALMO)!, { lat: 55.605, lon: 13.0 })).toBeLessThan(2);
  });

  it('lists localities per municipality, the seat included, all near it', () => {
    const names = localitiesOf(TRELLEBORG).map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['Trelleborg', 'Anderslöv', 'Smygehamn']));
    const seat = municipalityPoint(TRELLEBORG)!;
    for (const l of localitiesOf(TRELLEBORG)) {
      expect(l.municipalityId).toBe(TRELLEBORG);
      expect(greatCircleKm(seat, l)).toBeLessThan(35);
    }
  });

  it('answers null and no localities for an unknown municipality', () => {
    expect(municipalityPoint('not-a-municipality')).toBeNull();
    expect(localitiesOf('not-a-municipality')).toEqual([]);
  });
});

describe('parsePlaces', () => {
  const municipalities = 'concept_id,scb_code,name,lat,lon,seat_locality\nA,0001,Ett,55.5,13.5,Ett\n';

  it('parses both files, quoted fields included', () => {
    const places = parsePlaces(municipalities, 'name,municipality_concept_id,lat,lon\nEtt,A,55.5,13.5\n"Två, norra",A,55.6,13.4\n');
    expect(places.municipalities.get('A')).toEqual({ conceptId: 'A', scbCode: '0001', name: 'Ett', seatLocality: 'Ett', lat: 55.5, lon: 13.5 });
    expect(places.localities.get('A')!.map((l) => l.name)).toEqual(['Ett', 'Två, norra']);
  });

  it('rejects a wrong header, a bad coordinate and an unknown municipality', () => {
    expect(() => parsePlaces('id,name\n', 'name,municipality_concept_id,lat,lon\n')).toThrow(/header/);
    expect(() => parsePlaces(municipalities.replace('55.5', 'north'), 'name,municipality_concept_id,lat,lon\n')).toThrow(/coordinate/);
    expect(() => parsePlaces(municipalities, 'name,municipality_concept_id,lat,lon\nX,B,55,13\n')).toThrow(/unknown municipality B/);
  });
});
