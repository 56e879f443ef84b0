import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseJobTechDirectory,
  type ConceptType,
  type RelationKind,
  type TaxonomyConceptRow,
  type TaxonomySnapshot,
} from './jobtech-parse.js';

const JOBTECH_DIR = fileURLToPath(new URL('../../../taxonomy/jobtech/', import.meta.url));
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('parseJobTechDirectory on the repository copy of the JobTech exports', () => {
  let snapshot: TaxonomySnapshot;
  let byId: Map<string, TaxonomyConceptRow>;

  beforeAll(() => {
    snapshot = parseJobTechDirectory(JOBTECH_DIR);
    byId = new Map(snapshot.concepts.map((row) => [row.id, row]));
  });

  it.each<[ConceptType, number]>([
    ['ssyk-level-1', 10],
    ['ssyk-level-2', 46],
    ['ssyk-level-3', 147],
    ['ssyk-level-4', 400],
    ['occupation-name', 2412],
    ['occupation-field', 21],
    ['skill', 6657],
    ['language', 470],
    ['language-level', 4],
    ['driving-licence', 15],
    ['municipality', 290],
    ['employment-type', 5],
    ['sni-level-1', 21],
    ['sni-level-2', 88],
    ['sni-level-3', 272],
    ['sni-level-4', 615],
    ['sni-level-5', 821],
    ['occupation-experience-year', 5],
    ['worktime-extent', 2],
  ])('has %s × %i', (type, count) => {
    expect(snapshot.concepts.filter((row) => row.type === type)).toHaveLength(count);
  });

  it.each<[RelationKind, number]>([
    ['ssyk4-skill', 17_517],
    ['field-ssyk4', 400],
    ['substitutes-75', 5_101],
    ['substitutes-25', 3_223],
  ])('has %s × %i relations', (kind, count) => {
    expect(snapshot.relations.filter((row) => row.kind === kind)).toHaveLength(count);
  });

  it('drops no relation', () => {
    expect(snapshot.dropped).toBe(0);
  });

  it.each([
    ['STvk_dra_M1X', 'municipality', 'Trelleborg', null],
    ['n6r4_fjK_kRr', 'municipality', 'Svedala', null],
    ['Z6TY_xDf_Yup', 'ssyk-level-4', 'Städare', '9111'],
    ['3C6S_Zjh_y5g', 'sni-level-1', 'Uthyrning, fastighetsservice, resetjänster och andra stödtjänster', 'N'],
    ['AZdN_9M5_VfQ', 'sni-level-5', 'Förpackningsverksamhet', '82920'],
    ['14pF_wSZ_fnK', 'language', 'Litauiska', 'lt'],
    ['1V1A_8LC_9FL', 'language', 'Grebo', 'grb'],
    ['2Uy8_7LB_4bL', 'language', 'Bilen', 'byn'],
    ['3Zq4_DS4_daE', 'language', 'Romani - Arli', null],
    ['whao_Q6A_ScE', 'occupation-field', 'Sanering och renhållning', null],
  ])('has %s as %s "%s" with code %p', (id, type, label, code) => {
    expect(byId.get(id)).toMatchObject({ type, label, code });
  });

  it.each<[ConceptType, ConceptType | null]>([
    ['ssyk-level-1', null],
    ['ssyk-level-2', 'ssyk-level-1'],
    ['ssyk-level-3', 'ssyk-level-2'],
    ['ssyk-level-4', 'ssyk-level-3'],
    ['occupation-name', 'ssyk-level-4'],
    ['sni-level-1', null],
    ['sni-level-2', 'sni-level-1'],
    ['sni-level-5', 'sni-level-4'],
    ['occupation-field', null],
    ['skill', null],
    ['municipality', null],
  ])('gives every %s a parent of type %p', (type, parentType) => {
    const parentTypes = new Set(
      snapshot.concepts.filter((row) => row.type === type).map((row) => row.parentId && byId.get(row.parentId)?.type),
    );
    expect([...parentTypes]).toEqual([parentType]);
  });

  it('puts an occupation name under its SSYK-4 group', () => {
    const occupations = snapshot.concepts.filter((row) => row.type === 'occupation-name');
    expect(occupations.find((row) => row.label === 'Sjukhusstädare')?.parentId).toBe('Z6TY_xDf_Yup');
  });

  // Skolvärd lists Elevassistent (75 %) and Barnskötare (25 %) under substituted_by; Barnskötare does not list
  // Skolvärd there, so a barnskötare can stand in for a skolvärd but not the other way round.
  it.each<[string, RelationKind | null, string, string]>([
    ['Skolvärd → Elevassistent', 'substitutes-75', '17FS_XzU_AQ4', 'Sbzf_iBA_MAS'],
    ['Elevassistent → Skolvärd', 'substitutes-75', 'Sbzf_iBA_MAS', '17FS_XzU_AQ4'],
    ['Skolvärd → Barnskötare', 'substitutes-25', '17FS_XzU_AQ4', 'rM7G_ge7_XhP'],
    ['Barnskötare → Skolvärd', null, 'rM7G_ge7_XhP', '17FS_XzU_AQ4'],
    ['Städare → Sjukhusstädning', 'ssyk4-skill', 'Z6TY_xDf_Yup', '1AhX_Du2_VPY'],
    ['Sanering och renhållning → Städare', 'field-ssyk4', 'whao_Q6A_ScE', 'Z6TY_xDf_Yup'],
  ])('relates %s as %p', (_name, kind, fromId, toId) => {
    expect(snapshot.relations.find((row) => row.fromId === fromId && row.toId === toId)?.kind ?? null).toBe(kind);
  });

  it('is deterministic', () => {
    expect(parseJobTechDirectory(JOBTECH_DIR)).toEqual(snapshot);
  });

  it('has unique concept ids, sorted', () => {
    const ids = snapshot.concepts.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort(byCodeUnit));
  });

  it('has unique relations sorted by kind, fromId, toId', () => {
    const keys = snapshot.relations.map((row) => [row.kind, row.fromId, row.toId].join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort(byCodeUnit));
  });

  it('only relates and parents known concepts', () => {
    const ids = new Set(snapshot.concepts.map((row) => row.id));
    const referenced = [
      ...snapshot.relations.flatMap((row) => [row.fromId, row.toId]),
      ...snapshot.concepts.flatMap((row) => (row.parentId === null ? [] : [row.parentId])),
    ];
    expect(referenced.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('parseJobTechDirectory on hand-made exports', () => {
  const dirs: string[] = [];
  const concepts = (...rows: object[]) => ({ data: { concepts: rows } });
  const concept = (id: string, type: string, extra: object = {}) => ({ id, preferred_label: id, type, ...extra });
  const occupation = (id: string, extra: object = {}) => concept(id, 'occupation-name', extra);
  const ssyk4 = concept('S4', 'ssyk-level-4', { ssyk_code_2012: '9111' });
  /** SSYK levels 1 > 2 > 3 > S4, with `occupations` under S4. */
  const ssykTree = (...occupations: object[]) =>
    concepts(
      concept('S1', 'ssyk-level-1', {
        narrower: [
          concept('S2', 'ssyk-level-2', {
            narrower: [concept('S3', 'ssyk-level-3', { narrower: [{ ...ssyk4, narrower: occupations }] })],
          }),
        ],
      }),
    );
  const baseFiles: Record<string, unknown> = {
    'the-ssyk-hierarchy-with-occupations.json': ssykTree(),
    'sni-hierarchy.json': concepts(),
    'skills.json': concepts(concept('K1', 'skill', { preferred_label: 'Sjukhusstädning' })),
    'ssyk-level-4-groups-with-related-skills.json': concepts(
      { ...ssyk4, related: [concept('K2', 'skill')] },
      concept('GONE', 'ssyk-level-4', { related: [concept('K1', 'skill', { preferred_label: 'other label' })] }),
    ),
    'substitutability-relations-between-occupations.json': concepts(),
    'occupation-field-to-ssyk4.json': [
      { occupation_field_id: 'F1', occupation_field: 'Sanering och renhållning', ssyk4_id: 'S4', ssyk4_label: 'S4' },
    ],
    'languages.json': concepts(),
    'language-levels.json': concepts(),
    'driving-licences.json': concepts(),
    'municipalities.json': concepts(concept('M1', 'municipality', { preferred_label: 'Trelleborg' })),
    'employment-types.json': concepts(),
    'concepts-describing-occupation-experience-in-years.json': concepts(),
    'concepts-describing-working-hours.json': concepts(),
  };
  const exportDir = (overrides: Record<string, unknown> = {}): string => {
    const dir = mkdtempSync(join(tmpdir(), 'brygga-jobtech-'));
    dirs.push(dir);
    for (const [file, json] of Object.entries({ ...baseFiles, ...overrides })) {
      writeFileSync(join(dir, file), JSON.stringify(json));
    }
    return dir;
  };

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('adds related skills missing from skills.json, keeps skills.json labels and counts dangling relations', () => {
    const snapshot = parseJobTechDirectory(exportDir());
    expect(snapshot.concepts.filter((row) => row.type === 'skill')).toEqual([
      { id: 'K1', type: 'skill', label: 'Sjukhusstädning', code: null, parentId: null },
      { id: 'K2', type: 'skill', label: 'K2', code: null, parentId: null },
    ]);
    expect(snapshot.relations).toEqual([
      { fromId: 'F1', toId: 'S4', kind: 'field-ssyk4' },
      { fromId: 'S4', toId: 'K2', kind: 'ssyk4-skill' },
    ]);
    expect(snapshot.dropped).toBe(1);
  });

  it('emits one edge per substitutability pair although the export lists it from both ends', () => {
    const edge = (id: string, substitutability_percentage: number) => occupation(id, { substitutability_percentage });
    const snapshot = parseJobTechDirectory(
      exportDir({
        'the-ssyk-hierarchy-with-occupations.json': ssykTree(occupation('O1'), occupation('O2')),
        'substitutability-relations-between-occupations.json': concepts(
          occupation('O1', { substituted_by: [edge('O2', 75)], substitutes: [] }),
          occupation('O2', { substituted_by: [], substitutes: [edge('O1', 75)] }),
        ),
      }),
    );
    expect(snapshot.relations.filter((row) => row.kind.startsWith('substitutes'))).toEqual([
      { fromId: 'O1', toId: 'O2', kind: 'substitutes-75' },
    ]);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    [
      'an id with two types',
      { 'driving-licences.json': concepts(concept('M1', 'driving-licence')) },
      /M1 is both driving-licence "M1" and municipality "Trelleborg"/,
    ],
    ['a missing envelope', { 'municipalities.json': [] }, /municipalities\.json lacks the .* envelope/],
    [
      'a concept of the wrong type',
      { 'municipalities.json': concepts(concept('M1', 'region')) },
      /M1 has type "region", expected "municipality"/,
    ],
    [
      'a tree level under the wrong parent',
      { 'the-ssyk-hierarchy-with-occupations.json': concepts(ssyk4) },
      /ssyk-level-4 S4 is under the root, expected ssyk-level-3/,
    ],
    [
      'a substitutability percentage other than 25 or 75',
      {
        'substitutability-relations-between-occupations.json': concepts(
          occupation('O1', { substituted_by: [occupation('O2', { substitutability_percentage: 50 })] }),
        ),
      },
      /O2 has substitutability_percentage 50/,
    ],
  ])('rejects %s', (_name, overrides, message) => {
    expect(() => parseJobTechDirectory(exportDir(overrides))).toThrow(message);
  });

  it('names the file it cannot read', () => {
    const dir = exportDir();
    rmSync(join(dir, 'skills.json'));
    expect(() => parseJobTechDirectory(dir)).toThrow(/cannot read skills\.json/);
  });
});
