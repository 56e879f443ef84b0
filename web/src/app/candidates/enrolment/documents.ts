import type { VariablesOf } from 'gql.tada';
import { graphql, type ResultOf } from '../../platform/graphql';

export const LikelyDuplicatesQuery = graphql(`
  query LikelyDuplicates($firstName: String!, $lastName: String!, $birthDate: String!) {
    likelyDuplicates(firstName: $firstName, lastName: $lastName, birthDate: $birthDate) {
      id
      firstName
      lastName
      identityNumber
      homeMunicipality {
        label
      }
      enrolments {
        id
        exitOn
      }
    }
  }
`);

export const EnrolCandidateMutation = graphql(`
  mutation EnrolCandidate($input: EnrolCandidateInput!) {
    enrolCandidate(input: $input) {
      candidate {
        id
      }
      enrolment {
        id
      }
    }
  }
`);

export const EnrolledQuery = graphql(`
  query Enrolled($id: ID!) {
    candidate(id: $id) {
      id
      firstName
      lastName
      identityNumber
      enrolments {
        id
        firstContactOn
        exitOn
      }
    }
  }
`);

const EnrolmentStepFields = graphql(`
  fragment EnrolmentStepFields on Enrolment {
    id
    principalId
    firstContactOn
    firstMeetingOn
    exitOn
    secretary {
      name
    }
    planEstablishedOn
    workingDaysToPlan
    planDueOn
    workingDaysSinceFirstContact
    plan {
      id
    }
    planningWeekStartOn
    sectorChosenOn
    workingDaysToSector
    sectorDueOn
    sector {
      name
    }
    team {
      name
    }
  }
`);

export const NextStepQuery = graphql(
  `
    query NextStep($id: ID!) {
      candidate(id: $id) {
        id
        enrolments {
          ...EnrolmentStepFields
        }
      }
      viewer {
        writablePrincipalIds
      }
      sectors {
        id
        name
      }
      teams {
        id
        name
        sectorId
        servedPrincipalIds
      }
    }
  `,
  [EnrolmentStepFields],
);

export const RecordFirstMeetingMutation = graphql(`
  mutation RecordFirstMeeting($input: FirstMeetingInput!) {
    recordFirstMeeting(input: $input) {
      id
    }
  }
`);

export const StartPlanMutation = graphql(`
  mutation StartPlanFromNextStep($input: StartPlanInput!) {
    startPlan(input: $input) {
      id
    }
  }
`);

export const StartPlanningWeekMutation = graphql(`
  mutation StartPlanningWeek($input: PlanningWeekInput!) {
    startPlanningWeek(input: $input) {
      id
    }
  }
`);

export const ChooseSectorMutation = graphql(`
  mutation ChooseSector($input: ChooseSectorInput!) {
    chooseSector(input: $input) {
      id
      sector {
        name
      }
      team {
        name
      }
    }
  }
`);

export type EnrolCandidateInput = VariablesOf<typeof EnrolCandidateMutation>['input'];
export type Duplicate = ResultOf<typeof LikelyDuplicatesQuery>['likelyDuplicates'][number];
