/** The recruiter's sentence and each factor's detail, in Swedish, for the explained top of a ranking. */
import type { CandidatePool } from './candidate-pool.js';
import { SWEDISH_ORDINAL } from './candidate-pool.js';
import { commuteBetween, commuteText, homeOf, workplaceOf } from './commute.js';
import type { Compiled } from './compiled.js';
import { SWEDISH_LABEL_SV } from './requirements/hard-requirements.js';
import type { RankableOpening, RankOptions } from './ranking.types.js';
import { PROXIMITY, PROXIMITY_LABEL_SV, type ProximityLevel } from './taxonomy-graph.js';
import { EXPERIENCE_YEARS_CAP, LEVEL_ORDER } from './weights.js';

/** Rounds to a given number of decimals. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export interface Explained {
  details: string[];
  sentence: string;
}

const MAX_LISTED = 5;

function list(names: string[]): string {
  return names.length <= MAX_LISTED ? names.join(', ') : `${names.slice(0, MAX_LISTED).join(', ')} m.fl.`;
}

function formatYears(years: number): string {
  return `${round(years, 1)} år`.replace('.', ',');
}

/** The opening's distinct required skills, and its distinct preferred skills that are not required, in order. */
export function explainSkills(opening: RankableOpening): { required: string[]; preferred: string[] } {
  const required = [...new Set(opening.requiredSkills.map((s) => s.skillId))];
  const preferred = [...new Set(opening.preferredSkills.map((s) => s.skillId))].filter((id) => !required.includes(id));
  return { required, preferred };
}

/** Factor details and the recruiter's sentence for one (opening, candidate): only for the explained top. */
export function explain(c: Compiled, pool: CandidatePool, i: number, options: RankOptions): Explained {
  const label = (id: string) => options.label?.(id) ?? id;
  const candidate = pool.candidates[i];
  const { opening } = c;
  // a candidate lists a few skills and an opening a few: a linear search beats building a Set per explanation
  const has = { has: (id: string) => candidate.skillIds.includes(id) };
  // graph.occupationProximity(opening.occupationId, id), as compiled for the pool (the candidate's ids are interned)
  const proximity = (id: string) => PROXIMITY[LEVEL_ORDER[c.occupationLevel[pool.occupationIds.get(id)]]];
  const parts: string[] = [];

  const { required, preferred } = c.explainSkills;
  const reqHave = required.filter((id) => has.has(id));
  const reqMissing = required.filter((id) => !has.has(id));
  const prefHave = preferred.filter((id) => has.has(id));
  let skills: string;
  if (required.length === 0 && preferred.length === 0) skills = 'inga kompetenser angivna';
  else {
    const bits: string[] = [];
    if (required.length > 0) {
      bits.push(`${reqHave.length} av ${required.length} nyckelkompetenser${reqHave.length ? `: ${list(reqHave.map(label))}` : ''}`);
      if (reqMissing.length) bits.push(`saknas: ${list(reqMissing.map(label))}`);
    }
    if (preferred.length > 0) {
      bits.push(`${prefHave.length} av ${preferred.length} meriterande${prefHave.length ? `: ${list(prefHave.map(label))}` : ''}`);
    }
    skills = bits.join('; ');
  }
  parts.push(skills);

  let bestExp: { id: string; years: number; level: ProximityLevel; value: number } | null = null;
  let weightedYears = 0;
  for (const { occupationId, years } of candidate.experience) {
    const p = proximity(occupationId);
    weightedYears += years * p.value;
    if (p.value > 0 && (!bestExp || p.value > bestExp.value)) bestExp = { id: occupationId, years, level: p.level, value: p.value };
  }
  const expOcc = bestExp
    ? `${formatYears(bestExp.years)} som ${label(bestExp.id)} (${PROXIMITY_LABEL_SV[bestExp.level]})`
    : 'ingen erfarenhet av yrket eller närliggande yrken';
  if (bestExp) parts.push(expOcc);
  const expYears = `${formatYears(weightedYears)} relevant erfarenhet (full poäng vid ${EXPERIENCE_YEARS_CAP} år)`;

  const level = candidate.swedishLevel;
  const swedish =
    opening.minSwedishLevel === null
      ? `svenska ${SWEDISH_LABEL_SV[level]} (inget krav)`
      : `svenska ${SWEDISH_LABEL_SV[level]} (${SWEDISH_LABEL_SV[opening.minSwedishLevel]} krävs) ${
          SWEDISH_ORDINAL[level] >= SWEDISH_ORDINAL[opening.minSwedishLevel] ? '✓' : '✗'
        }`;
  parts.push(swedish);

  let bestWanted: { id: string; level: ProximityLevel; value: number } | null = null;
  for (const id of candidate.wantedOccupationIds) {
    const p = proximity(id);
    if (p.value > 0 && (!bestWanted || p.value > bestWanted.value)) bestWanted = { id, level: p.level, value: p.value };
  }
  const wanted = bestWanted
    ? bestWanted.level === 'same-occupation'
      ? `vill arbeta som ${label(bestWanted.id)} ✓`
      : `vill arbeta som ${label(bestWanted.id)} (${PROXIMITY_LABEL_SV[bestWanted.level]})`
    : 'önskar inget närliggande yrke';
  parts.push(wanted);

  const sector =
    opening.sectorId === null
      ? 'tjänsten hör inte till någon bransch'
      : candidate.wantedSectorIds.includes(opening.sectorId)
        ? `vald bransch ${label(opening.sectorId)} ✓`
        : `har inte valt branschen ${label(opening.sectorId)}`;
  if (opening.sectorId !== null) parts.push(sector);

  const internshipKind = c.internshipKind;
  const kind = !internshipKind
    ? 'anställning'
    : candidate.wantsInternship
      ? `vill ha ${opening.kind === 'INTERNSHIP' ? 'praktik' : 'arbetsplatsförlagt lärande'} ✓`
      : 'har inte sagt sig vilja ha praktik';
  if (internshipKind) parts.push(kind);

  const hours =
    opening.worktimeId === null
      ? 'arbetstid ej angiven'
      : candidate.wantedWorktimeIds.length === 0
        ? `${label(opening.worktimeId)} (inget önskemål)`
        : candidate.wantedWorktimeIds.includes(opening.worktimeId)
          ? `${label(opening.worktimeId)} ✓`
          : `${label(opening.worktimeId)}, men önskar ${list(candidate.wantedWorktimeIds.map(label))}`;
  if (opening.worktimeId !== null) parts.push(hours);

  const commute = commuteText(commuteBetween(homeOf(candidate), workplaceOf(opening), candidate.travelMode), candidate.travelMode);
  parts.push(commute);

  return {
    details: [skills, expOcc, expYears, swedish, wanted, sector, kind, hours, commute],
    sentence: parts.join('; '),
  };
}
