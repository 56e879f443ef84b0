import { graphql, type ResultOf } from '../platform/graphql';

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

/** The sectors the filter offers (the municipalities come from useMunicipalityOptions). */
export const EmployerFilterOptionsQuery = graphql(`
  query EmployerFilterOptions {
    sectors {
      id
      name
    }
  }
`);

export type EmployerRow = ResultOf<typeof EmployersQuery>['employers']['items'][number];
