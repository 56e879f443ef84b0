/**
 * The JobTech files in taxonomy/jobtech/, read as the demo specs check the demo's concept ids against them. Not a
 * spec itself; nothing here is read at run time.
 */
import { readFileSync } from 'node:fs';
import { SECTOR_DEFINITIONS, ssyk4IdsForSector } from '../src/modules/sectors/sector-definitions.js';

const TAXONOMY_DIR = new URL('../taxonomy/jobtech/', import.meta.url);

export interface Concept {
  id: string;
  type?: string;
  preferred_label?: string;
  ssyk_code_2012?: string;
  narrower?: Concept[];
  related?: Concept[];
}

export function concepts(file: string): Concept[] {
  return (JSON.parse(readFileSync(new URL(file, TAXONOMY_DIR), 'utf8')) as { data: { concepts: Concept[] } }).data
    .concepts;
}

/** Ids of the concepts of `type` at the top level of a flat JobTech file. */
export function idsOfType(file: string, type: string): Set<string> {
  return new Set(concepts(file).filter((c) => c.type === type).map((c) => c.id));
}

/** Occupation names with their label and SSYK-4 group, and the groups' SSYK 2012 codes, from the SSYK hierarchy. */
export const OCCUPATIONS = new Map<string, { label: string; groupId: string }>();
export const GROUP_CODE = new Map<string, string>();
{
  const stack: Array<[Concept, string | null]> = concepts('the-ssyk-hierarchy-with-occupations.json').map((c) => [c, null]);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, group] = entry;
    if (node.type === 'occupation-name' && group) OCCUPATIONS.set(node.id, { label: node.preferred_label!, groupId: group });
    if (node.type === 'ssyk-level-4') GROUP_CODE.set(node.id, node.ssyk_code_2012!);
    const next = node.type === 'ssyk-level-4' ? node.id : group;
    stack.push(...(node.narrower ?? []).map((c): [Concept, string | null] => [c, next]));
  }
}

/** SSYK-4 group id → ids of its related skills. */
export const GROUP_SKILLS = new Map(
  concepts('ssyk-level-4-groups-with-related-skills.json').map((g) => [
    g.id,
    new Set((g.related ?? []).filter((r) => r.type === 'skill').map((r) => r.id)),
  ]),
);

/** Sector code → its SSYK-4 group ids, as the sector module resolves them. */
export const SECTOR_GROUPS = (() => {
  const rows = JSON.parse(readFileSync(new URL('occupation-field-to-ssyk4.json', TAXONOMY_DIR), 'utf8')) as Array<{
    occupation_field_id: string;
    ssyk4_id: string;
  }>;
  const fieldToSsyk4 = new Map<string, string[]>();
  for (const r of rows) fieldToSsyk4.set(r.occupation_field_id, [...(fieldToSsyk4.get(r.occupation_field_id) ?? []), r.ssyk4_id]);
  return new Map(SECTOR_DEFINITIONS.map((d) => [d.code, new Set(ssyk4IdsForSector(d, fieldToSsyk4))]));
})();
