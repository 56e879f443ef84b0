import { graphql, type ResultOf } from '../platform/graphql';

/** Rows a page: the API's default page size, enough to scan without scrolling far. */
export const PAGE_SIZE = 25;

export const OpeningsQuery = graphql(`
  query Openings($status: OpeningStatus, $kind: OpeningKind, $municipalityConceptId: ID, $sectorId: ID, $teamId: ID, $limit: Int!, $offset: Int!) {
    openings(
      status: $status
      kind: $kind
      municipalityConceptId: $municipalityConceptId
      sectorId: $sectorId
      teamId: $teamId
      limit: $limit
      offset: $offset
    ) {
      totalCount
      items {
        id
        title
        kind
        status
        startOn
        places
        employer {
          id
          name
        }
        municipality {
          label
        }
        team {
          name
        }
      }
    }
  }
`);

export const OpeningFilterOptionsQuery = graphql(`
  query OpeningFilterOptions {
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

export const OpeningQuery = graphql(`
  query Opening($id: ID!) {
    opening(id: $id) {
      id
      version
      title
      kind
      status
      nextStatuses
      employerId
      employer {
        id
        name
      }
      occupation {
        id
        label
      }
      sectorId
      sector {
        name
      }
      team {
        name
      }
      municipalityConceptId
      municipality {
        label
      }
      street
      postalCode
      startOn
      applicationDeadline
      places
      hoursPerWeek
      worktimeConceptId
      worktime {
        label
      }
      requiredSkills {
        skillConceptId
        weight
        skill {
          label
        }
      }
      preferredSkills {
        skillConceptId
        weight
        skill {
          label
        }
      }
      requiredLicenceConceptIds
      requiredLicences {
        id
        label
      }
      minSwedishLevel
      swedishLevelReason
      maxCommuteMinutes
      commuteLimitMinutes
      languageNeeds {
        languageConceptId
        minLevelConceptId
        reason
        language {
          label
        }
        minLevel {
          label
        }
      }
      supervisorName
      supervisorPhone
      supervisorEmail
      periodStartOn
      periodEndOn
      checkIns {
        id
        on
        note
        author {
          name
        }
      }
    }
  }
`);

export const SetOpeningStatusMutation = graphql(`
  mutation SetOpeningStatus($input: SetOpeningStatusInput!) {
    setOpeningStatus(input: $input) {
      id
      version
      status
      nextStatuses
    }
  }
`);

export const AddCheckInMutation = graphql(`
  mutation AddInternshipCheckIn($input: AddInternshipCheckInInput!) {
    addInternshipCheckIn(input: $input) {
      id
    }
  }
`);

export const CreateOpeningMutation = graphql(`
  mutation CreateOpening($input: CreateOpeningInput!) {
    createOpening(input: $input) {
      id
    }
  }
`);

export const UpdateOpeningMutation = graphql(`
  mutation UpdateOpening($input: UpdateOpeningInput!) {
    updateOpening(input: $input) {
      id
      version
    }
  }
`);

/** What the form's lists offer: the sectors, the driving licences, worktime extents and language levels (a few each). */
export const OpeningFormOptionsQuery = graphql(`
  query OpeningFormOptions {
    sectors {
      id
      name
    }
    licences: taxonomyConcepts(type: "driving-licence", limit: 100) {
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
    languageLevels: taxonomyConcepts(type: "language-level", limit: 100) {
      items {
        id
        label
      }
    }
  }
`);

export type OpeningRow = ResultOf<typeof OpeningsQuery>['openings']['items'][number];
export type OpeningDetail = ResultOf<typeof OpeningQuery>['opening'];
export type FormOptions = ResultOf<typeof OpeningFormOptionsQuery>;
