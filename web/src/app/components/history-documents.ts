import { graphql, type ResultOf } from '../graphql';

/** A record's change history is read only when asked for: the read of a person's history is a read of their record. */
export const CandidateHistoryQuery = graphql(`
  query CandidateHistory($id: ID!) {
    candidate(id: $id) {
      id
      history {
        id
        at
        field
        before
        after
        user {
          name
        }
      }
    }
  }
`);

export const EmployerHistoryQuery = graphql(`
  query EmployerHistory($id: ID!) {
    employer(id: $id) {
      id
      history {
        id
        at
        field
        before
        after
        user {
          name
        }
      }
    }
  }
`);

export const OpeningHistoryQuery = graphql(`
  query OpeningHistory($id: ID!) {
    opening(id: $id) {
      id
      history {
        id
        at
        field
        before
        after
        user {
          name
        }
      }
    }
  }
`);

export type RecordChangeRow = ResultOf<typeof OpeningHistoryQuery>['opening']['history'][number];
