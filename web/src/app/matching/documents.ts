import { graphql, type ResultOf } from '../platform/graphql';

/** How many people the ranking asks for at a time, best first: enough to choose from, quick to read. */
export const RANKED_PAGE = 25;
/** The most the API gives in one answer. */
export const RANKED_MAX = 100;
/** How many of the excluded are listed by reason: the API's largest page. */
export const EXCLUDED_LIMIT = 100;

const PersonFields = graphql(`
  fragment RankingPerson on Candidate {
    id
    firstName
    lastName
    identityNumber
  }
`);

export const RankingQuery = graphql(
  `
    query Ranking($openingId: ID!, $limit: Int!, $excludedLimit: Int!) {
      rankCandidatesForOpening(openingId: $openingId, limit: $limit, excludedLimit: $excludedLimit) {
        considered
        excludedCount
        opening {
          id
          title
          kind
          employer {
            id
            name
          }
          municipality {
            label
          }
        }
        ranked {
          score
          explanation
          factors {
            factor
            side
            weight
            contribution
            detail
          }
          candidate {
            ...RankingPerson
          }
        }
        nearMisses {
          score
          reasons
          candidate {
            ...RankingPerson
          }
        }
        excluded {
          reasons
          candidate {
            ...RankingPerson
          }
        }
      }
    }
  `,
  [PersonFields],
);

const ShortlistFields = graphql(`
  fragment ShortlistFields on ShortlistEntry {
    id
    candidateId
    addedAt
    addedBy {
      name
    }
    presentedAt
    presentedBy {
      name
    }
    consentToShare
    candidate {
      id
      firstName
      lastName
      identityNumber
      consents {
        id
        purpose
        givenAt
        withdrawnAt
      }
    }
  }
`);

export const ShortlistQuery = graphql(
  `
    query Shortlist($openingId: ID!) {
      shortlist(openingId: $openingId) {
        ...ShortlistFields
      }
    }
  `,
  [ShortlistFields],
);

export const AddToShortlistMutation = graphql(`
  mutation AddToShortlist($openingId: ID!, $candidateId: ID!) {
    addToShortlist(input: { openingId: $openingId, candidateId: $candidateId }) {
      id
    }
  }
`);

export const MarkPresentedMutation = graphql(`
  mutation MarkPresented($openingId: ID!, $candidateId: ID!) {
    markPresented(input: { openingId: $openingId, candidateId: $candidateId }) {
      id
      presentedAt
    }
  }
`);

export const RemoveFromShortlistMutation = graphql(`
  mutation RemoveFromShortlist($openingId: ID!, $candidateId: ID!) {
    removeFromShortlist(openingId: $openingId, candidateId: $candidateId)
  }
`);

/** What RankingResults draws: the ranking query's answer, as it comes. */
export type RankingData = ResultOf<typeof RankingQuery>['rankCandidatesForOpening'];
export type RankedPerson = RankingData['ranked'][number];
export type ExcludedPerson = RankingData['excluded'][number];
export type ShortlistEntry = ResultOf<typeof ShortlistQuery>['shortlist'][number];

export const PassOverMutation = graphql(`
  mutation PassOverRankedCandidate($input: PassOverInput!) {
    passOverRankedCandidate(input: $input) {
      id
      candidateId
      decision
      decisionReason
    }
  }
`);
