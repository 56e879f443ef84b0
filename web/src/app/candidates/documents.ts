import { graphql, type ResultOf } from '../graphql';

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
      }
      swedishLevel
      impliedDrivingLicences {
        id
        label
      }
      wantedOccupationConceptIds
      wantedSectors {
        id
        name
      }
      wantedWorktimeConceptIds
      wantsInternship
      experience {
        occupationConceptId
        years
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

/**
 * The labels of the concepts a profile names only by id: every language (470, so five pages of the API's largest),
 * the language levels and the working hours.
 */
export const ProfileLabelsQuery = graphql(`
  query ProfileLabels {
    languages1: taxonomyConcepts(type: "language", limit: 100, offset: 0) {
      items {
        id
        label
      }
    }
    languages2: taxonomyConcepts(type: "language", limit: 100, offset: 100) {
      items {
        id
        label
      }
    }
    languages3: taxonomyConcepts(type: "language", limit: 100, offset: 200) {
      items {
        id
        label
      }
    }
    languages4: taxonomyConcepts(type: "language", limit: 100, offset: 300) {
      items {
        id
        label
      }
    }
    languages5: taxonomyConcepts(type: "language", limit: 100, offset: 400) {
      items {
        id
        label
      }
    }
    levels: taxonomyConcepts(type: "language-level", limit: 100) {
      items {
        id
        label
      }
    }
    worktimes: taxonomyConcepts(type: "worktime-extent", limit: 100) {
      items {
        id
        label
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
export type ProfileLabels = ResultOf<typeof ProfileLabelsQuery>;
