import { graphql, type ResultOf } from '../platform/graphql';

/** The API's largest page: a column shows at most this many cards. */
export const PLACEMENT_LIMIT = 100;

/** Cards a column shows before "Visa fler". */
export const CARDS_PER_COLUMN = 10;

export const PlacementCardFields = graphql(`
  fragment PlacementCardFields on Placement {
    id
    version
    stage
    outcome
    candidateId
    openingId
    candidate {
      id
      firstName
      lastName
    }
    opening {
      id
      title
      employer {
        id
        name
      }
    }
    nextSteps {
      stages
      outcomes
    }
    history {
      id
      on
    }
  }
`);

export const BoardColumnFields = graphql(
  `
    fragment BoardColumnFields on PlacementPage {
      totalCount
      items {
        ...PlacementCardFields
      }
    }
  `,
  [PlacementCardFields],
);

/** The whole board in one request: each stage's newest placements (as many as the column shows) and its count. */
export const PlacementsQuery = graphql(
  `
    query BoardPlacements($openingId: ID, $candidateId: ID, $limit: Int!) {
      PROPOSED: placements(stage: PROPOSED, openingId: $openingId, candidateId: $candidateId, limit: $limit) {
        ...BoardColumnFields
      }
      PRESENTED: placements(stage: PRESENTED, openingId: $openingId, candidateId: $candidateId, limit: $limit) {
        ...BoardColumnFields
      }
      INTERVIEW: placements(stage: INTERVIEW, openingId: $openingId, candidateId: $candidateId, limit: $limit) {
        ...BoardColumnFields
      }
      INTERNSHIP_STARTED: placements(stage: INTERNSHIP_STARTED, openingId: $openingId, candidateId: $candidateId, limit: $limit) {
        ...BoardColumnFields
      }
      INTERNSHIP_COMPLETED: placements(stage: INTERNSHIP_COMPLETED, openingId: $openingId, candidateId: $candidateId, limit: $limit) {
        ...BoardColumnFields
      }
      EMPLOYMENT_STARTED: placements(stage: EMPLOYMENT_STARTED, openingId: $openingId, candidateId: $candidateId, limit: $limit) {
        ...BoardColumnFields
      }
      OUTCOME: placements(stage: OUTCOME, openingId: $openingId, candidateId: $candidateId, limit: $limit) {
        ...BoardColumnFields
      }
    }
  `,
  [BoardColumnFields],
);

/** The open openings: the board's filter. */
export const OpenOpeningsQuery = graphql(`
  query BoardOpenings {
    openings(status: OPEN, limit: 100) {
      items {
        id
        title
        employer {
          name
        }
      }
    }
  }
`);

export const PersonQuery = graphql(`
  query BoardPerson($id: ID!) {
    candidate(id: $id) {
      id
      firstName
      lastName
    }
  }
`);

export const AdvancePlacementMutation = graphql(
  `
    mutation AdvancePlacement($input: AdvancePlacementInput!) {
      advancePlacement(input: $input) {
        ...PlacementCardFields
      }
    }
  `,
  [PlacementCardFields],
);

export const RecordOutcomeMutation = graphql(
  `
    mutation RecordPlacementOutcome($input: RecordPlacementOutcomeInput!) {
      recordPlacementOutcome(input: $input) {
        ...PlacementCardFields
      }
    }
  `,
  [PlacementCardFields],
);

/** JobTech's employment types (tillsvidare, visstid, ...) for a hire. */
export const EmploymentTypesQuery = graphql(`
  query EmploymentTypes {
    taxonomyConcepts(type: "employment-type", limit: 100) {
      items {
        id
        label
      }
    }
  }
`);

export const PlacementQuery = graphql(
  `
    query PlacementDetails($id: ID!) {
      placement(id: $id) {
        ...PlacementCardFields
        outcomeOn
        outcomeReason
        endedOn
        employmentType {
          label
        }
        subsidised
        municipalLabourMarketEmployment
        employmentStartOn
        hoursPerWeek
        changes: history {
          id
          on
          at
          fromStage
          fromOutcome
          toStage
          toOutcome
          note
          actor {
            name
          }
        }
      }
    }
  `,
  [PlacementCardFields],
);

export type BoardPlacement = ResultOf<typeof PlacementCardFields>;
export type PlacementDetails = ResultOf<typeof PlacementQuery>['placement'];
export type OpenOpening = ResultOf<typeof OpenOpeningsQuery>['openings']['items'][number];

/** The person's name as the API gives it. */
export function personName(p: Pick<BoardPlacement, 'candidate'>): string {
  return `${p.candidate.firstName} ${p.candidate.lastName}`;
}

/** The day the placement entered its stage: its latest change. */
export function stageSince(p: Pick<BoardPlacement, 'history'>): string | undefined {
  return p.history[p.history.length - 1]?.on;
}
