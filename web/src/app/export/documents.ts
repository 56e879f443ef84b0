import { graphql, type ResultOf } from '../platform/graphql';

/** The viewer's own principal and its exports, newest first. */
export const PrincipalExportsQuery = graphql(`
  query PrincipalExports {
    exportablePrincipal {
      id
      name
    }
    principalExports {
      id
      status
      progress
      rowsWritten
      sizeBytes
      createdAt
      finishedAt
      expiresAt
      error
      downloadUrl
      requestedBy {
        name
      }
    }
  }
`);

export type PrincipalExportRow = ResultOf<typeof PrincipalExportsQuery>['principalExports'][number];

export const StartPrincipalExportMutation = graphql(`
  mutation StartPrincipalExport($principalId: ID!) {
    startPrincipalExport(principalId: $principalId) {
      id
      status
    }
  }
`);
