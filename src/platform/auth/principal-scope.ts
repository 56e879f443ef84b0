import { Role } from './role.enum.js';

/** Who is acting: resolved once per request from the token, the user row and the agreements in force. */
export interface Actor {
  userId: string;
  name: string;
  organisationId: string;
  /** The municipality the actor's own organisation belongs to. */
  homePrincipalId: string;
  roles: readonly Role[];
  /** Principals whose records this actor may read. */
  readablePrincipalIds: readonly string[];
  /** Principals whose records this actor may create or change. */
  writablePrincipalIds: readonly string[];
  /**
   * For a principal served under an agreement, the first day the actor may date a record of it: the day the
   * agreement began. Absent for the actor's own municipality, whose records have no such bound.
   */
  writableFrom?: Readonly<Record<string, string>>;
}

export interface AgreementTerm {
  actingOrganisationId: string;
  principalId: string;
  validFrom: string;
  validTo: string | null;
  /** The roles of the acting organisation's staff who act for the principal under it. */
  roles: readonly Role[];
}

/** Whether an agreement is in force on `today` (ISO dates compare as strings; validTo is inclusive). */
export function agreementInForce(agreement: AgreementTerm, today: string): boolean {
  return agreement.validFrom <= today && (agreement.validTo === null || today <= agreement.validTo);
}

/**
 * Which principals' data an actor may read and write (docs/rules.md "Rules that protect people"): staff act for
 * their own municipality and, only while an agreement is in force and only in a role it names, for the principals
 * their organisation serves under it, and date nothing of theirs before the agreement began. A principal's reviewer
 * inspects their own municipality only, and never writes. A user who is a reviewer and also holds a staff role
 * keeps the staff scope for reading and writing.
 */
export function principalScope(
  roles: readonly Role[],
  organisationId: string,
  homePrincipalId: string,
  agreements: readonly AgreementTerm[],
  today: string,
): { readable: string[]; writable: string[]; writableFrom: Record<string, string> } {
  const staff = roles.some((r) => r !== Role.PRINCIPAL_REVIEWER);
  const served = agreements.filter(
    (a) =>
      a.actingOrganisationId === organisationId && a.principalId !== homePrincipalId && agreementInForce(a, today) && a.roles.some((r) => roles.includes(r)),
  );
  const staffScope = [...new Set([homePrincipalId, ...served.map((a) => a.principalId)])].sort();
  const writableFrom = Object.fromEntries(served.map((a) => [a.principalId, a.validFrom]));
  if (staff) return { readable: staffScope, writable: staffScope, writableFrom };
  if (roles.includes(Role.PRINCIPAL_REVIEWER)) return { readable: [homePrincipalId], writable: [], writableFrom: {} };
  return { readable: [], writable: [], writableFrom: {} };
}
