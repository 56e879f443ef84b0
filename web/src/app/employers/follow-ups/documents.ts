import { graphql, type ResultOf } from '../../platform/graphql';

/** The list's size: the API's page limit, far more than a week of one person's follow-ups. */
export const PAGE_SIZE = 100;

export const MyFollowUpsQuery = graphql(`
  query MyFollowUpsDue($limit: Int!) {
    myFollowUpsDue(withinDays: 7, limit: $limit) {
      totalCount
      items {
        id
        nextFollowUpOn
        occurredAt
        summary
        employer {
          id
          name
        }
      }
    }
  }
`);

export const CloseFollowUpMutation = graphql(`
  mutation CloseFollowUp($contactId: ID!) {
    closeFollowUp(contactId: $contactId) {
      id
      followUpDoneAt
    }
  }
`);

export type FollowUpItem = ResultOf<typeof MyFollowUpsQuery>['myFollowUpsDue']['items'][number];
