/**
 * Turns Arbetsförmedlingen's JobTech Taxonomy JSON exports (taxonomy/jobtech/, described in its README.md) into flat
 * concept and relation rows that an importer can store as they are. Pure apart from reading the files: no framework,
 * no database, so the same snapshot can feed a migration, a seed or a test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The JobTech concept types Brygga keeps; the strings are JobTech's own `type` values except 'occupation-field'. */
export type ConceptType =
  | 'ssyk-level-1'
  | 'ssyk-level-2'
  | 'ssyk-level-3'
  | 'ssyk-level-4'
  | 'occupation-name'
  | 'occupation-field'
  | 'skill'
  | 'language'
  | 'language-level'
  | 'driving-licence'
  | 'municipality'
  | 'employment-type'
  | 'sni-level-1'
  | 'sni-level-2'
  | 'sni-level-3'
  | 'sni-level-4'
  | 'sni-level-5'
  | 'occupation-experience-year'
  | 'worktime-extent';

/**
 * One taxonomy concept. `id` is JobTech's stable concept id (store it, never the label, per the export's README).
 * `code` is the official classification code: SSYK 2012 for SSYK levels, SNI 2007 for SNI levels, the lower-case
 * ISO 639 code for languages (639-1, else 639-2, else 639-3), otherwise null. `parentId` is the broader concept in
 * the SSYK or SNI tree (an occupation name's parent is its SSYK-4 group), otherwise null.
 */
export interface TaxonomyConceptRow {
  id: string;
  type: ConceptType;
  label: string;
  code: string | null;
  parentId: string | null;
}

/**
 * - `ssyk4-skill`: SSYK-4 group → skill JobTech relates to it (ssyk-level-4-groups-with-related-skills.json).
 * - `field-ssyk4`: occupation field (yrkesområde) → SSYK-4 group in it (occupation-field-to-ssyk4.json). Kept as a
 *   relation because an SSYK-4 group's parent is already its SSYK-3 group.
 * - `substitutes-75` / `substitutes-25`: occupation name that can be substituted → occupation name that can substitute
 *   it, with JobTech's substitutability percentage (substitutability-relations-between-occupations.json).
 */
export type RelationKind = 'ssyk4-skill' | 'field-ssyk4' | 'substitutes-75' | 'substitutes-25';

/** A directed relation between two concepts of the snapshot. */
export interface TaxonomyRelationRow {
  fromId: string;
  toId: string;
  kind: RelationKind;
}

/**
 * Everything parsed from one export directory. Concepts are sorted by id; relations by kind, fromId, toId (plain
 * code-unit order, so the result does not depend on the locale). `dropped` counts relation rows discarded because an
 * endpoint is not a concept of the snapshot.
 */
export interface TaxonomySnapshot {
  concepts: TaxonomyConceptRow[];
  relations: TaxonomyRelationRow[];
  dropped: number;
}

/** A concept object as the exports spell it; the remaining keys differ per file. */
interface RawConcept {
  id: string;
  preferred_label: string;
  type: string;
  [key: string]: unknown;
}

const SSYK_TYPES = ['ssyk-level-1', 'ssyk-level-2', 'ssyk-level-3', 'ssyk-level-4', 'occupation-name'] as const;
const SNI_TYPES = ['sni-level-1', 'sni-level-2', 'sni-level-3', 'sni-level-4', 'sni-level-5'] as const;

/** The type a concept's `parentId` must have; types missing here have no parent. */
const BROADER_TYPE: Partial<Record<ConceptType, ConceptType>> = {
  'ssyk-level-2': 'ssyk-level-1',
  'ssyk-level-3': 'ssyk-level-2',
  'ssyk-level-4': 'ssyk-level-3',
  'occupation-name': 'ssyk-level-4',
  'sni-level-2': 'sni-level-1',
  'sni-level-3': 'sni-level-2',
  'sni-level-4': 'sni-level-3',
  'sni-level-5': 'sni-level-4',
};

/** The concept types each relation kind connects, so an id read from the wrong column cannot slip through. */
const RELATION_ENDPOINTS: Record<RelationKind, readonly [ConceptType, ConceptType]> = {
  'ssyk4-skill': ['ssyk-level-4', 'skill'],
  'field-ssyk4': ['occupation-field', 'ssyk-level-4'],
  'substitutes-75': ['occupation-name', 'occupation-name'],
  'substitutes-25': ['occupation-name', 'occupation-name'],
};

/** Files whose concepts are a plain list of one type without codes or parents. */
const FLAT_FILES: readonly (readonly [file: string, type: ConceptType])[] = [
  ['skills.json', 'skill'],
  ['language-levels.json', 'language-level'],
  ['driving-licences.json', 'driving-licence'],
  ['municipalities.json', 'municipality'],
  ['employment-types.json', 'employment-type'],
  ['concepts-describing-occupation-experience-in-years.json', 'occupation-experience-year'],
  ['concepts-describing-working-hours.json', 'worktime-extent'],
];

const SSYK_FILE = 'the-ssyk-hierarchy-with-occupations.json';
const SNI_FILE = 'sni-hierarchy.json';
const LANGUAGE_FILE = 'languages.json';
const SKILL_FILE = 'ssyk-level-4-groups-with-related-skills.json';
const FIELD_FILE = 'occupation-field-to-ssyk4.json';
const SUBSTITUTABILITY_FILE = 'substitutability-relations-between-occupations.json';

const ISO_639_KEYS = ['iso_639_1_2002', 'iso_639_2_1998', 'iso_639_3_2007'] as const;

/**
 * Reads the JobTech exports in `dir` (the repository's copy is taxonomy/jobtech/) and returns every concept with its
 * parent plus the skill, occupation-field and substitutability relations. SNI levels, level 1 included, come from
 * sni-hierarchy.json because sni-level-1.json carries no concept ids; skills are skills.json plus any skill an SSYK-4
 * group relates to that skills.json lacks.
 *
 * Throws when a file is missing or malformed, when a concept has an unexpected type or level, when one id carries two
 * different types, or when the two ends of a substitutability pair disagree on the percentage: each means the export
 * changed shape and the snapshot would be wrong. Relations to unknown ids are dropped and counted instead, since
 * they only lose an edge.
 */
export function parseJobTechDirectory(dir: string): TaxonomySnapshot {
  const readConcepts = (file: string): RawConcept[] => conceptsOf(readJson(dir, file), file);
  const fields = fieldMemberships(readJson(dir, FIELD_FILE));
  const skillGroups = readConcepts(SKILL_FILE).map((group) => ({
    id: group.id,
    skills: nested(group, 'related', SKILL_FILE),
  }));

  const concepts = uniqueConcepts([
    ...flattenTree(readConcepts(SSYK_FILE), SSYK_FILE, SSYK_TYPES, 'ssyk_code_2012'),
    ...flattenTree(readConcepts(SNI_FILE), SNI_FILE, SNI_TYPES, 'sni_level_code_2007'),
    ...FLAT_FILES.flatMap(([file, type]) => readConcepts(file).map((raw) => flatRow(raw, type, null))),
    ...readConcepts(LANGUAGE_FILE).map((raw) => flatRow(raw, 'language', languageCode(raw))),
    ...skillGroups.flatMap(({ skills }) => skills.map((raw) => flatRow(raw, 'skill', null))),
    ...fields.map(({ fieldId, fieldLabel }) => fieldRow(fieldId, fieldLabel)),
  ]);
  const byId = new Map(concepts.map((concept) => [concept.id, concept]));
  assertParentsKnown(concepts, byId);

  const candidates = uniqueRelations([
    ...skillGroups.flatMap(({ id, skills }) => skills.map((skill) => relation(id, skill.id, 'ssyk4-skill'))),
    ...fields.map(({ fieldId, ssyk4Id }) => relation(fieldId, ssyk4Id, 'field-ssyk4')),
    ...substitutabilityRelations(readConcepts(SUBSTITUTABILITY_FILE)),
  ]);
  const relations = candidates.filter((row) => endpointsKnown(row, byId));
  return { concepts, relations, dropped: candidates.length - relations.length };
}

function taxonomyError(message: string): Error {
  return new Error(`JobTech taxonomy: ${message}`);
}

function readJson(dir: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    throw taxonomyError(`cannot read ${file} in ${dir}: ${(error as Error).message}`);
  }
}

/** Unwraps the `{"data":{"concepts":[...]}}` envelope every export but occupation-field-to-ssyk4.json has. */
function conceptsOf(json: unknown, file: string): RawConcept[] {
  const concepts = (json as { data?: { concepts?: unknown } } | null)?.data?.concepts;
  if (!Array.isArray(concepts)) throw taxonomyError(`${file} lacks the {"data":{"concepts":[...]}} envelope`);
  return concepts.map((value) => rawConcept(value, file));
}

function rawConcept(value: unknown, file: string): RawConcept {
  const raw = value as Partial<RawConcept> | null;
  if (typeof raw?.id !== 'string' || typeof raw.preferred_label !== 'string' || typeof raw.type !== 'string') {
    throw taxonomyError(`${file} has a concept without string id, preferred_label or type: ${JSON.stringify(value)}`);
  }
  return raw as RawConcept;
}

/** The nested concept list under `key` (narrower, related, substitutes, substituted_by); absent means empty. */
function nested(raw: RawConcept, key: string, file: string): RawConcept[] {
  const value = raw[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw taxonomyError(`${file}: ${raw.id}.${key} is not a list`);
  return value.map((item) => rawConcept(item, file));
}

function optionalString(raw: RawConcept, key: string): string | null {
  const value = raw[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

function flatRow(raw: RawConcept, type: ConceptType, code: string | null): TaxonomyConceptRow {
  if (raw.type !== type) throw taxonomyError(`concept ${raw.id} has type "${raw.type}", expected "${type}"`);
  return { id: raw.id, type, label: raw.preferred_label, code, parentId: null };
}

/**
 * Flattens an SSYK or SNI tree (`narrower` children), checking that every level sits directly under the level above
 * it, so `parentId` is always the next broader concept.
 */
function flattenTree(
  roots: readonly RawConcept[],
  file: string,
  types: readonly ConceptType[],
  codeKey: string,
): TaxonomyConceptRow[] {
  const rows: TaxonomyConceptRow[] = [];
  const visit = (node: RawConcept, parent: TaxonomyConceptRow | null): void => {
    if (!isOneOf(node.type, types)) throw taxonomyError(`${file}: ${node.id} has type "${node.type}"`);
    const expected = BROADER_TYPE[node.type] ?? null;
    if ((parent?.type ?? null) !== expected) {
      const under = parent?.type ?? 'the root';
      throw taxonomyError(`${file}: ${node.type} ${node.id} is under ${under}, expected ${expected ?? 'the root'}`);
    }
    const row: TaxonomyConceptRow = {
      id: node.id,
      type: node.type,
      label: node.preferred_label,
      code: optionalString(node, codeKey),
      parentId: parent?.id ?? null,
    };
    rows.push(row);
    for (const child of nested(node, 'narrower', file)) visit(child, row);
  };
  for (const root of roots) visit(root, null);
  return rows;
}

/** ISO 639-1 if the language has one, else 639-2, else 639-3, lower-cased (languages.json spells them upper-case). */
function languageCode(raw: RawConcept): string | null {
  for (const key of ISO_639_KEYS) {
    const code = optionalString(raw, key);
    if (code !== null) return code.toLowerCase();
  }
  return null;
}

/** Occupation fields exist only as columns of occupation-field-to-ssyk4.json; they have no code or parent. */
function fieldRow(id: string, label: string): TaxonomyConceptRow {
  return { id, type: 'occupation-field', label, code: null, parentId: null };
}

interface FieldMembership {
  fieldId: string;
  fieldLabel: string;
  ssyk4Id: string;
}

/** Reads the flat list in occupation-field-to-ssyk4.json: one row per SSYK-4 group naming its occupation field. */
function fieldMemberships(json: unknown): FieldMembership[] {
  if (!Array.isArray(json)) throw taxonomyError(`${FIELD_FILE} is not a list`);
  return json.map((value: unknown) => {
    const row = value as { occupation_field_id?: unknown; occupation_field?: unknown; ssyk4_id?: unknown } | null;
    const { occupation_field_id: fieldId, occupation_field: fieldLabel, ssyk4_id: ssyk4Id } = row ?? {};
    if (typeof fieldId !== 'string' || typeof fieldLabel !== 'string' || typeof ssyk4Id !== 'string') {
      throw taxonomyError(`${FIELD_FILE} has a malformed row: ${JSON.stringify(value)}`);
    }
    return { fieldId, fieldLabel, ssyk4Id };
  });
}

/**
 * Substitutability edges, one per ordered pair. Each occupation name in the export lists `substituted_by` (the
 * occupations that can substitute it, which is how the export's README describes the file) and `substitutes` (the
 * occupations it can substitute), so every pair is listed from both ends: X.substituted_by ∋ Y and Y.substitutes ∋ X.
 *
 * Direction chosen: fromId = the occupation that can be substituted (X), toId = the occupation that can substitute it
 * (Y). That reads as the matching question Brygga asks — an employer needs an X; job seekers with Y are worth
 * proposing, at 75 % or 25 % — so following edges forward from an ad's occupation yields candidates. The relation is
 * not symmetric: a barnskötare can stand in for a skolvärd, not the other way round.
 */
function substitutabilityRelations(occupations: readonly RawConcept[]): TaxonomyRelationRow[] {
  const byPair = new Map<string, TaxonomyRelationRow>();
  const add = (fromId: string, toId: string, entry: RawConcept): void => {
    const kind = substitutabilityKind(entry);
    const key = `${fromId}\u0000${toId}`;
    const seen = byPair.get(key);
    if (seen && seen.kind !== kind) {
      throw taxonomyError(`${SUBSTITUTABILITY_FILE} gives ${fromId} → ${toId} both ${seen.kind} and ${kind}`);
    }
    byPair.set(key, relation(fromId, toId, kind));
  };
  for (const occupation of occupations) {
    const { id } = occupation;
    for (const other of nested(occupation, 'substituted_by', SUBSTITUTABILITY_FILE)) add(id, other.id, other);
    for (const other of nested(occupation, 'substitutes', SUBSTITUTABILITY_FILE)) add(other.id, id, other);
  }
  return [...byPair.values()];
}

function substitutabilityKind(entry: RawConcept): RelationKind {
  const percentage = entry['substitutability_percentage'];
  if (percentage === 75) return 'substitutes-75';
  if (percentage === 25) return 'substitutes-25';
  throw taxonomyError(`${SUBSTITUTABILITY_FILE}: ${entry.id} has substitutability_percentage ${String(percentage)}`);
}

function relation(fromId: string, toId: string, kind: RelationKind): TaxonomyRelationRow {
  return { fromId, toId, kind };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One row per id, first occurrence wins (so skills.json labels beat those repeated in the skill relations), sorted. */
function uniqueConcepts(rows: readonly TaxonomyConceptRow[]): TaxonomyConceptRow[] {
  const byId = new Map<string, TaxonomyConceptRow>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (seen && seen.type !== row.type) {
      throw taxonomyError(`id ${row.id} is both ${seen.type} "${seen.label}" and ${row.type} "${row.label}"`);
    }
    if (!seen) byId.set(row.id, row);
  }
  return [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
}

function uniqueRelations(rows: readonly TaxonomyRelationRow[]): TaxonomyRelationRow[] {
  const byKey = new Map(rows.map((row) => [`${row.kind}\u0000${row.fromId}\u0000${row.toId}`, row]));
  return [...byKey.values()].sort(
    (a, b) => compareStrings(a.kind, b.kind) || compareStrings(a.fromId, b.fromId) || compareStrings(a.toId, b.toId),
  );
}

function assertParentsKnown(
  concepts: readonly TaxonomyConceptRow[],
  byId: ReadonlyMap<string, TaxonomyConceptRow>,
): void {
  for (const { id, type, parentId } of concepts) {
    if (parentId === null) continue;
    const parentType = byId.get(parentId)?.type;
    if (parentType !== BROADER_TYPE[type]) {
      throw taxonomyError(`${type} ${id} has parent ${parentId} of type ${parentType ?? 'unknown'}`);
    }
  }
}

/** False when an endpoint is unknown (the row is dropped); throws when an endpoint has the wrong concept type. */
function endpointsKnown(row: TaxonomyRelationRow, byId: ReadonlyMap<string, TaxonomyConceptRow>): boolean {
  const from = byId.get(row.fromId);
  const to = byId.get(row.toId);
  if (!from || !to) return false;
  const [fromType, toType] = RELATION_ENDPOINTS[row.kind];
  if (from.type !== fromType || to.type !== toType) {
    const joined = `${row.kind} ${row.fromId} → ${row.toId} joins ${from.type} to ${to.type}`;
    throw taxonomyError(`${joined}, expected ${fromType} to ${toType}`);
  }
  return true;
}
