import { graphql, type ResultOf } from '../graphql';

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    userId
    name
    organisationId
    organisationName
    roles
    permissions
    writablePrincipalIds
  }
`);

export const ViewerQuery = graphql(
  `
    query Viewer {
      viewer {
        ...ViewerFields
      }
    }
  `,
  [ViewerFields],
);

export const SignInMutation = graphql(
  `
    mutation SignIn($input: LoginInput!) {
      signIn(input: $input) {
        ...ViewerFields
      }
    }
  `,
  [ViewerFields],
);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export type Viewer = ResultOf<typeof ViewerFields>;
