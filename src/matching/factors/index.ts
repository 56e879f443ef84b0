/** The ranking's factors, in the order of a result's factors (Ranked.factors) and of a ranking's weights. */
import { commute } from './commute.factor.js';
import { experienceOccupation } from './experience-occupation.factor.js';
import { experienceYears } from './experience-years.factor.js';
import type { FactorDefinition } from './factor.js';
import { hours } from './hours.factor.js';
import { kind } from './kind.factor.js';
import { sector } from './sector.factor.js';
import { skills } from './skills.factor.js';
import { swedish } from './swedish.factor.js';
import { wantedOccupation } from './wanted-occupation.factor.js';

export const FACTORS: readonly FactorDefinition[] = Object.freeze([
  skills,
  experienceOccupation,
  experienceYears,
  swedish,
  wantedOccupation,
  sector,
  kind,
  hours,
  commute,
]);
