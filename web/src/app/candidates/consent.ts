/** The consent that lets a person's profile be shared with employers (docs/rules.md, Consent). */
export const SHARE_WITH_EMPLOYERS = 'SHARE_PROFILE_WITH_EMPLOYERS';

interface ConsentLike {
  purpose: string;
  givenAt: string;
  withdrawnAt: string | null;
}

/**
 * Whether presenting the person to an employer is allowed: a SHARE_PROFILE_WITH_EMPLOYERS consent not withdrawn
 * (the rule markPresented enforces); else the last withdrawn one, to say when, or none.
 */
export function shareConsent<C extends ConsentLike>(consents: readonly C[]): { inForce: C | null; withdrawn: C | null } {
  const share = consents.filter((c) => c.purpose === SHARE_WITH_EMPLOYERS);
  const inForce = share.find((c) => !c.withdrawnAt) ?? null;
  const withdrawn = share.filter((c) => c.withdrawnAt).sort((a, b) => (b.withdrawnAt ?? '').localeCompare(a.withdrawnAt ?? ''))[0] ?? null;
  return { inForce, withdrawn };
}
