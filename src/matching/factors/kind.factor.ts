/** The kind of placement: an internship or workplace learning counts only for a person who wants one; a job for everyone. */
import type { FactorDefinition } from './factor.js';

export const kind: FactorDefinition = {
  name: 'kind',
  side: 'person',
  weight: 6,
  compile(c, pool) {
    const { opening } = c;
    const internshipKind = opening.kind === 'INTERNSHIP' || opening.kind === 'SFI_WORKPLACE_LEARNING';
    const wants = pool.internship;
    return {
      cheap: false,
      value: (i) => (internshipKind ? wants[i] : 1),
      bound: () => 1,
      explain(_i, { candidate }) {
        if (!internshipKind) return { detail: 'anställning', inSentence: false };
        if (!candidate.wantsInternship) return { detail: 'har inte sagt sig vilja ha praktik', inSentence: true };
        return { detail: `vill ha ${opening.kind === 'INTERNSHIP' ? 'praktik' : 'arbetsplatsförlagt lärande'} ✓`, inSentence: true };
      },
    };
  },
};
