/**
 * A labelled synthetic benchmark drawn from the JobTech taxonomy: every candidate has a hidden true occupation and a
 * noisy observed profile; relevance of a candidate for an opening is graded from the hidden occupation only.
 */
import { join } from 'node:path';
import { LICENCE } from '../src/candidates/driving-licences.js';
import { MUNICIPALITY } from '../src/matching/commute.js';
import type { RankableCandidate, RankableOpening, SwedishLevelValue, WeightedSkill } from '../src/matching/ranking.types.js';
import { TaxonomyGraph } from '../src/matching/taxonomy-graph.js';
import { parseJobTechDirectory } from '../src/modules/taxonomy/jobtech-parse.js';
import { chance, int, mulberry32, pick, sample, type Rng } from './prng.js';

const HELTID = '6YE1_gAC_R2G';
const DELTID = '947z_JGS_Uk2';
const SECTORS = Array.from({ length: 8 }, (_, i) => `bench-sector-${i + 1}`);
const MUNICIPALITIES: readonly string[] = Object.values(MUNICIPALITY);
const NONE: string[] = [];
const LICENCE_SETS: string[][] = [
  NONE,
  [LICENCE.AM, LICENCE.B].sort(),
  [LICENCE.AM, LICENCE.B, LICENCE.B96, LICENCE.BE].sort(),
  [LICENCE.AM, LICENCE.B, LICENCE.C1, LICENCE.C].sort(),
];
const WORKTIME_SETS: string[][] = [NONE, [HELTID], [DELTID]];
const SECTOR_SETS: string[][] = SECTORS.map((s) => [s]);
const LEVELS: SwedishLevelValue[] = ['NONE', 'SFI_A', 'SFI_B', 'SFI_C', 'SFI_D', 'SFI_COMPLETED', 'NATIVE_OR_FLUENT'];
const LEVEL_WEIGHTS = [0.04, 0.06, 0.1, 0.12, 0.13, 0.15, 0.4];

export interface Taxonomy {
  graph: TaxonomyGraph;
  /** Occupation names whose SSYK-4 group has at least 3 related skills. */
  occupations: string[];
  groupOf: Map<string, string>;
  skillsOfGroup: Map<string, string[]>;
  /** Same-SSYK-4 siblings and substitutes (either direction) of each occupation. */
  neighbours: Map<string, string[]>;
  sectorOf: Map<string, string>;
  allSkills: string[];
}

export function loadTaxonomy(dir = join(process.cwd(), 'taxonomy/jobtech')): Taxonomy {
  const snapshot = parseJobTechDirectory(dir);
  const graph = new TaxonomyGraph(snapshot);
  const skillsOfGroup = new Map<string, string[]>();
  const fieldOfGroup = new Map<string, string>();
  const neighbourSets = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    (neighbourSets.get(a) ?? neighbourSets.set(a, new Set()).get(a)!).add(b);
  };
  for (const r of snapshot.relations) {
    if (r.kind === 'ssyk4-skill') (skillsOfGroup.get(r.fromId) ?? skillsOfGroup.set(r.fromId, []).get(r.fromId)!).push(r.toId);
    else if (r.kind === 'field-ssyk4') {
      if (!fieldOfGroup.has(r.toId)) fieldOfGroup.set(r.toId, r.fromId);
    } else {
      link(r.fromId, r.toId);
      link(r.toId, r.fromId);
    }
  }
  const groupOf = new Map<string, string>();
  const membersOf = new Map<string, string[]>();
  for (const c of snapshot.concepts) {
    if (c.type === 'occupation-name' && c.parentId !== null && (skillsOfGroup.get(c.parentId)?.length ?? 0) >= 3) {
      groupOf.set(c.id, c.parentId);
      (membersOf.get(c.parentId) ?? membersOf.set(c.parentId, []).get(c.parentId)!).push(c.id);
    }
  }
  const occupations = [...groupOf.keys()].sort();
  for (const occ of occupations) for (const sib of membersOf.get(groupOf.get(occ)!)!) link(occ, sib);
  const neighbours = new Map<string, string[]>();
  for (const occ of occupations) neighbours.set(occ, [...(neighbourSets.get(occ) ?? [])].filter((o) => groupOf.has(o)).sort());
  const fields = [...new Set(fieldOfGroup.values())].sort();
  const sectorOf = new Map<string, string>();
  for (const occ of occupations) {
    const field = fieldOfGroup.get(groupOf.get(occ)!);
    sectorOf.set(occ, field === undefined ? SECTORS[0] : SECTORS[fields.indexOf(field) % SECTORS.length]);
  }
  const allSkills = [...new Set([...skillsOfGroup.values()].flat())].sort();
  return { graph, occupations, groupOf, skillsOfGroup, neighbours, sectorOf, allSkills };
}

function weighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  let r = rng();
  for (let i = 0; i < items.length; i++) {
    r -= weights[i];
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}

/** Candidate generator: a single seeded stream, so the first n of a larger set equal a set of n. */
export class CandidateStream {
  private readonly rng: Rng;
  private next = 0;
  constructor(private readonly tax: Taxonomy, seed: number) {
    this.rng = mulberry32(seed);
  }

  /** Generates `n` more candidates; `truth[i]` is the index in tax.occupations of candidate i's true occupation. */
  take(n: number): { candidates: RankableCandidate[]; truth: Uint16Array } {
    const { rng, tax } = this;
    const candidates: RankableCandidate[] = new Array(n);
    const truth = new Uint16Array(n);
    for (let k = 0; k < n; k++) {
      const t = Math.floor(rng() * tax.occupations.length);
      truth[k] = t;
      const occ = tax.occupations[t];
      const near = tax.neighbours.get(occ)!;
      const experience: RankableCandidate['experience'] = [];
      if (chance(rng, 0.75)) {
        const held = chance(rng, 0.6) || near.length === 0 ? occ : pick(rng, near);
        experience.push({ occupationId: held, years: int(rng, 1, 30) / 2 });
      }
      if (chance(rng, 0.3)) experience.push({ occupationId: pick(rng, tax.occupations), years: int(rng, 1, 10) / 2 });
      const skills: string[] = [];
      for (const s of tax.skillsOfGroup.get(tax.groupOf.get(occ)!)!) if (chance(rng, 0.3)) skills.push(s);
      const extra = int(rng, 0, 3);
      for (let e = 0; e < extra; e++) skills.push(pick(rng, tax.allSkills));
      const w = rng();
      const wanted = w < 0.5 || near.length === 0 ? occ : w < 0.8 ? pick(rng, near) : pick(rng, tax.occupations);
      const sector = chance(rng, 0.7) ? tax.sectorOf.get(occ)! : pick(rng, SECTORS);
      candidates[k] = {
        id: `c${this.next++}`,
        experience,
        skillIds: skills,
        wantedOccupationIds: [wanted],
        wantedSectorIds: SECTOR_SETS[SECTORS.indexOf(sector)],
        wantsInternship: chance(rng, 0.3),
        wantedWorktimeIds: weighted(rng, WORKTIME_SETS, [0.5, 0.35, 0.15]),
        swedishLevel: weighted(rng, LEVELS, LEVEL_WEIGHTS),
        licenceIds: weighted(rng, LICENCE_SETS, [0.4, 0.45, 0.1, 0.05]),
        homeMunicipalityId: pick(rng, MUNICIPALITIES),
        earliestStartOn: chance(rng, 0.9) ? null : '2026-03-01',
        workLimitations: chance(rng, 0.05) ? ['NO_HEAVY_LIFTING'] : [],
        sharesProfileWithEmployers: chance(rng, 0.95),
        homeArea: null,
        travelMode: 'PUBLIC_TRANSPORT',
        maxCommuteMinutes: null,
        languages: [],
      };
    }
    return { candidates, truth };
  }
}

export interface LabelledOpening {
  opening: RankableOpening;
  /** Index in tax.occupations. */
  occupation: number;
}

export function generateOpenings(tax: Taxonomy, seed: number, n: number): LabelledOpening[] {
  const rng = mulberry32(seed);
  const out: LabelledOpening[] = [];
  for (let k = 0; k < n; k++) {
    const t = Math.floor(rng() * tax.occupations.length);
    const occ = tax.occupations[t];
    const groupSkills = tax.skillsOfGroup.get(tax.groupOf.get(occ)!)!;
    const chosen = sample(rng, groupSkills, int(rng, 5, 8));
    const nRequired = Math.min(int(rng, 2, 4), chosen.length - 1);
    const toWeighted = (skillId: string): WeightedSkill => ({ skillId, weight: int(rng, 1, 3) });
    out.push({
      occupation: t,
      opening: {
        id: `o${k}`,
        kind: weighted(rng, ['JOB_UNSUBSIDISED', 'JOB_SUBSIDISED', 'INTERNSHIP'] as const, [0.6, 0.2, 0.2]),
        occupationId: occ,
        sectorId: chance(rng, 0.8) ? tax.sectorOf.get(occ)! : null,
        requiredSkills: chosen.slice(0, nRequired).map(toWeighted),
        preferredSkills: chosen.slice(nRequired).map(toWeighted),
        minSwedishLevel: chance(rng, 0.3) ? 'SFI_C' : null,
        requiredLicenceIds: chance(rng, 0.1) ? [LICENCE.B] : [],
        municipalityId: pick(rng, MUNICIPALITIES),
        worktimeId: chance(rng, 0.5) ? null : chance(rng, 0.7) ? HELTID : DELTID,
        startOn: null,
        physicallyDemanding: chance(rng, 0.1),
        nightWork: false,
        maxCommuteMinutes: null,
        languageNeeds: [],
        postalCode: null,
      },
    });
  }
  return out;
}

/** Graded relevance by hidden occupation: 3 same occupation, 2 same SSYK-4, 1 substitutable or same field, else 0. */
export function relevanceTable(tax: Taxonomy, openingOccupation: number): Uint8Array {
  const wanted = tax.occupations[openingOccupation];
  const table = new Uint8Array(tax.occupations.length);
  for (let t = 0; t < tax.occupations.length; t++) {
    const level = tax.graph.occupationProximity(wanted, tax.occupations[t]).level;
    table[t] = level === 'same-occupation' ? 3 : level === 'same-ssyk4' ? 2 : level === 'none' ? 0 : 1;
  }
  return table;
}
