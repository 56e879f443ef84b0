import { graphql, type ResultOf } from '../graphql';

/**
 * Whose records a new one may go in: the principals the viewer may write to (Trelleborg's staff also work for
 * Svedala under an agreement), named through the organisations the viewer may read.
 */
export const WritablePrincipalsQuery = graphql(`
  query WritablePrincipals {
    viewer {
      organisationId
      writablePrincipalIds
    }
    organisations {
      id
      name
      parentId
    }
  }
`);

export interface PrincipalOption {
  value: string;
  label: string;
}

const byLabel = (a: PrincipalOption, b: PrincipalOption) => a.label.localeCompare(b.label, 'sv');

/**
 * The principals the viewer writes for, by name, and the one the API chooses when none is sent: the municipality the
 * viewer's own organisation belongs to (else the first by name).
 */
export function principalChoice(data: ResultOf<typeof WritablePrincipalsQuery> | undefined): { options: PrincipalOption[]; home: string | null } | null {
  if (!data) return null;
  const names = new Map(data.organisations.map((o) => [o.id, o.name]));
  const own = data.organisations.find((o) => o.id === data.viewer.organisationId);
  const home = own ? (own.parentId ?? own.id) : null;
  const options = data.viewer.writablePrincipalIds.map((id) => ({ value: id, label: names.get(id) ?? id })).sort(byLabel);
  return { options, home: home && data.viewer.writablePrincipalIds.includes(home) ? home : (options[0]?.value ?? null) };
}
