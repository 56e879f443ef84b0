/** The meeting pages' GraphQL documents: lists, the quarter's plan, venues, planning, one meeting and its status changes. */
import { graphql, type ResultOf } from '../platform/graphql';
import { TeamMemberFields } from '../plans/team/documents';
import { MeetingListFields, MeetingStateFields, OpeningTitleFields, VenueFields } from './fragments';

/** The quarter's plan against the target per municipality, with the counts per sector. */
export const MeetingPlanningQuery = graphql(`
  query MeetingPlanning($year: Int!, $quarter: Int!) {
    meetingPlanning(year: $year, quarter: $quarter) {
      year
      quarter
      from
      to
      municipalities {
        principal {
          id
          name
        }
        target
        held
        planned
        cancelled
        missing
        onTrack
        met
        sectors {
          sector {
            id
            name
          }
          held
          planned
          cancelled
        }
      }
    }
  }
`);

export const MeetingsQuery = graphql(
  `
    query Meetings($status: MeetingStatus, $teamId: ID, $principalId: ID, $limit: Int!, $offset: Int!) {
      meetings(status: $status, teamId: $teamId, principalId: $principalId, limit: $limit, offset: $offset) {
        totalCount
        items {
          ...MeetingListFields
        }
      }
    }
  `,
  [MeetingListFields],
);

/** The teams (with members, for the responsible staff), the municipalities and the sectors the filters and the form name. */
export const MeetingChoicesQuery = graphql(
  `
    query MeetingChoices {
      teams {
        id
        name
        sectorId
        servedPrincipalIds
        members {
          ...TeamMemberFields
        }
      }
      organisations {
        id
        name
        kind
      }
    }
  `,
  [TeamMemberFields],
);

export const MeetingVenuesQuery = graphql(
  `
    query MeetingVenues($principalId: ID) {
      meetingVenues(principalId: $principalId) {
        ...VenueFields
      }
    }
  `,
  [VenueFields],
);

export const CreateVenueMutation = graphql(
  `
    mutation CreateMeetingVenue($input: MeetingVenueInput!) {
      createMeetingVenue(input: $input) {
        ...VenueFields
      }
    }
  `,
  [VenueFields],
);

/** An employer's open openings, to bring to the meeting. */
export const EmployerOpeningsQuery = graphql(
  `
    query MeetingEmployerOpenings($employerId: ID!) {
      openings(employerId: $employerId, status: OPEN, limit: 100) {
        items {
          ...OpeningTitleFields
        }
      }
    }
  `,
  [OpeningTitleFields],
);

export const PlanMeetingMutation = graphql(`
  mutation PlanMeeting($input: PlanMeetingInput!) {
    planMeeting(input: $input) {
      id
    }
  }
`);

export const MeetingQuery = graphql(
  `
    query Meeting($id: ID!) {
      meeting(id: $id) {
        id
        version
        title
        status
        format
        startsAt
        endsAt
        onlineUrl
        notes
        principalId
        invitationsSentAt
        heldAt
        cancelledAt
        cancelReason
        principal {
          id
          name
        }
        sector {
          id
          name
        }
        team {
          id
          name
        }
        venue {
          ...VenueFields
          postalCode
        }
        responsibleStaff {
          id
          name
        }
        employers {
          id
          employer {
            id
            name
          }
          openings {
            ...OpeningTitleFields
          }
          contact {
            id
            kind
            summary
            occurredAt
          }
        }
        invitationCounts {
          invited
          accepted
          declined
          noAnswer
          attended
          absent
          seated
        }
      }
    }
  `,
  [VenueFields, OpeningTitleFields],
);

export const SendInvitationsMutation = graphql(
  `
    mutation SendMeetingInvitations($input: MeetingStatusInput!) {
      sendMeetingInvitations(input: $input) {
        ...MeetingStateFields
      }
    }
  `,
  [MeetingStateFields],
);

export const MarkHeldMutation = graphql(
  `
    mutation MarkMeetingHeld($input: MeetingStatusInput!) {
      markMeetingHeld(input: $input) {
        ...MeetingStateFields
      }
    }
  `,
  [MeetingStateFields],
);

export const CancelMeetingMutation = graphql(
  `
    mutation CancelMeeting($input: CancelMeetingInput!) {
      cancelMeeting(input: $input) {
        ...MeetingStateFields
      }
    }
  `,
  [MeetingStateFields],
);

export type MeetingListItem = ResultOf<typeof MeetingListFields>;
export type MeetingDetails = ResultOf<typeof MeetingQuery>['meeting'];
export type Venue = ResultOf<typeof MeetingVenuesQuery>['meetingVenues'][number];
export type MeetingChoices = ResultOf<typeof MeetingChoicesQuery>;

// the invitations' documents live beside these; the pages import every document from here
export * from './invitation-documents';
