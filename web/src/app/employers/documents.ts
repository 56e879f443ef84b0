import { graphql, type ResultOf } from '../graphql';

/** Rows a page: the API's default page size, enough to scan without scrolling far. */
export const PAGE_SIZE = 25;

export const EmployersQuery = graphql(`
  query Employers(
    $name: String
    $organisationNumberPrefix: String
    $municipalityConceptId: ID
    $sectorId: ID
    $responsibleUserId: ID
    $limit: Int!
    $offset: Int!
  ) {
    employers(
      name: $name
      organisationNumberPrefix: $organisationNumberPrefix
      municipalityConceptId: $municipalityConceptId
      sectorId: $sectorId
      responsibleUserId: $responsibleUserId
      limit: $limit
      offset: $offset
    ) {
      totalCount
      items {
        id
        name
        organisationNumber
        status
        municipality {
          label
        }
        sectors {
          id
          name
        }
        responsible {
          name
        }
      }
    }
  }
`);

/**
 * What the filters offer: the sectors, and Sweden's 290 municipalities (an employer's workplace may be in any of
 * them), in three pages of the API's largest page size.
 */
export const EmployerFilterOptionsQuery = graphql(`
  query EmployerFilterOptions {
    sectors {
      id
      name
    }
    municipalities1: taxonomyConcepts(type: "municipality", limit: 100, offset: 0) {
      items {
        id
        label
      }
    }
    municipalities2: taxonomyConcepts(type: "municipality", limit: 100, offset: 100) {
      items {
        id
        label
      }
    }
    municipalities3: taxonomyConcepts(type: "municipality", limit: 100, offset: 200) {
      items {
        id
        label
      }
    }
  }
`);

export type EmployerRow = ResultOf<typeof EmployersQuery>['employers']['items'][number];
