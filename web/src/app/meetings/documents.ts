import { graphql, type ResultOf } from '../graphql';
import { TeamMemberFields } from '../teams/documents';

export const MeetingListFields = graphql(`
  fragment MeetingListFields on Meeting {
    id
    title
    status
    format
    startsAt
    endsAt
    principal {
      id
      name
    }
    team {
      id
      name
    }
    venue {
      id
      name
    }
    invitationCounts {
      invited
      seated
      attended
    }
  }
`);

/** A venue as the lists and the form show it. */
export const VenueFields = graphql(`
  fragment VenueFields on MeetingVenue {
    id
    name
    street
    city
    capacity
    principal {
      id
      name
    }
  }
`);

/** What a change of a meeting's status gives back: the new status and version. */
export const MeetingStateFields = graphql(`
  fragment MeetingStateFields on Meeting {
    id
    version
    status
  }
`);

export const OpeningTitleFields = graphql(`
  fragment OpeningTitleFields on Opening {
    id
    title
  }
`);

export const CandidateNameFields = graphql(`
  fragment CandidateNameFields on Candidate {
    id
    firstName
    lastName
  }
`);

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

export const MeetingInvitationsQuery = graphql(
  `
    query MeetingInvitations($meetingId: ID!) {
      meetingInvitations(meetingId: $meetingId, limit: 100) {
        totalCount
        items {
          id
          version
          candidateId
          principalId
          source
          score
          explanation
          response
          respondedAt
          attendance
          planActivityId
          candidate {
            ...CandidateNameFields
          }
          opening {
            ...OpeningTitleFields
          }
          reminders {
            id
            kind
            sentAt
          }
          interviews {
            id
            openingId
            scheduledAt
            note
            bookedAt
            placement {
              id
              stage
              opening {
                ...OpeningTitleFields
              }
            }
          }
        }
      }
    }
  `,
  [CandidateNameFields, OpeningTitleFields],
);

export const ProposedInvitationsQuery = graphql(
  `
    query ProposedMeetingInvitations($meetingId: ID!, $limit: Int!) {
      proposedMeetingInvitations(meetingId: $meetingId, limit: $limit) {
        considered
        proposals {
          score
          explanation
          invited
          opening {
            ...OpeningTitleFields
          }
          candidate {
            ...CandidateNameFields
            principalId
          }
        }
      }
    }
  `,
  [CandidateNameFields, OpeningTitleFields],
);

export const InviteMutation = graphql(`
  mutation InviteToMeeting($input: InviteToMeetingInput!) {
    inviteToMeeting(input: $input) {
      id
    }
  }
`);

export const RespondMutation = graphql(`
  mutation RecordInvitationResponse($input: InvitationResponseInput!) {
    recordInvitationResponse(input: $input) {
      id
      version
      response
    }
  }
`);

export const AttendMutation = graphql(`
  mutation RecordMeetingAttendance($input: AttendanceInput!) {
    recordMeetingAttendance(input: $input) {
      id
      version
      attendance
    }
  }
`);

export const BookInterviewMutation = graphql(`
  mutation BookMeetingInterview($input: BookMeetingInterviewInput!) {
    bookMeetingInterview(input: $input) {
      id
      placement {
        id
      }
    }
  }
`);

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
export type Invitation = ResultOf<typeof MeetingInvitationsQuery>['meetingInvitations']['items'][number];
export type Venue = ResultOf<typeof MeetingVenuesQuery>['meetingVenues'][number];
export type MeetingChoices = ResultOf<typeof MeetingChoicesQuery>;

export const personName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
