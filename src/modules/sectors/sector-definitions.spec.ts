import { beforeAll, describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { parseJobTechDirectory, type TaxonomySnapshot } from '../taxonomy/jobtech-parse.js';
import { SECTOR_DEFINITIONS, ssyk4IdsForSector, type SectorDefinition } from './sector-definitions.js';

const JOBTECH_DIR = fileURLToPath(new URL('../../../taxonomy/jobtech/', import.meta.url));

describe('SECTOR_DEFINITIONS', () => {
  let snapshot: TaxonomySnapshot;
  let fieldToSsyk4: Map<string, string[]>;
  const sectorsOf = (ssyk4Id: string) =>
    SECTOR_DEFINITIONS.filter((def) => ssyk4IdsForSector(def, fieldToSsyk4).includes(ssyk4Id)).map((def) => def.code);

  beforeAll(() => {
    snapshot = parseJobTechDirectory(JOBTECH_DIR);
    fieldToSsyk4 = new Map();
    for (const { kind, fromId, toId } of snapshot.relations) {
      if (kind === 'field-ssyk4') fieldToSsyk4.set(fromId, [...(fieldToSsyk4.get(fromId) ?? []), toId]);
    }
  });

  it('has unique upper-snake codes and unique names', () => {
    const codes = SECTOR_DEFINITIONS.map((def) => def.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((code) => !/^[A-Z]+(_[A-Z]+)*$/.test(code))).toEqual([]);
    expect(new Set(SECTOR_DEFINITIONS.map((def) => def.name)).size).toBe(codes.length);
  });

  it.each(SECTOR_DEFINITIONS.map((def) => [def.code, def] as const))('%s names only real JobTech ids', (_code, def) => {
    const typeOf = (id: string) => snapshot.concepts.find((row) => row.id === id)?.type;
    expect(def.occupationFieldIds.map(typeOf)).toEqual(def.occupationFieldIds.map(() => 'occupation-field'));
    const ssyk4Ids = [...def.extraSsyk4Ids, ...def.excludedSsyk4Ids];
    expect(ssyk4Ids.map(typeOf)).toEqual(ssyk4Ids.map(() => 'ssyk-level-4'));
  });

  it('puts no SSYK-4 group in two sectors', () => {
    const ssyk4Ids = snapshot.concepts.filter((row) => row.type === 'ssyk-level-4').map((row) => row.id);
    expect(ssyk4Ids.filter((id) => sectorsOf(id).length > 1)).toEqual([]);
  });

  it.each([
    ['Z6TY_xDf_Yup', 'Städare', ['LOKALVARD_FASTIGHET']],
    ['df9D_e6y_61z', 'Fastighetsskötare', ['LOKALVARD_FASTIGHET']],
    ['9DdK_AZY_ZNK', 'Vaktmästare m.fl.', ['INDUSTRI']],
    ['Hi9c_iTe_gHH', 'Barnskötare', ['BARN_UTBILDNING']],
    ['jY19_knH_MJp', 'Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering', ['VARD_OMSORG']],
  ])('places SSYK-4 %s (%s) in %p', (id, label, codes) => {
    expect(snapshot.concepts.find((row) => row.id === id)?.label).toBe(label);
    expect(sectorsOf(id)).toEqual(codes);
  });
});

describe('ssyk4IdsForSector', () => {
  const fieldToSsyk4 = new Map([
    ['F1', ['c', 'a']],
    ['F2', ['b', 'a']],
  ]);
  const sector = (parts: Partial<SectorDefinition>): SectorDefinition => ({
    code: 'TEST',
    name: 'Test',
    description: 'Test.',
    occupationFieldIds: [],
    extraSsyk4Ids: [],
    excludedSsyk4Ids: [],
    ...parts,
  });

  it.each<[string, Partial<SectorDefinition>, string[]]>([
    ['one field, sorted', { occupationFieldIds: ['F1'] }, ['a', 'c']],
    ['two fields sharing a group, unique', { occupationFieldIds: ['F1', 'F2'] }, ['a', 'b', 'c']],
    ['extra groups added', { occupationFieldIds: ['F2'], extraSsyk4Ids: ['z', 'a'] }, ['a', 'b', 'z']],
    ['excluded groups removed', { occupationFieldIds: ['F1', 'F2'], excludedSsyk4Ids: ['a'] }, ['b', 'c']],
    ['exclusion beats extra', { extraSsyk4Ids: ['x'], excludedSsyk4Ids: ['x'] }, []],
    ['unknown field contributes nothing', { occupationFieldIds: ['NOPE'], extraSsyk4Ids: ['x'] }, ['x']],
    ['nothing', {}, []],
  ])('%s', (_name, parts, expected) => {
    expect(ssyk4IdsForSector(sector(parts), fieldToSsyk4)).toEqual(expected);
  });
});
