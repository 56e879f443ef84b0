import { graphql, type ResultOf } from '../../platform/graphql';

/** Contacts a page of the timeline: a screenful, the newest first. */
export const TIMELINE_PAGE = 10;

/** The API's largest page: skill needs and openings are read from this many of the newest contacts and openings. */
export const LARGEST_PAGE = 100;

export const EmployerCardQuery = graphql(`
  query EmployerCard($id: ID!) {
    employer(id: $id) {
      id
      version
      name
      organisationNumber
      status
      street
      postalCode
      city
      municipality {
        label
      }
      sniCodes
      sectors {
        id
        name
      }
      responsible {
        name
      }
      contactPersons {
        id
        name
        role
        phone
        email
      }
    }
  }
`);

/** An SNI 2007 code's label: the taxonomy is searched by code within the code's level. */
export const SniConceptQuery = graphql(`
  query SniConcept($type: String!, $code: String!) {
    taxonomyConcepts(type: $type, search: $code, limit: 5) {
      items {
        id
        code
        label
      }
    }
  }
`);

export const EmployerTimelineQuery = graphql(`
  query EmployerTimeline($employerId: ID!, $limit: Int!, $offset: Int!) {
    employerTimeline(employerId: $employerId, limit: $limit, offset: $offset) {
      totalCount
      hasNextPage
      items {
        id
        kind
        occurredAt
        summary
        nextFollowUpOn
        followUpDoneAt
        authorId
        author {
          name
        }
        skillNeeds {
          id
          headcount
          neededBy
          occupationConceptId
          occupation {
            id
            label
            type
          }
        }
      }
    }
  }
`);

export const EmployerOpeningsQuery = graphql(`
  query EmployerOpenings($employerId: ID!, $limit: Int!) {
    openings(employerId: $employerId, limit: $limit) {
      totalCount
      items {
        id
        title
        kind
        status
        startOn
        sourceSkillNeedId
        team {
          name
        }
      }
    }
  }
`);

export const UpdateContactPersonsMutation = graphql(`
  mutation UpdateContactPersons($input: UpdateEmployerInput!) {
    updateEmployer(input: $input) {
      id
      version
    }
  }
`);

export const LogContactMutation = graphql(`
  mutation LogEmployerContact($input: LogEmployerContactInput!) {
    logEmployerContact(input: $input) {
      id
    }
  }
`);

export const CloseContactFollowUpMutation = graphql(`
  mutation CloseContactFollowUp($contactId: ID!) {
    closeFollowUp(contactId: $contactId) {
      id
      followUpDoneAt
    }
  }
`);

export const CreateOpeningFromSkillNeedMutation = graphql(`
  mutation CreateOpeningFromSkillNeed($skillNeedId: ID!, $input: OpeningFromSkillNeedInput!) {
    createOpeningFromSkillNeed(skillNeedId: $skillNeedId, input: $input) {
      id
      title
      team {
        name
      }
    }
  }
`);

export type EmployerCard = ResultOf<typeof EmployerCardQuery>['employer'];
export type ContactPerson = EmployerCard['contactPersons'][number];
export type TimelineContact = ResultOf<typeof EmployerTimelineQuery>['employerTimeline']['items'][number];
export type SkillNeed = TimelineContact['skillNeeds'][number];
export type EmployerOpeningsResult = ResultOf<typeof EmployerOpeningsQuery>;
export type EmployerOpening = EmployerOpeningsResult['openings']['items'][number];
