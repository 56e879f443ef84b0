import type { VariablesOf } from 'gql.tada';
import { graphql } from '../../platform/graphql';

export const CreateEmployerMutation = graphql(`
  mutation CreateEmployer($input: CreateEmployerInput!) {
    createEmployer(input: $input) {
      id
      name
    }
  }
`);

/** The employer already registered under a number, archived or not, if it is in a register the viewer may read. */
export const ExistingEmployerQuery = graphql(`
  query ExistingEmployer($organisationNumberPrefix: String!) {
    employers(organisationNumberPrefix: $organisationNumberPrefix, includeArchived: true, limit: 1) {
      items {
        id
        name
        organisationNumber
      }
    }
  }
`);

export type CreateEmployerInput = VariablesOf<typeof CreateEmployerMutation>['input'];
export type EmployerStatus = NonNullable<CreateEmployerInput['status']>;
