/**
 * Skills: how much of what the opening lists the person holds, each skill weighted by its IDF over the taxonomy (a rare
 * skill tells more than a common one) times the employer's weight, required skills counting double; full points from
 * {@link SKILLS_FULL_SHARE} of that weight. An opening that lists none gives everyone the neutral value.
 */
import type { RankableOpening } from '../ranking.types.js';
import type { TaxonomyGraph } from '../taxonomy-graph.js';
import { listNames, NEUTRAL, type FactorDefinition } from './factor.js';

/** Required skills weigh this many times a preferred skill of the same IDF and employer weight. */
export const REQUIRED_SKILL_MULTIPLIER = 2;
/**
 * The share of the opening's skill weight that gives full points. A profile lists a part of what a person can (the
 * secretary records what came up), and an opening lists skills from its own source, so someone who really does the
 * work rarely holds them all: chosen by measurement on the calibration half of the recruiter's benchmark, where a
 * third did better than all (1) or a half.
 */
export const SKILLS_FULL_SHARE = 1 / 3;

/** Each opening skill's weight in the coverage: IDF × employer weight × (2 if required); a skill both required and preferred counts as required. */
export function skillWeights(opening: RankableOpening, graph: TaxonomyGraph): Map<string, { skillId: string; weight: number; required: boolean }> {
  const weights = new Map<string, { skillId: string; weight: number; required: boolean }>();
  for (const { skillId, weight } of opening.requiredSkills) {
    const w = graph.skillIdf(skillId) * weight * REQUIRED_SKILL_MULTIPLIER;
    const seen = weights.get(skillId);
    if (!seen || seen.weight < w) weights.set(skillId, { skillId, weight: w, required: true });
  }
  for (const { skillId, weight } of opening.preferredSkills) {
    if (!weights.has(skillId)) weights.set(skillId, { skillId, weight: graph.skillIdf(skillId) * weight, required: false });
  }
  return weights;
}

export const skills: FactorDefinition = {
  name: 'skills',
  side: 'employer',
  weight: 8,
  compile(c) {
    const { coverage, totalSkillWeight: total, opening } = c;
    // coverage is pool.scratchCoverage, filled by compile() for this opening: the covered skill weight per person
    const scale = total > 0 ? 1 / (total * SKILLS_FULL_SHARE) : 0;
    const neutral = total > 0 ? 0 : NEUTRAL;
    const required = [...new Set(opening.requiredSkills.map((s) => s.skillId))];
    const preferred = [...new Set(opening.preferredSkills.map((s) => s.skillId))].filter((id) => !required.includes(id));
    return {
      cheap: true,
      value: (i) => neutral + Math.min(1, coverage[i] * scale),
      // 0 <= coverage <= total (compile() scores everyone when a weight is not positive)
      bound: (step) => (total > 0 ? (step.skilled ? 1 : 0) : NEUTRAL),
      explain(_i, { candidate, label }) {
        if (required.length === 0 && preferred.length === 0) return { detail: 'inga kompetenser angivna', inSentence: true };
        // a person lists a few skills and an opening a few: a linear search beats building a Set per explanation
        const held = (id: string) => candidate.skillIds.includes(id);
        const bits: string[] = [];
        if (required.length > 0) {
          const have = required.filter(held);
          const missing = required.filter((id) => !held(id));
          bits.push(`${have.length} av ${required.length} nyckelkompetenser${have.length ? `: ${listNames(have.map(label))}` : ''}`);
          if (missing.length) bits.push(`saknas: ${listNames(missing.map(label))}`);
        }
        if (preferred.length > 0) {
          const have = preferred.filter(held);
          bits.push(`${have.length} av ${preferred.length} meriterande${have.length ? `: ${listNames(have.map(label))}` : ''}`);
        }
        return { detail: bits.join('; '), inSentence: true };
      },
    };
  },
};
