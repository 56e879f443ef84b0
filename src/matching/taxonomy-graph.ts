/**
 * An in-memory view of the JobTech taxonomy snapshot (src/modules/taxonomy/jobtech-parse.ts) for matching: which
 * SSYK-4 group an occupation belongs to, which occupation field a group is in, who can substitute whom, and how
 * telling each skill is. Pure: build it once from the snapshot (or the database rows) and share it.
 */

/** The subset of a taxonomy snapshot the graph needs; a TaxonomySnapshot fits as it is. */
export interface TaxonomyGraphInput {
  concepts: ReadonlyArray<{ id: string; type: string; parentId: string | null }>;
  relations: ReadonlyArray<{ kind: string; fromId: string; toId: string }>;
}

export type ProximityLevel =
  | 'same-occupation'
  | 'same-ssyk4'
  | 'substitutable-75'
  | 'substitutable-25'
  | 'same-field'
  | 'none';

export interface Proximity {
  readonly level: ProximityLevel;
  readonly value: number;
}

/**
 * The graded proximity levels, strongest first, and what each is worth to the ranking's occupation factors: the same
 * occupation 1.0; the same SSYK-4 group (same four-digit code, e.g. two kinds of undersköterska) 0.4; JobTech says the
 * held occupation can substitute the wanted one at 75 % 0.3, at 25 % 0.2; only the same occupation field (yrkesområde)
 * 0.1; otherwise 0. The values were chosen by measurement on the calibration half of the recruiter's benchmark
 * (bench/README.md): the exact occupation tells far more than a neighbouring one, because a wish or an experience that
 * is only close is as often someone else's exact occupation as a sign of this one (1 / 0.8 / 0.6 / 0.4 / 0.2 ranked
 * people of the neighbouring group above the right person's own).
 */
export const PROXIMITY: Readonly<Record<ProximityLevel, Proximity>> = Object.freeze({
  'same-occupation': Object.freeze({ level: 'same-occupation', value: 1.0 }),
  'same-ssyk4': Object.freeze({ level: 'same-ssyk4', value: 0.4 }),
  'substitutable-75': Object.freeze({ level: 'substitutable-75', value: 0.3 }),
  'substitutable-25': Object.freeze({ level: 'substitutable-25', value: 0.2 }),
  'same-field': Object.freeze({ level: 'same-field', value: 0.1 }),
  none: Object.freeze({ level: 'none', value: 0 }),
} as const);

/** Swedish names of the levels, for explanations. */
export const PROXIMITY_LABEL_SV: Readonly<Record<ProximityLevel, string>> = {
  'same-occupation': 'samma yrke',
  'same-ssyk4': 'samma yrkesgrupp',
  'substitutable-75': 'närliggande yrke (75 % utbytbart)',
  'substitutable-25': 'närliggande yrke (25 % utbytbart)',
  'same-field': 'samma yrkesområde',
  none: 'inget närliggande yrke',
};

const EMPTY: ReadonlySet<string> = new Set();

export class TaxonomyGraph {
  private readonly typeOf = new Map<string, string>();
  private readonly parentOf = new Map<string, string>();
  private readonly fieldsOfGroup = new Map<string, string[]>();
  private readonly subs75 = new Map<string, Set<string>>();
  private readonly subs25 = new Map<string, Set<string>>();
  private readonly idf = new Map<string, number>();
  /** The IDF weight of a skill no SSYK-4 group mentions: as rare as can be, so 1. */
  readonly unknownSkillIdf = 1;
  /** Number of SSYK-4 groups with at least one related skill (N in the IDF). */
  readonly skillGroupCount: number;

  constructor(input: TaxonomyGraphInput) {
    for (const concept of input.concepts) {
      this.typeOf.set(concept.id, concept.type);
      if (concept.parentId !== null) this.parentOf.set(concept.id, concept.parentId);
    }
    const groupsOfSkill = new Map<string, Set<string>>();
    const groups = new Set<string>();
    for (const { kind, fromId, toId } of input.relations) {
      if (kind === 'field-ssyk4') push(this.fieldsOfGroup, toId, fromId);
      else if (kind === 'substitutes-75') add(this.subs75, fromId, toId);
      else if (kind === 'substitutes-25') add(this.subs25, fromId, toId);
      else if (kind === 'ssyk4-skill') {
        groups.add(fromId);
        add(groupsOfSkill, toId, fromId);
      }
    }
    this.skillGroupCount = groups.size;
    // Smoothed IDF, log((N + 1) / (df + 1)) + 1, divided by its maximum (df = 0) so weights lie in (0, 1]: a skill
    // every group mentions ("svenska", "körkort") still counts a little, the rarest counts fully.
    const n = groups.size;
    const max = Math.log(n + 1) + 1;
    for (const [skill, set] of groupsOfSkill) this.idf.set(skill, (Math.log((n + 1) / (set.size + 1)) + 1) / max);
  }

  /** The SSYK-4 group of an occupation name, the id itself for an SSYK-4 group, else null. */
  ssyk4Of(occupationId: string): string | null {
    const type = this.typeOf.get(occupationId);
    if (type === 'ssyk-level-4') return occupationId;
    if (type === 'occupation-name') return this.parentOf.get(occupationId) ?? null;
    return null;
  }

  /** The occupation fields (yrkesområden) of an SSYK-4 group or occupation name. */
  fieldsOf(occupationOrGroupId: string): readonly string[] {
    const group = this.ssyk4Of(occupationOrGroupId);
    return group === null ? [] : (this.fieldsOfGroup.get(group) ?? []);
  }

  /** Occupations that can substitute `occupationId` at the given percentage (JobTech's direction). */
  substitutesFor(occupationId: string, percentage: 75 | 25): ReadonlySet<string> {
    return (percentage === 75 ? this.subs75 : this.subs25).get(occupationId) ?? EMPTY;
  }

  /** Normalised IDF weight of a skill in (0, 1]; 1 for a skill no group mentions. */
  skillIdf(skillId: string): number {
    return this.idf.get(skillId) ?? this.unknownSkillIdf;
  }

  /**
   * How close a held occupation (`have`, from experience or a wish) is to the one an opening needs (`wanted`).
   * Directed: substitutability follows JobTech's "`have` can substitute `wanted`". Returns one of {@link PROXIMITY}.
   */
  occupationProximity(wanted: string, have: string): Proximity {
    if (wanted === have) return PROXIMITY['same-occupation'];
    const wantedGroup = this.ssyk4Of(wanted);
    const haveGroup = this.ssyk4Of(have);
    if (wantedGroup !== null && wantedGroup === haveGroup) return PROXIMITY['same-ssyk4'];
    if (this.subs75.get(wanted)?.has(have)) return PROXIMITY['substitutable-75'];
    if (this.subs25.get(wanted)?.has(have)) return PROXIMITY['substitutable-25'];
    if (wantedGroup !== null && haveGroup !== null) {
      const haveFields = this.fieldsOfGroup.get(haveGroup);
      if (haveFields) for (const field of this.fieldsOfGroup.get(wantedGroup) ?? []) {
        if (haveFields.includes(field)) return PROXIMITY['same-field'];
      }
    }
    return PROXIMITY.none;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
