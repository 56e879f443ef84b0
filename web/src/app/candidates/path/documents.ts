import { graphql, type ResultOf } from '../../platform/graphql';

export const PlanFields = graphql(`
  fragment PersonPlanFields on Plan {
    id
    version
    kind
    establishedOn
    goalDescription
    goalOccupation {
      label
    }
    goalSector {
      name
    }
    goalReachedOn
    sickListed
    owner {
      name
    }
    activities {
      id
      type
      status
      startOn
      endOn
      note
      adapted
      placementId
      responsible {
        name
      }
    }
    revisions {
      id
      action
      at
      via
      author {
        name
      }
      changes {
        field
        from
        to
      }
    }
  }
`);

export const EnrolmentFields = graphql(
  `
    fragment PersonEnrolmentFields on Enrolment {
      id
      version
      principalId
      firstContactOn
      firstMeetingOn
      activeJobSeeker
      planningWeekStartOn
      sectorChosenOn
      planEstablishedOn
      workingDaysToPlan
      workingDaysToSector
      exitOn
      exitReason
      exitOutcome
      exitPlacementId
      workStartedOn
      workEndedOn
      workCheck
      workCheckedOn
      nextFollowUpDue
      followUpOverdue
      sector {
        name
      }
      team {
        name
      }
      secretary {
        name
      }
      plan {
        ...PersonPlanFields
      }
      followUps {
        id
        heldOn
        form
        summary
        nextOn
        by {
          name
        }
      }
    }
  `,
  [PlanFields],
);

/** A kept ranking the person appeared in, as it was shown, and what was then decided about them. */
export const RankingAppearanceFields = graphql(`
  fragment PersonRankingAppearance on RankingRecordEntry {
    id
    placement
    position
    score
    explanation
    decision
    decisionReason
    decidedAt
    decidedBy {
      name
    }
    record {
      id
      requestedAt
      requestedBy {
        name
      }
      opening {
        id
        title
      }
    }
  }
`);

export const PersonPathQuery = graphql(
  `
    query PersonPath($id: ID!) {
      candidate(id: $id) {
        id
        version
        firstName
        lastName
        identityNumber
        principalId
        travelMode
        maxCommuteMinutes
        homeMunicipalityConceptId
        newlyArrived
        enrolments {
          ...PersonEnrolmentFields
        }
        consents {
          id
          purpose
          recipient
          givenAt
          withdrawnAt
          description
          legalBasis
        }
        meetingInvitations {
          id
          response
          attendance
          meeting {
            id
            title
            startsAt
          }
        }
        rankingAppearances(limit: 20) {
          ...PersonRankingAppearance
        }
        sfiEnrolments {
          id
          status
          queuedSince
          startedOn
          endedOn
          waitingDays
          course {
            name
          }
        }
      }
      organisations {
        id
        name
      }
      placements(candidateId: $id, limit: 100) {
        items {
          id
          stage
          outcome
          outcomeOn
          createdAt
          enrolmentId
          opening {
            title
            employer {
              name
            }
          }
        }
      }
    }
  `,
  [EnrolmentFields, RankingAppearanceFields],
);

export const SuggestedNextFollowUpQuery = graphql(`
  query SuggestedNextFollowUp($heldOn: String!) {
    suggestedNextFollowUpOn(heldOn: $heldOn)
  }
`);

export const SfiCoursesQuery = graphql(`
  query PersonSfiCourses($from: String!) {
    sfiCourses(from: $from, limit: 100) {
      items {
        id
        name
        placesLeft
        queueLength
      }
    }
  }
`);

export const RecordFollowUpMutation = graphql(`
  mutation PersonRecordFollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      id
    }
  }
`);

export const AddActivityMutation = graphql(`
  mutation PersonAddActivity($input: AddPlanActivityInput!) {
    addPlanActivity(input: $input) {
      id
    }
  }
`);

export const UpdateActivityMutation = graphql(`
  mutation PersonUpdateActivity($input: UpdatePlanActivityInput!) {
    updatePlanActivity(input: $input) {
      id
    }
  }
`);

export const UpdatePlanMutation = graphql(`
  mutation PersonUpdatePlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) {
      id
      version
    }
  }
`);

export const GiveConsentMutation = graphql(`
  mutation PersonGiveConsent($input: ConsentInput!) {
    giveConsent(input: $input) {
      id
    }
  }
`);

export const ConsentPurposesQuery = graphql(`
  query PersonConsentPurposes {
    consentPurposes {
      purpose
      description
      legalBasis
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation PersonWithdrawConsent($consentId: ID!) {
    withdrawConsent(consentId: $consentId) {
      id
    }
  }
`);

export const QueueForSfiMutation = graphql(`
  mutation PersonQueueForSfi($input: QueueForSfiInput!) {
    queueForSfi(input: $input) {
      id
    }
  }
`);

export const UpdateTravelMutation = graphql(`
  mutation PersonUpdateTravel($input: UpdateCandidateInput!) {
    updateCandidate(input: $input) {
      id
      version
      travelMode
      maxCommuteMinutes
    }
  }
`);

export const ExitMutation = graphql(`
  mutation PersonExit($input: ExitEnrolmentInput!) {
    exitEnrolment(input: $input) {
      id
    }
  }
`);

export const ConfirmWorkExitMutation = graphql(`
  mutation PersonConfirmWorkExit($input: ConfirmWorkExitInput!) {
    confirmWorkExit(input: $input) {
      id
    }
  }
`);

export const ReEnrolMutation = graphql(`
  mutation PersonReEnrol($input: EnrolCandidateInput!) {
    enrolCandidate(input: $input) {
      enrolment {
        id
      }
    }
  }
`);

export type PersonPath = ResultOf<typeof PersonPathQuery>;
export type Person = PersonPath['candidate'];
export type PersonPlacement = PersonPath['placements']['items'][number];
export type Period = Person['enrolments'][number];
export type PersonPlan = NonNullable<Period['plan']>;
export type PersonFollowUp = Period['followUps'][number];
export type SfiPlace = Person['sfiEnrolments'][number];
export type PersonConsent = Person['consents'][number];
export type MeetingInvitation = Person['meetingInvitations'][number];
export type RankingAppearance = Person['rankingAppearances'][number];
