import { graphql, type ResultOf } from '../platform/graphql';

/** Rows a page: the API's default page size. */
export const PAGE_SIZE = 25;

export const CandidatesQuery = graphql(`
  query Candidates($name: String, $sectorId: ID, $teamId: ID, $openOnly: Boolean!, $limit: Int!, $offset: Int!) {
    candidates(name: $name, sectorId: $sectorId, teamId: $teamId, openOnly: $openOnly, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        firstName
        lastName
        identityNumber
        swedishLevel
        homeMunicipality {
          label
        }
        wantedSectors {
          id
          name
        }
      }
    }
  }
`);

export const CandidateFilterOptionsQuery = graphql(`
  query CandidateFilterOptions {
    sectors {
      id
      name
    }
    teams {
      id
      name
    }
  }
`);

export const CandidateQuery = graphql(`
  query Candidate($id: ID!) {
    candidate(id: $id) {
      id
      firstName
      lastName
      identityNumber
      addressArea
      earliestStartOn
      homeMunicipality {
        label
      }
      skills {
        id
        label
      }
      certificates
      languages {
        languageConceptId
        levelConceptId
        language {
          label
        }
        level {
          label
        }
      }
      swedishLevel
      impliedDrivingLicences {
        id
        label
      }
      wantedOccupations {
        id
        label
      }
      wantedSectors {
        id
        name
      }
      wantedWorktimes {
        id
        label
      }
      wantsInternship
      travelMode
      maxCommuteMinutes
      experience {
        occupationConceptId
        years
        occupation {
          label
        }
      }
      workLimitations
      consents {
        id
        purpose
        recipient
        givenAt
        withdrawnAt
      }
    }
  }
`);

export const OpeningsForCandidateQuery = graphql(`
  query OpeningsForCandidate($candidateId: ID!) {
    rankOpeningsForCandidate(candidateId: $candidateId, limit: 10) {
      excludedCount
      ranked {
        score
        explanation
        opening {
          id
          title
          kind
          employer {
            name
          }
          municipality {
            label
          }
        }
      }
    }
  }
`);

export type CandidateRow = ResultOf<typeof CandidatesQuery>['candidates']['items'][number];
export type CandidateProfile = ResultOf<typeof CandidateQuery>['candidate'];
