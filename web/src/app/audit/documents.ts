import { graphql, type ResultOf } from '../platform/graphql';

export const PAGE_SIZE = 25;

export const AccessLogQuery = graphql(`
  query AccessLog($candidateId: ID, $from: DateTime, $to: DateTime, $limit: Int!, $offset: Int!) {
    accessLog(candidateId: $candidateId, from: $from, to: $to, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        at
        operation
        purpose
        caseId
        candidateId
        candidateName
        user {
          name
          organisation {
            name
          }
        }
      }
    }
  }
`);

export type AccessLogEntry = ResultOf<typeof AccessLogQuery>['accessLog']['items'][number];

/** People by name, to choose whose reads to see (the list is itself a read of them, and logged as one). */
export const PersonSearchQuery = graphql(`
  query AccessLogPersonSearch($name: String!) {
    candidates(name: $name, limit: 10) {
      items {
        id
        firstName
        lastName
        birthDate
      }
    }
  }
`);
