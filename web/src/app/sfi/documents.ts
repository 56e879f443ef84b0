import { graphql, type ResultOf } from '../platform/graphql';

/** The API's largest page: a course's queue is read whole up to this many. */
export const QUEUE_PAGE = 100;

export const SfiCourseFields = graphql(`
  fragment SfiCourseFields on SfiCourse {
    id
    name
    level
    startOn
    endOn
    places
    placesLeft
    placesTaken
    queueLength
    workplaceLearning
    sector {
      id
      name
    }
  }
`);

export const SfiCoursesQuery = graphql(
  `
    query SfiCourses($sectorId: ID, $limit: Int!) {
      sfiCourses(sectorId: $sectorId, limit: $limit) {
        totalCount
        items {
          ...SfiCourseFields
        }
      }
    }
  `,
  [SfiCourseFields],
);

export const SectorsQuery = graphql(`
  query SfiSectors {
    sectors {
      id
      name
    }
  }
`);

const EnrolmentFields = graphql(`
  fragment SfiEnrolmentFields on SfiEnrolment {
    id
    status
    principalId
    queuedSince
    startedOn
    endedOn
    waitingDays
    candidate {
      id
      firstName
      lastName
    }
  }
`);

export const SfiCourseQuery = graphql(
  `
    query SfiCourse($id: ID!, $limit: Int!) {
      viewer {
        writablePrincipalIds
      }
      sfiCourse(id: $id) {
        ...SfiCourseFields
        organisation {
          name
        }
        servedPrincipals {
          name
        }
        participants {
          ...SfiEnrolmentFields
          notes {
            id
            on
            attended
            note
            author {
              name
            }
          }
        }
      }
      sfiQueue(courseId: $id, limit: $limit) {
        totalCount
        items {
          ...SfiEnrolmentFields
        }
      }
    }
  `,
  [SfiCourseFields, EnrolmentFields],
);

export const CreateSfiCourseMutation = graphql(`
  mutation CreateSfiCourse($input: CreateSfiCourseInput!) {
    createSfiCourse(input: $input) {
      id
      name
    }
  }
`);

export const UpdateSfiCourseMutation = graphql(`
  mutation UpdateSfiCourse($input: UpdateSfiCourseInput!) {
    updateSfiCourse(input: $input) {
      id
      name
    }
  }
`);

export const StartSfiMutation = graphql(`
  mutation StartSfi($id: ID!, $startedOn: String!) {
    startSfi(sfiEnrolmentId: $id, startedOn: $startedOn) {
      id
      status
    }
  }
`);

export const CompleteSfiMutation = graphql(`
  mutation CompleteSfi($id: ID!, $endedOn: String!) {
    completeSfi(sfiEnrolmentId: $id, endedOn: $endedOn) {
      id
      status
    }
  }
`);

export const LeaveSfiMutation = graphql(`
  mutation LeaveSfi($id: ID!, $endedOn: String!) {
    leaveSfi(sfiEnrolmentId: $id, endedOn: $endedOn) {
      id
      status
    }
  }
`);

export const AddSfiNoteMutation = graphql(`
  mutation AddSfiNote($input: AddSfiNoteInput!) {
    addSfiNote(input: $input) {
      id
    }
  }
`);

export type SfiCourseRow = ResultOf<typeof SfiCourseFields>;
export type SfiCoursePageData = ResultOf<typeof SfiCourseQuery>;
export type Participant = SfiCoursePageData['sfiCourse']['participants'][number];
export type QueuedPerson = SfiCoursePageData['sfiQueue']['items'][number];

export function personName(enrolment: { candidate: { firstName: string; lastName: string } }): string {
  return `${enrolment.candidate.firstName} ${enrolment.candidate.lastName}`;
}
