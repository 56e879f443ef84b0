import { rankingText } from './messages';

/** How a factor looks in the score bar: a colour and a pattern, so that colour is never the only signal. */
export interface FactorLook {
  label: string;
  /** The segment's fill; every colour is dark enough (3:1 against white) to be seen as a shape of its own */
  colour: string;
  /** A CSS background-image drawn over the colour, or 'none' */
  pattern: string;
}

const stripes = (angle: number) => `repeating-linear-gradient(${angle}deg, rgba(255,255,255,0.55) 0 3px, transparent 3px 8px)`;
const dots = 'radial-gradient(circle, rgba(255,255,255,0.7) 1.5px, transparent 2px)';
const grid =
  'repeating-linear-gradient(0deg, rgba(255,255,255,0.5) 0 2px, transparent 2px 7px), repeating-linear-gradient(90deg, rgba(255,255,255,0.5) 0 2px, transparent 2px 7px)';

/**
 * The ranking's factor keys (src/matching/rank.ts WEIGHTS) and how each is drawn. The grouping in the bar follows the
 * API's own `side` of each factor, which matches the keys: **what the work needs** (the employer's side, at most 50
 * points) is skills, experienceOccupation, experienceYears and swedish; **what the person wants** (the person's side,
 * at most 50 points) is wantedOccupation, sector, kind (internship or job), hours and commute. Driving licences, the
 * start date, the Swedish and the other languages the work really needs, the commute limit, consent and work
 * limitations are hard requirements: they exclude rather than score, so they are not in the bar but among the
 * excluded (one failed, among the near misses).
 */
const LOOKS: Record<string, Omit<FactorLook, 'label'>> = {
  skills: { colour: '#1864ab', pattern: 'none' },
  experienceOccupation: { colour: '#0b7285', pattern: stripes(45) },
  experienceYears: { colour: '#5f3dc4', pattern: dots },
  swedish: { colour: '#2b8a3e', pattern: stripes(-45) },
  wantedOccupation: { colour: '#c92a2a', pattern: 'none' },
  sector: { colour: '#a61e4d', pattern: stripes(45) },
  kind: { colour: '#d9480f', pattern: dots },
  hours: { colour: '#862e9c', pattern: grid },
  commute: { colour: '#5c3c00', pattern: stripes(-45) },
};

const UNKNOWN: Omit<FactorLook, 'label'> = {
  colour: '#495057',
  pattern: stripes(90),
};

/** A factor the web app does not know yet is still drawn, grey and striped, under its key. */
export function factorLook(factor: string): FactorLook {
  return {
    label: rankingText.factorLabel[factor] ?? factor,
    ...(LOOKS[factor] ?? UNKNOWN),
  };
}
