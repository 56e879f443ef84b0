/**
 * Languages other than Swedish as a hard requirement: only an opening that states a need (with a reason, kept on the
 * opening) makes anyone's languages matter, and then only the language needed at the level needed. Nothing here
 * scores: a language is met or not.
 */
import { LANGUAGE_LEVEL_LABEL_SV, languageLevelOrdinal } from '../../candidates/language-levels.js';
import { Interner } from '../candidate-pool.js';
import type { RankableCandidate, RankableOpening } from '../ranking.types.js';

/** Per interned language: who speaks it and at which level ordinal, in step. */
export class LanguageSpeakers {
  readonly ids = new Interner();
  readonly speakers: Array<{ candidates: number[]; levels: number[] }> = [];

  constructor(candidates: readonly RankableCandidate[]) {
    candidates.forEach((c, i) => {
      for (const { languageId, levelId } of c.languages) {
        const l = this.ids.of(languageId);
        const list = (this.speakers[l] ??= { candidates: [], levels: [] });
        list.candidates.push(i);
        list.levels.push(languageLevelOrdinal(levelId));
      }
    });
  }

  /** Whether candidate i speaks the interned language l at level ordinal `min` or above. */
  speaks(l: number, min: number, i: number): boolean {
    const list = this.speakers[l];
    if (!list) return false;
    for (let j = 0; j < list.candidates.length; j++) if (list.candidates[j] === i && list.levels[j] >= min) return true;
    return false;
  }

  /** The bitset of candidates speaking language l at level ordinal `min` or above; null when no one does. */
  meetingBits(l: number, min: number, words: number): Int32Array | null {
    const list = l < 0 ? undefined : this.speakers[l];
    if (!list) return null;
    const set = new Int32Array(words);
    for (let j = 0; j < list.candidates.length; j++) {
      const i = list.candidates[j];
      if (list.levels[j] >= min) set[i >>> 5] |= 1 << (i & 31);
    }
    return set;
  }
}

/** An opening's language needs against a pool: interned language (-1 when no one speaks it) and minimum ordinal. */
export interface CompiledLanguageNeed {
  languageId: string;
  minLevelId: string;
  language: number;
  min: number;
}

export function compileLanguageNeeds(opening: RankableOpening, speakers: LanguageSpeakers): CompiledLanguageNeed[] {
  const seen = new Set<string>();
  return opening.languageNeeds
    .filter((need) => !seen.has(need.languageId) && seen.add(need.languageId))
    .map((need) => ({ ...need, language: speakers.ids.get(need.languageId), min: Math.max(0, languageLevelOrdinal(need.minLevelId)) }));
}

/** The Swedish reason for a language need not met: "Talar inte arabiska på nivån bra, som arbetet kräver". */
export function languageReason(need: CompiledLanguageNeed, label: (id: string) => string): string {
  return `Talar inte ${label(need.languageId).toLowerCase()} på nivån ${LANGUAGE_LEVEL_LABEL_SV[need.minLevelId] ?? need.minLevelId}, som arbetet kräver`;
}
