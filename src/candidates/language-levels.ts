/**
 * JobTech's language levels (taxonomy/jobtech/language-levels.json), lowest first. A language need on an opening is
 * met by the language at its minimum level or any level after it.
 */
export const LANGUAGE_LEVEL_ORDER = ['HDaX_cNJ_ez2', 'qJUb_5Qz_ibL', 'uAwX_sU9_yuf', 'jy9z_V9P_fQQ'] as const;

/** The levels' Swedish labels, as JobTech writes them, lower-cased for use inside a sentence. */
export const LANGUAGE_LEVEL_LABEL_SV: Readonly<Record<string, string>> = {
  HDaX_cNJ_ez2: 'lite',
  qJUb_5Qz_ibL: 'bra',
  uAwX_sU9_yuf: 'mycket bra',
  jy9z_V9P_fQQ: 'flytande',
};

/** The level's place in {@link LANGUAGE_LEVEL_ORDER}; -1 for an id that is not a language level. */
export function languageLevelOrdinal(levelId: string): number {
  return (LANGUAGE_LEVEL_ORDER as readonly string[]).indexOf(levelId);
}

/**
 * JobTech's concept for Swedish. An opening states a need for Swedish as a minimum Swedish level (SFI steps), never as
 * a language need, so that the one rule for Swedish stays in one place.
 */
export const SWEDISH_LANGUAGE_ID = 'zSLA_vw2_FXN';
