import { graphql, type ResultOf } from '../platform/graphql';

/** One change of a record's history, as every history table shows it. */
export const RecordChangeFields = graphql(`
  fragment RecordChangeFields on RecordChange {
    id
    at
    field
    beforeText
    afterText
    user {
      name
    }
  }
`);

export type RecordChangeRow = ResultOf<typeof RecordChangeFields>;

/** A record's change history is read only when asked for: the read of a person's history is a read of their record. */
export const CandidateHistoryQuery = graphql(
  `
    query CandidateHistory($id: ID!) {
      candidate(id: $id) {
        id
        history {
          ...RecordChangeFields
        }
      }
    }
  `,
  [RecordChangeFields],
);

export const EmployerHistoryQuery = graphql(
  `
    query EmployerHistory($id: ID!) {
      employer(id: $id) {
        id
        history {
          ...RecordChangeFields
        }
      }
    }
  `,
  [RecordChangeFields],
);

export const OpeningHistoryQuery = graphql(
  `
    query OpeningHistory($id: ID!) {
      opening(id: $id) {
        id
        history {
          ...RecordChangeFields
        }
      }
    }
  `,
  [RecordChangeFields],
);
