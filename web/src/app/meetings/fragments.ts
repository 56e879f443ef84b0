/** The fragments the meeting documents share: a meeting in a list, a venue, a status change, an opening's and a person's name. */
import { graphql } from '../platform/graphql';

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
