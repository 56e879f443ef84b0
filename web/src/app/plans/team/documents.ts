import { graphql, type ResultOf } from '../../platform/graphql';

/** A team's member as the team page and the meeting form name them: their role and whether they are still active. */
export const TeamMemberFields = graphql(`
  fragment TeamMemberFields on TeamMember {
    userId
    role
    user {
      id
      name
      active
    }
  }
`);

export const TeamsQuery = graphql(
  `
    query Teams {
      teams {
        id
        name
        sectorId
        members {
          ...TeamMemberFields
        }
      }
      sectors {
        id
        name
      }
    }
  `,
  [TeamMemberFields],
);

export const TeamCaseloadQuery = graphql(`
  query TeamCaseload($teamId: ID!) {
    teamCaseload(teamId: $teamId) {
      openCandidates
      overdueFollowUps
      withoutPlan
      secretaries {
        secretaryId
        secretary {
          id
          name
        }
        openCandidates
        overdueFollowUps
        withoutPlan
      }
    }
  }
`);

export const TeamOverdueQuery = graphql(`
  query TeamOverdueCandidateFollowUps($teamId: ID!, $limit: Int!, $offset: Int!) {
    teamOverdueCandidateFollowUps(teamId: $teamId, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        candidateId
        nextFollowUpDue
        candidate {
          id
          firstName
          lastName
        }
        secretary {
          id
          name
        }
      }
    }
  }
`);

export const TeamMeetingsQuery = graphql(`
  query TeamMeetings($teamId: ID!, $from: DateTime) {
    meetings(teamId: $teamId, from: $from, limit: 20) {
      totalCount
      items {
        id
        title
        status
        startsAt
        endsAt
        principal {
          id
          name
        }
        venue {
          id
          name
        }
      }
    }
  }
`);

export const FeedTokensQuery = graphql(`
  query MeetingFeedTokens($teamId: ID!) {
    meetingFeedTokens(teamId: $teamId) {
      id
      label
      createdAt
      lastUsedAt
      revokedAt
      createdBy {
        id
        name
      }
    }
  }
`);

export const CreateFeedTokenMutation = graphql(`
  mutation CreateMeetingFeedToken($input: CreateMeetingFeedTokenInput!) {
    createMeetingFeedToken(input: $input) {
      path
      feedToken {
        id
        label
      }
    }
  }
`);

export const RevokeFeedTokenMutation = graphql(`
  mutation RevokeMeetingFeedToken($id: ID!) {
    revokeMeetingFeedToken(id: $id) {
      id
      revokedAt
    }
  }
`);

export type Team = ResultOf<typeof TeamsQuery>['teams'][number];
export type FeedToken = ResultOf<typeof FeedTokensQuery>['meetingFeedTokens'][number];
