import type { GraphiQLProps } from 'graphiql';

/** The API on the page's own origin: the same server serves both. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Posts each operation as JSON with the headers from the header editor. A reply that is not JSON (a proxy's error
 * page, say) is shown as an error rather than failing to parse.
 */
export const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const res = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  if (res.headers.get('content-type')?.includes('json')) return res.json();
  return { errors: [{ message: `HTTP ${res.status} ${res.statusText}: ${(await res.text()).slice(0, 500)}` }] };
};
