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
}

export interface AgreementTerm {
  actingOrganisationId: string;
  principalId: string;
  validFrom: string;
  validTo: string | null;
}

/** Whether an agreement is in force on `today` (ISO dates compare as strings; validTo is inclusive). */
export function agreementInForce(agreement: AgreementTerm, today: string): boolean {
  return agreement.validFrom <= today && (agreement.validTo === null || today <= agreement.validTo);
}

/**
 * Which principals' data an actor may read and write (docs/rules.md "Rules that protect people"): staff act for
 * their own municipality and, only while an agreement is in force, for the principals their organisation
 * serves under it. A principal's reviewer inspects their own municipality only, and never writes. A user who
 * is a reviewer and also holds a staff role keeps the staff scope for reading and writing.
 */
export function principalScope(
  roles: readonly Role[],
  organisationId: string,
  homePrincipalId: string,
  agreements: readonly AgreementTerm[],
  today: string,
): { readable: string[]; writable: string[] } {
  const staff = roles.some((r) => r !== Role.PRINCIPAL_REVIEWER);
  const served = agreements
    .filter((a) => a.actingOrganisationId === organisationId && agreementInForce(a, today))
    .map((a) => a.principalId);
  const staffScope = [...new Set([homePrincipalId, ...served])].sort();
  if (staff) return { readable: staffScope, writable: staffScope };
  if (roles.includes(Role.PRINCIPAL_REVIEWER)) return { readable: [homePrincipalId], writable: [] };
  return { readable: [], writable: [] };
}
