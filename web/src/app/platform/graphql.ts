import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../../graphql-env.d.ts';

/** Documents typed from the committed schema.gql (`npm run web:types` regenerates graphql-env.d.ts). */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  disableMasking: true;
  scalars: { DateTime: string; ID: string };
}>();

export type { ResultOf } from 'gql.tada';
