import { graphql, type ResultOf } from '../../platform/graphql';

/** People a section shows at most; the rest are in the caseload below. */
export const SECTION_SIZE = 10;
export const PAGE_SIZE = 25;

const DayRow = graphql(`
  fragment DayRow on Enrolment {
    id
    candidateId
    firstContactOn
    candidate {
      id
      firstName
      lastName
    }
  }
`);

export const MyDayQuery = graphql(
  `
    query MyDay($me: ID!, $limit: Int!) {
      secretaryCaseloads {
        secretaryId
        openCandidates
        overdueFollowUps
        withoutPlan
      }
      overdue: myOverdueFollowUps(limit: $limit) {
        totalCount
        items {
          ...DayRow
          nextFollowUpDue
        }
      }
      withoutPlan: candidatesWithoutCurrentPlan(secretaryId: $me, limit: $limit) {
        totalCount
        items {
          ...DayRow
          planDueOn
          workingDaysSinceFirstContact
        }
      }
      firstMeetings: caseloadEnrolments(status: AWAITING_FIRST_MEETING, limit: $limit) {
        totalCount
        items {
          ...DayRow
          planDueOn
          workingDaysSinceFirstContact
        }
      }
      sickListed: caseloadEnrolments(status: SICK_LISTED, secretaryId: $me, limit: $limit) {
        totalCount
        items {
          ...DayRow
          plan {
            establishedOn
          }
        }
      }
    }
  `,
  [DayRow],
);

export const CaseloadQuery = graphql(`
  query Caseload($status: CaseloadStatus!, $secretaryId: ID, $teamId: ID, $sectorId: ID, $limit: Int!, $offset: Int!) {
    caseloadEnrolments(status: $status, secretaryId: $secretaryId, teamId: $teamId, sectorId: $sectorId, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        candidateId
        firstContactOn
        exitOn
        candidate {
          id
          firstName
          lastName
        }
        sector {
          name
        }
        team {
          name
        }
        plan {
          establishedOn
          sickListed
        }
        nextFollowUpDue
        followUpOverdue
      }
    }
  }
`);

export const CaseloadFilterOptionsQuery = graphql(`
  query CaseloadFilterOptions {
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

export type CaseloadRow = ResultOf<typeof CaseloadQuery>['caseloadEnrolments']['items'][number];
export type MyDay = ResultOf<typeof MyDayQuery>;
