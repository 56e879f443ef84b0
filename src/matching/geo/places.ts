/**
 * Where Sweden's 290 municipalities and their localities (tätorter and other places) are, from the repository's open
 * reference data in geo/ (built by scripts/build-geo.mjs; sources, licences and accuracy in geo/README.md). A
 * municipality's point is its seat (centralort), a locality's point its centre: neither is an address.
 *
 * The files are read once, synchronously, on first use. geo/ is found the way AppConfig.TAXONOMY_DIR
 * ('taxonomy/jobtech') is: relative to the working directory, which is the repository root for `npm start`, the
 * compiled app in dist/ and jest.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A WGS84 position in decimal degrees. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** A municipality, placed at its seat. */
export interface MunicipalityPlace extends GeoPoint {
  /** JobTech taxonomy concept id, the repository's municipality identity (e.g. Trelleborg `STvk_dra_M1X`). */
  readonly conceptId: string;
  /** SCB's four-digit municipality code (e.g. Trelleborg `1287`). */
  readonly scbCode: string;
  /** Swedish short name (e.g. "Trelleborg", "Gotland"). */
  readonly name: string;
  /** Name of the locality whose point is used (e.g. "Visby" for Gotland). */
  readonly seatLocality: string;
}

/** A locality of a municipality. */
export interface Locality extends GeoPoint {
  readonly name: string;
  /** JobTech concept id of the municipality it belongs to. */
  readonly municipalityId: string;
}

/** The parsed contents of geo/municipalities.csv and geo/localities.csv. */
export interface Places {
  readonly municipalities: ReadonlyMap<string, MunicipalityPlace>;
  /** Localities per municipality concept id, in file order (sorted by name); the seat is among them. */
  readonly localities: ReadonlyMap<string, readonly Locality[]>;
}

/** The folder with municipalities.csv and localities.csv. */
export const GEO_DIR = resolve('geo');

const MUNICIPALITY_COLUMNS = ['concept_id', 'scb_code', 'name', 'lat', 'lon', 'seat_locality'] as const;
const LOCALITY_COLUMNS = ['name', 'municipality_concept_id', 'lat', 'lon'] as const;

/** Mean Earth radius in km (IUGG), the usual choice for the haversine formula. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle ("as the crow flies") distance in km between two points, by the haversine formula on a sphere; within
 * 0.5 % of the ellipsoidal distance, far below the uncertainty of the points themselves.
 */
export function greatCircleKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Splits one CSV line into fields, honouring double quotes ("" inside quotes is a quote). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** Rows of a CSV text as records, after checking that the header is exactly `columns`. */
function csvRecords<C extends string>(text: string, columns: readonly C[], file: string): Array<Record<C, string>> {
  const [header = '', ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (header !== columns.join(',')) throw new Error(`${file}: expected the header "${columns.join(',')}", found "${header}"`);
  return lines
    .filter((line) => line !== '')
    .map((line, i) => {
      const fields = csvFields(line);
      if (fields.length !== columns.length) throw new Error(`${file}: line ${i + 2} has ${fields.length} fields, expected ${columns.length}`);
      return Object.fromEntries(columns.map((c, j) => [c, fields[j]])) as Record<C, string>;
    });
}

function coordinate(value: string, max: number, what: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || Math.abs(n) > max) throw new Error(`${what}: "${value}" is not a coordinate`);
  return n;
}

/** Parses the two files' contents; throws on a malformed row, a duplicate municipality or an unknown municipality id. */
export function parsePlaces(municipalitiesCsv: string, localitiesCsv: string): Places {
  const municipalities = new Map<string, MunicipalityPlace>();
  for (const r of csvRecords(municipalitiesCsv, MUNICIPALITY_COLUMNS, 'municipalities.csv')) {
    if (municipalities.has(r.concept_id)) throw new Error(`municipalities.csv: ${r.concept_id} appears twice`);
    municipalities.set(r.concept_id, {
      conceptId: r.concept_id,
      scbCode: r.scb_code,
      name: r.name,
      seatLocality: r.seat_locality,
      lat: coordinate(r.lat, 90, `municipalities.csv ${r.name} lat`),
      lon: coordinate(r.lon, 180, `municipalities.csv ${r.name} lon`),
    });
  }
  const localities = new Map<string, Locality[]>();
  for (const r of csvRecords(localitiesCsv, LOCALITY_COLUMNS, 'localities.csv')) {
    const id = r.municipality_concept_id;
    if (!municipalities.has(id)) throw new Error(`localities.csv: ${r.name} belongs to the unknown municipality ${id}`);
    const list = localities.get(id) ?? [];
    list.push({
      name: r.name,
      municipalityId: id,
      lat: coordinate(r.lat, 90, `localities.csv ${r.name} lat`),
      lon: coordinate(r.lon, 180, `localities.csv ${r.name} lon`),
    });
    localities.set(id, list);
  }
  return { municipalities, localities };
}

/** Reads and parses `dir`/municipalities.csv and `dir`/localities.csv. */
export function loadPlaces(dir: string = GEO_DIR): Places {
  return parsePlaces(readFileSync(join(dir, 'municipalities.csv'), 'utf8'), readFileSync(join(dir, 'localities.csv'), 'utf8'));
}

let loaded: Places | undefined;

/** The repository's places, read from GEO_DIR on the first call and kept. */
export function places(): Places {
  loaded ??= loadPlaces();
  return loaded;
}

/** The municipality (placed at its seat) with this JobTech concept id, or null when the id is not one of the 290. */
export function municipalityPoint(conceptId: string): MunicipalityPlace | null {
  return places().municipalities.get(conceptId) ?? null;
}

/** The localities of the municipality with this JobTech concept id (its seat included); empty when unknown. */
export function localitiesOf(conceptId: string): readonly Locality[] {
  return places().localities.get(conceptId) ?? [];
}

/** JobTech concept ids of all municipalities in geo/municipalities.csv (the 290), in file order (by SCB code). */
export function municipalityIds(): string[] {
  return [...places().municipalities.keys()];
}

/** A place name compared as people type it: trimmed, case and accents of the same letters folded (NFC). */
function sameName(a: string, b: string): boolean {
  return a.trim().normalize('NFC').localeCompare(b.trim().normalize('NFC'), 'sv', { sensitivity: 'accent' }) === 0;
}

/**
 * The locality (tätort) named `name` in the municipality, or null. Only a town's centre, never a street or a district:
 * as coarse as a commute estimate needs, so that a home's position says nothing finer about the person.
 */
export function localityPoint(municipalityId: string, name: string | null): Locality | null {
  if (!name?.trim()) return null;
  return localitiesOf(municipalityId).find((l) => sameName(l.name, name)) ?? null;
}

let postal: ReadonlyMap<string, GeoPoint & { scbCode: string }> | undefined;

/**
 * The post town's position of a Swedish postal code ("231 42" or "23142"), from GeoNames' postal data for Sweden
 * (geo/sources/geonames-postal/SE.txt, CC BY 4.0), when the code belongs to the municipality; else null. GeoNames
 * places every code of a post town at the town, so this is a locality's precision, not an address's.
 */
export function postalCodePoint(municipalityId: string, code: string | null): GeoPoint | null {
  if (!code) return null;
  if (!postal) {
    const codes = new Map<string, GeoPoint & { scbCode: string }>();
    for (const line of readFileSync(join(GEO_DIR, 'sources', 'geonames-postal', 'SE.txt'), 'utf8').split('\n')) {
      const f = line.split('\t');
      if (f.length < 11) continue;
      codes.set(f[1].replace(/\s/g, ''), { scbCode: f[6], lat: coordinate(f[9], 90, `SE.txt ${f[1]} lat`), lon: coordinate(f[10], 180, `SE.txt ${f[1]} lon`) });
    }
    postal = codes;
  }
  const found = postal.get(code.replace(/\s/g, ''));
  return found && found.scbCode === municipalityPoint(municipalityId)?.scbCode ? { lat: found.lat, lon: found.lon } : null;
}
