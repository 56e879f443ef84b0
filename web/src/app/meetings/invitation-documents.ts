/** The GraphQL documents of a meeting's invitations: the list, the ranking's proposals, inviting, answers, attendance, interviews. */
import { graphql, type ResultOf } from '../platform/graphql';
import { CandidateNameFields, OpeningTitleFields } from './fragments';

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

export type Invitation = ResultOf<typeof MeetingInvitationsQuery>['meetingInvitations']['items'][number];

export const personName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
