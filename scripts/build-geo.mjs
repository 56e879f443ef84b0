#!/usr/bin/env node
/**
 * Builds geo/municipalities.csv and geo/localities.csv from the untouched source files in geo/sources/ and the JobTech
 * municipality list (taxonomy/jobtech/municipalities.json). Run from anywhere: `node scripts/build-geo.mjs`.
 * Fails loudly (exit 1) when a JobTech municipality, a source municipality name or a seat cannot be matched.
 *
 * Sources (see geo/README.md for URLs, commits and licences):
 * - swedish-geodata/municipality_county.csv (CC0 1.0): the 290 municipalities with SCB code, short name and county.
 * - svenska-stader/svenska-stader.csv (Apache-2.0): localities with municipality, county and WGS84 lat/long.
 * - geonames-postal/SE.txt (GeoNames postal codes, CC BY 4.0): post towns with SCB municipality code and lat/long.
 *
 * Rules, in order:
 * 1. JobTech municipality -> SCB code by name: JobTech's preferred_label is looked up among swedish-geodata's short
 *    and full names under the forms of nameForms (NFC, case, whitespace, "X kommun", genitive "Xs kommun", "Region X",
 *    Falu/Falun). Every one of the 290 must match exactly one SCB municipality, and no two the same one.
 * 2. svenska-stader's municipality column -> SCB code by the same short name; five misspelt names are mapped in
 *    STADER_MUNICIPALITY_ALIASES. An unknown name fails the build.
 * 3. Locality position: svenska-stader's point, unless GeoNames has a post town of the same name in the same
 *    municipality (accuracy 4, i.e. placed from the GeoNames gazetteer) more than GEONAMES_PREFERRED_KM away; then the
 *    GeoNames point is used. Reviewing the seats showed svenska-stader points 3-400 km off for about 80 of them (it was
 *    geocoded by name and often picked a namesake elsewhere: Nora 400 km, Storuman 71 km, Krokom 55 km, Falkenberg
 *    18 km), while the GeoNames points matched the towns' known positions.
 * 4. A locality keeping svenska-stader's point is dropped when svenska-stader's county differs from the municipality's
 *    county (the row was geocoded to a namesake in another county), or when it lies more than OUTLIER_MIN_KM from its
 *    own seat and more than OUTLIER_RATIO times as far from its own seat as from the nearest other seat.
 * 5. Seat (centralort): the locality carrying the municipality's name, unless SEAT_NAMES says otherwise. Its point is,
 *    in order: SEAT_POINTS (hand-reviewed), the kept locality of that name, the GeoNames post town of that name in the
 *    municipality (or, failing that, with no municipality code but a single position). No point fails the build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(ROOT, 'geo', 'sources');

/** GeoNames wins when it and svenska-stader disagree by more than this (km); closer than this, svenska-stader is kept. */
const GEONAMES_PREFERRED_KM = 3;
/** Outlier rule (4): a locality this far (km) from its own seat ... */
const OUTLIER_MIN_KM = 30;
/** ... and this many times farther from its own seat than from the nearest other seat is dropped. */
const OUTLIER_RATIO = 2.5;

/** svenska-stader's municipality spellings that are not swedish-geodata's short names. */
const STADER_MUNICIPALITY_ALIASES = { Falu: 'Falun', Grum: 'Grums', 'Skinnskattebergs k.': 'Skinnskatteberg', Torså: 'Torsås', Tranå: 'Tranås' };

/** Seats (centralorter) that do not carry the municipality's name, by SCB code. */
const SEAT_NAMES = {
  '0117': 'Åkersberga', // Österåker
  '0120': 'Gustavsberg', // Värmdö
  '0123': 'Jakobsberg', // Järfälla
  '0127': 'Tumba', // Botkyrka
  '0128': 'Rönninge', // Salem: Salem centrum is in neither source; Rönninge, the municipality's GeoNames post town, a few km away
  '0136': 'Handen', // Haninge
  '0139': 'Kungsängen', // Upplands-Bro
  '0162': 'Djursholm', // Danderyd
  '0191': 'Märsta', // Sigtuna
  '0305': 'Bålsta', // Håbo
  '0319': 'Skutskär', // Älvkarleby
  '0512': 'Österbymo', // Ydre
  '0513': 'Kisa', // Kinda
  '0760': 'Åseda', // Uppvidinge
  '0980': 'Visby', // Gotland (Region Gotland)
  1231: 'Arlöv', // Burlöv
  1256: 'Broby', // Östra Göinge
  1315: 'Hyltebruk', // Hylte
  1401: 'Mölnlycke', // Härryda
  1419: 'Skärhamn', // Tjörn
  1421: 'Henån', // Orust
  1427: 'Kungshamn', // Sotenäs
  1435: 'Tanumshede', // Tanum
  1438: 'Ed', // Dals-Ed
  1440: 'Nödinge-Nol', // Ale
  1445: 'Nossebro', // Essunga
  1447: 'Hova', // Gullspång
  1463: 'Kinna', // Mark
  1730: 'Charlottenberg', // Eda
  1761: 'Skoghall', // Hammarö
  1814: 'Fjugesta', // Lekeberg
  1864: 'Kopparberg', // Ljusnarsberg
  2023: 'Malung', // Malung-Sälen
  2026: 'Djurås', // Gagnef
  2121: 'Edsbyn', // Ovanåker
  2132: 'Bergsjö', // Nordanstig
  2303: 'Hammarstrand', // Ragunda
  2321: 'Järpen', // Åre
  2326: 'Svenstavik', // Berg
  2361: 'Sveg', // Härjedalen
};

/**
 * Seat points fixed by hand after reviewing the sources against each other, by SCB code: [lat, lon, why].
 * Only where neither source has a usable point for the seat.
 */
const SEAT_POINTS = {
  '0123': [
    59.4234,
    17.8349,
    'Jakobsberg is in neither file: the GeoNames gazetteer position; the post town "Järfälla" (accuracy 1) is 11 km off, in Stockholm',
  ],
  '0331': [59.9381, 16.8622, 'Heby: svenska-stader is 16 km north-east; GeoNames has the post town only at accuracy 1, which matches the town'],
  2026: [60.5605, 15.1303, 'Djurås: GeoNames places the post town 21 km west; svenska-stader agrees with the GeoNames gazetteer'],
  2422: [65.5348, 17.537, 'Sorsele: of the two GeoNames positions the majority is 30 km off; this is the other one, as svenska-stader'],
  2463: [64.1667, 17.3333, 'Åsele: of the two GeoNames positions the majority is 25 km south; this is the other one'],
};

/**
 * Localities handled by hand after the review, by "SCB code name": 'svenska-stader' keeps svenska-stader's point where
 * GeoNames' namesake is the wrong place; 'drop' removes a locality whose point lies well outside its municipality
 * (8-30 km) or that no source places right, where no rule above catches it.
 */
const LOCALITY_EXCEPTIONS = {
  '1287 Beddingestrand': 'svenska-stader', // GeoNames' point is 18 km inland; the village is on the coast
  '2026 Sifferbo': 'svenska-stader', // GeoNames' Sifferbo is 60 km west, outside Gagnef
  '2482 Byske': 'svenska-stader', // GeoNames' point is 40 km north-west of the village
  '2026 Gagnef': 'drop', // both sources' points are 15-20 km from the village
  '0162 Tranholmen': 'drop', // svenska-stader's point is in Ekerö
  '0187 Skarpö': 'drop', // svenska-stader's point is in Värmdö
  '0360 Upplanda': 'drop', // svenska-stader's point is in Heby
  '0821 Fagerhult': 'drop', // neither source's point lies in Högsby
  '1421 Höggeröd': 'drop', // svenska-stader's point is on Tjörn
  '1480 Helgered': 'drop', // svenska-stader's point is in Härryda
  '1480 Nordöstra Göteborg': 'drop', // not a locality; svenska-stader's point is in the sea off Kungälv
};

function fail(message) {
  console.error(`build-geo: ${message}`);
  process.exit(1);
}

/** Parses CSV (comma separated, optional double quotes) into rows of strings; the first row is the header. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  endRow();
  return rows;
}

/** Rows as objects keyed by the header. */
function readCsv(path) {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function csvField(value) {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function writeCsv(path, header, rows) {
  writeFileSync(path, [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n', 'utf8');
}

/** Codepoint order: the same on every machine, unlike a locale's collation. */
const byCodepoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Lower-cased, NFC, single-spaced. */
const norm = (name) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The forms a municipality's name is matched under: "Göteborg", "Göteborgs kommun" and "Göteborgs" all find
 * Göteborg; "Region Gotland" and "Gotlands kommun" find Gotland; "Falu kommun" (the official form, which
 * swedish-geodata writes "Faluns kommun") finds Falun.
 */
function nameForms(name) {
  const n = norm(name).replace(/^region /, '');
  const base = n.replace(/ kommun$/, '');
  const forms = new Set([n, base, base.replace(/s$/, '')]);
  if (base === 'falu') forms.add('falun');
  return forms;
}

/** Looks `name` up in `index` (name form -> municipality) under all its forms; the one municipality found, or null. */
function lookup(index, name) {
  const found = new Set([...nameForms(name)].map((f) => index.get(f)).filter(Boolean));
  return found.size === 1 ? [...found][0] : null;
}

/** Great-circle distance in km (haversine, mean Earth radius 6371 km). */
function km(a, b) {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const round4 = (x) => Number(x.toFixed(4));

// 1. JobTech municipalities <-> SCB municipalities.
const scb = readCsv(join(SOURCES, 'swedish-geodata', 'municipality_county.csv'));
if (scb.length !== 290) fail(`expected 290 municipalities in swedish-geodata, found ${scb.length}`);
const scbByKey = new Map();
for (const m of scb) {
  for (const form of [...nameForms(m.municipality_name_short), ...nameForms(m.municipality_name)]) {
    if (scbByKey.has(form) && scbByKey.get(form) !== m) fail(`the name form "${form}" fits two municipalities`);
    scbByKey.set(form, m);
  }
}
const jobtech = JSON.parse(readFileSync(join(ROOT, 'taxonomy', 'jobtech', 'municipalities.json'), 'utf8')).data.concepts.filter(
  (c) => c.type === 'municipality',
);
if (jobtech.length !== 290) fail(`expected 290 JobTech municipalities, found ${jobtech.length}`);
const conceptByCode = new Map();
for (const concept of jobtech) {
  const m = lookup(scbByKey, concept.preferred_label);
  if (!m) fail(`JobTech municipality "${concept.preferred_label}" (${concept.id}) matches no SCB municipality`);
  if (conceptByCode.has(m.municipality_code)) fail(`two JobTech municipalities match SCB ${m.municipality_code} ${m.municipality_name}`);
  conceptByCode.set(m.municipality_code, concept.id);
}
const municipalities = new Map(scb.map((m) => [m.municipality_code, m]));

// 2. svenska-stader rows -> SCB code.
const stader = readCsv(join(SOURCES, 'svenska-stader', 'svenska-stader.csv')).map((r) => {
  const name = STADER_MUNICIPALITY_ALIASES[r.Municipality] ?? r.Municipality;
  const m = lookup(scbByKey, name);
  if (!m) fail(`svenska-stader municipality "${r.Municipality}" (locality ${r.Locality}) matches no SCB municipality`);
  return { name: r.Locality.trim(), code: m.municipality_code, county: r.County, lat: Number(r.Latitude), lon: Number(r.Longitude) };
});

// GeoNames post towns: name|code -> the most frequent position among accuracy-4 rows (ties: the smaller "lat,lon").
const geonames = new Map();
for (const line of readFileSync(join(SOURCES, 'geonames-postal', 'SE.txt'), 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 12 || f[11] !== '4') continue;
  const key = `${f[2].toLowerCase()}|${f[6]}`;
  const counts = geonames.get(key) ?? new Map();
  counts.set(`${f[9]},${f[10]}`, (counts.get(`${f[9]},${f[10]}`) ?? 0) + 1);
  geonames.set(key, counts);
}
function geonamesPoint(name, code) {
  const counts = geonames.get(`${name.toLowerCase()}|${code}`);
  if (!counts) return null;
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || byCodepoint(a[0], b[0]))[0];
  const [lat, lon] = best.split(',').map(Number);
  return { lat, lon };
}

// 3.-4. (county check) Locality positions.
const dropped = [];
const kept = [];
let corrected = 0;
for (const row of stader) {
  const exception = LOCALITY_EXCEPTIONS[`${row.code} ${row.name}`];
  if (exception === 'drop') {
    dropped.push(`${row.name} (${municipalities.get(row.code).municipality_name_short}): LOCALITY_EXCEPTIONS`);
    continue;
  }
  const g = exception === 'svenska-stader' ? null : geonamesPoint(row.name, row.code);
  if (g && km(row, g) > GEONAMES_PREFERRED_KM) {
    kept.push({ ...row, ...g, source: 'GeoNames' });
    corrected++;
  } else if (row.county !== municipalities.get(row.code).county_name_short) {
    dropped.push(`${row.name} (${municipalities.get(row.code).municipality_name_short}): svenska-stader county ${row.county}`);
  } else kept.push({ ...row, source: 'svenska-stader' });
}

// 5. Seats.
const seats = new Map();
for (const [code, m] of municipalities) {
  const seatName = SEAT_NAMES[code] ?? m.municipality_name_short;
  const fixed = SEAT_POINTS[code];
  const local = kept.find((l) => l.code === code && l.name === seatName);
  let point = fixed
    ? { lat: fixed[0], lon: fixed[1], source: 'SEAT_POINTS' }
    : local
      ? { lat: local.lat, lon: local.lon, source: local.source }
      : { ...geonamesPoint(seatName, code), source: 'GeoNames' };
  if (point.lat === undefined) point = null;
  if (!point) {
    const uncoded = geonames.get(`${seatName.toLowerCase()}|`);
    if (uncoded?.size === 1) point = { ...geonamesPoint(seatName, ''), source: 'GeoNames' };
  }
  if (!point) fail(`no point for the seat ${seatName} of ${m.municipality_name} (${code})`);
  seats.set(code, { name: seatName, ...point });
}
// A locality of the seat's name takes the seat's (possibly hand-fixed) point.
for (const l of kept) {
  const seat = seats.get(l.code);
  if (l.name === seat.name) Object.assign(l, { lat: seat.lat, lon: seat.lon });
}

// 4. (outliers) Drop localities far from their own seat but near another.
const localities = [];
for (const l of kept) {
  const own = km(l, seats.get(l.code));
  let nearest = Infinity;
  for (const [code, seat] of seats) if (code !== l.code) nearest = Math.min(nearest, km(l, seat));
  if (own > OUTLIER_MIN_KM && own > OUTLIER_RATIO * nearest) {
    dropped.push(
      `${l.name} (${municipalities.get(l.code).municipality_name_short}): ${own.toFixed(0)} km from its seat, ${nearest.toFixed(0)} km from another`,
    );
  } else localities.push(l);
}
// Seats missing from svenska-stader still belong in the locality list.
for (const [code, seat] of seats) if (!localities.some((l) => l.code === code && l.name === seat.name)) localities.push({ code, ...seat });

const out = new Map();
for (const l of localities) {
  const row = [l.name, conceptByCode.get(l.code), round4(l.lat), round4(l.lon)];
  const key = `${row[0]}|${row[1]}`;
  if (!out.has(key)) out.set(key, row);
}
const localityRows = [...out.values()].sort((a, b) => byCodepoint(a[0], b[0]) || byCodepoint(a[1], b[1]));
const municipalityRows = [...seats]
  .sort(([a], [b]) => byCodepoint(a, b))
  .map(([code, s]) => [conceptByCode.get(code), code, municipalities.get(code).municipality_name_short, round4(s.lat), round4(s.lon), s.name]);

writeCsv(join(ROOT, 'geo', 'municipalities.csv'), ['concept_id', 'scb_code', 'name', 'lat', 'lon', 'seat_locality'], municipalityRows);
writeCsv(join(ROOT, 'geo', 'localities.csv'), ['name', 'municipality_concept_id', 'lat', 'lon'], localityRows);
console.log(`build-geo: ${municipalityRows.length} municipalities, ${localityRows.length} localities`);
const seatSources = new Map();
for (const { source } of seats.values()) seatSources.set(source, (seatSources.get(source) ?? 0) + 1);
console.log(
  `build-geo: seat points from ${[...seatSources]
    .map(([source, n]) => `${source} ${n}`)
    .sort(byCodepoint)
    .join(', ')}`,
);
console.log(`build-geo: ${corrected} svenska-stader points replaced by GeoNames, ${dropped.length} localities dropped:`);
for (const d of dropped.sort(byCodepoint)) console.log(`  - ${d}`);
