/** The operations `npm run bench:api` measures, first the floor every other is compared with. */
export interface ApiQuery {
  label: string;
  query: string;
  /** The demo user it runs as; none for the floor. */
  as?: string;
  variables?: (ids: Record<string, string>) => Record<string, unknown>;
  /** The one also measured at a fixed request rate. */
  atFixedRate?: boolean;
}

/** A person's page as the web app's *Väg och plan* asks for it, in short: the person, the periods, the plan and its history. */
const PERSON_PAGE = `query Person($id: ID!) {
  candidate(id: $id) {
    id version firstName lastName identityNumber principalId travelMode maxCommuteMinutes
    enrolments {
      id version firstContactOn firstMeetingOn sectorChosenOn planEstablishedOn workingDaysToPlan workingDaysToSector
      exitOn exitReason exitOutcome nextFollowUpDue followUpOverdue
      sector { name } team { name } secretary { name }
      plan {
        id version kind establishedOn goalDescription goalOccupation { label } owner { name }
        activities { id type status startOn endOn responsible { name } }
        revisions { id action at author { name } changes { field from to } }
      }
      followUps { id heldOn form summary nextOn by { name } }
    }
    consents { id purpose recipient givenAt withdrawnAt }
    sfiEnrolments { id status queuedSince waitingDays course { name } }
  }
}`;

export const API_QUERIES: readonly ApiQuery[] = [
  { label: '{ __typename } (floor, no sign-in)', query: '{ __typename }' },
  { label: 'viewer', query: '{ viewer { name } }', as: 'recruiter1' },
  {
    label: '20 employers with their municipality',
    query: '{ employers(limit: 20) { items { id name municipality { label } } } }',
    as: 'recruiter1',
    atFixedRate: true,
  },
  { label: '20 people (access log written)', query: '{ candidates(limit: 20) { items { id firstName lastName } } }', as: 'secretary1' },
  { label: "a person's page", query: PERSON_PAGE, as: 'secretary1', variables: (ids) => ({ id: ids.candidateId }) },
  {
    label: 'ranking of 25 for an opening',
    query: 'query($id: ID!) { rankCandidatesForOpening(openingId: $id, limit: 25) { considered ranked { score explanation candidate { id firstName } } } }',
    as: 'recruiter1',
    variables: (ids) => ({ id: ids.openingId }),
  },
];
