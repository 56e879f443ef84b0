import { RecordChangeFields } from '../../history/documents';
import { graphql, type ResultOf } from '../../platform/graphql';

export const AgreementsQuery = graphql(
  `
    query AdminAgreements {
      agreements {
        id
        name
        validFrom
        validTo
        roles
        inForce
        actingOrganisation {
          id
          name
        }
        principal {
          id
          name
        }
        history {
          ...RecordChangeFields
        }
      }
      agreementParties {
        id
        name
        kind
      }
    }
  `,
  [RecordChangeFields],
);

export type AdminAgreement = ResultOf<typeof AgreementsQuery>['agreements'][number];
export type AgreementParty = ResultOf<typeof AgreementsQuery>['agreementParties'][number];

export const CreateAgreementMutation = graphql(`
  mutation AdminCreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`);

export const AmendAgreementMutation = graphql(`
  mutation AdminAmendAgreement($input: AmendAgreementInput!) {
    amendAgreement(input: $input) {
      id
    }
  }
`);

export const EndAgreementMutation = graphql(`
  mutation AdminEndAgreement($id: ID!, $lastDay: String!) {
    endAgreement(id: $id, lastDay: $lastDay) {
      id
    }
  }
`);
