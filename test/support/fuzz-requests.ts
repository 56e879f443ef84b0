import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { mulberry32, pick, type Rng } from '../../bench/prng.js';

/**
 * Malformed requests generated from the schema, for the fuzz spec and `npm run fuzz`: every operation of Query and
 * Mutation, with its arguments made wrong in the ways clients get them wrong (bad ids, unknown enum values, numbers
 * outside 32 bits, null where null is not allowed, missing or unknown fields, wrong types, NUL characters, impossible
 * dates, oversized strings), as several callers; and requests wrong at the HTTP level (malformed JSON, oversized or
 * empty bodies, other methods and content types, batches, fragment cycles, floods of aliases, directives and depth).
 * Deterministic for a seed, so a failure can be replayed.
 */
export interface FuzzRequest {
  /** What was made wrong, for the report of a failure. */
  kind: string;
  /** A demo user's name, or null for no token. */
  as: string | null;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  contentType?: string;
  /** The raw body (already JSON text where JSON is meant). */
  body?: string;
  /** For GET: the query string. */
  search?: string;
}


/** Wrong values of every kind, tried wherever a value goes. */
const WRONG_VALUES: readonly unknown[] = [
  'not-a-uuid',
  '',
  12345,
  -1,
  2 ** 31,
  99999999999,
  1.5,
  true,
  null,
  [],
  {},
  ['a', 'b'],
  { nested: { deeper: 1 } },
  "'; DROP TABLE candidate; --",
  '\u0000nul',
  'x'.repeat(20_000),
  '2026-02-30',
  '0000-00-00',
  '2026-13-01T25:61:00Z',
  '19850709-9805',
  'NaN',
  '💥\u202e',
  '00000000-0000-0000-0000-000000000000',
];

/** A plausible value of an input type, so that only the chosen argument is wrong. */
function plausible(rng: Rng, type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return plausible(rng, type.ofType, depth);
  if (isListType(type)) return depth > 3 ? [] : [plausible(rng, type.ofType, depth + 1)];
  const named = getNamedType(type);
  if (isEnumType(named)) return pick(rng, named.getValues()).name;
  if (isInputObjectType(named)) {
    if (depth > 3) return {};
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      if (isNonNullType(field.type) || rng() < 0.5) value[field.name] = plausible(rng, field.type, depth + 1);
    }
    return value;
  }
  switch (named.name) {
    case 'ID':
      return uuid(rng);
    case 'Int':
      return 1 + Math.floor(rng() * 20);
    case 'Float':
      return Math.round(rng() * 1000) / 10;
    case 'Boolean':
      return rng() < 0.5;
    case 'DateTime':
      return new Date(Date.UTC(2026, Math.floor(rng() * 12), 1 + Math.floor(rng() * 28))).toISOString();
    default:
      return pick(rng, ['2026-03-02', 'Trelleborg', 'Test', 'a@example.org', '0410-73 30 00', 'STvk_dra_M1X']);
  }
}

/** A version-4 UUID from the seeded generator (a well-formed id of a record that does not exist). */
function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(rng() * 4)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The wrong values that fit where `type` goes least, plus some that fit its shape but not the rules. */
function wrongFor(rng: Rng, type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return pick(rng, ['NOPE', 'open', '', 0, null]);
  if (isInputObjectType(named) && rng() < 0.5) {
    const value = plausible(rng, type) as Record<string, unknown>;
    const fields = Object.values(named.getFields());
    if (fields.length === 0) return { unknownField: 1 };
    const field = pick(rng, fields);
    return pick(rng, [
      { ...value, [field.name]: wrongFor(rng, field.type) },
      { ...value, unknownField: 'x' },
      Object.fromEntries(Object.entries(value).filter(([k]) => k !== field.name)),
    ]);
  }
  return pick(rng, WRONG_VALUES);
}

/** A GraphQL type name as written in a variable definition. */
function typeText(type: GraphQLInputType): string {
  if (isNonNullType(type)) return `${typeText(type.ofType)}!`;
  if (isListType(type)) return `[${typeText(type.ofType)}]`;
  return (type as GraphQLNamedType).name;
}

/** A small selection of the field's result: its scalars, and `id`/`totalCount` of pages. */
function selection(type: GraphQLNamedType, depth = 0): string {
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const scalars = fields.filter((f) => isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type))).slice(0, 4);
  const objects = depth < 1 ? fields.filter((f) => isObjectType(getNamedType(f.type))).slice(0, 1) : [];
  const parts = [...scalars.map((f) => f.name), ...objects.map((f) => `${f.name} { __typename ${selection(getNamedType(f.type), depth + 1)} }`)];
  return parts.length > 0 ? parts.join(' ') : '__typename';
}

function operationText(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: readonly GraphQLArgument[]): string {
  const defs = args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const result = getNamedType(field.type);
  const sel = isObjectType(result) ? ` { __typename ${selection(result)} }` : '';
  return `${kind}${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${sel} }`;
}

const json = (query: string, variables?: unknown): string => JSON.stringify(variables === undefined ? { query } : { query, variables });

/** One malformed request for one operation, wrong in one of several ways. */
function operationRequest(rng: Rng, kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, as: string | null): FuzzRequest {
  const args = field.args;
  const variables: Record<string, unknown> = Object.fromEntries(args.map((a) => [a.name, plausible(rng, a.type)]));
  const post = (what: string, body: string): FuzzRequest => ({ kind: `${kind} ${field.name}: ${what}`, as, method: 'POST', contentType: 'application/json', body });
  const ways: Array<() => FuzzRequest> = [
    () => {
      if (args.length === 0) return post('no arguments expected, one given', json(`${kind} { ${field.name}(bogus: 1) { __typename } }`));
      const arg = pick(rng, args);
      return post(`wrong ${arg.name}`, json(operationText(kind, field, args), { ...variables, [arg.name]: wrongFor(rng, arg.type) }));
    },
    () => {
      const required = args.filter((a) => isNonNullType(a.type));
      if (required.length === 0) return post('unknown field', json(`${kind} { ${field.name}Nope { id } }`));
      const arg = pick(rng, required);
      return rng() < 0.5
        ? post(`null ${arg.name}`, json(operationText(kind, field, args), { ...variables, [arg.name]: null }))
        : post(`missing ${arg.name}`, json(operationText(kind, field, args.filter((a) => a !== arg)), variables));
    },
    () => {
      const idArgs = args.filter((a) => getNamedType(a.type).name === 'ID');
      const arg = idArgs.length > 0 ? pick(rng, idArgs) : pick(rng, args.length > 0 ? args : [undefined]);
      if (!arg) return post('typo', json(`${kind} { ${field.name.slice(0, -1)} { __typename } }`));
      const inline = `${kind} { ${field.name}(${arg.name}: ${JSON.stringify(pick(rng, ['not-a-uuid', '12345', '', 'x'.repeat(300)]))})${isObjectType(getNamedType(field.type)) ? ' { __typename }' : ''} }`;
      return post(`inline bad ${arg.name}`, json(inline));
    },
    () => post('plausible arguments', json(operationText(kind, field, args), variables)),
    () => post('variables of the wrong shape', JSON.stringify({ query: operationText(kind, field, args), variables: pick(rng, ['text', 5, [1], null]) })),
    () => post('unknown selection', json(`${kind} { ${field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''} { nope } }`.replace(/\$\w+/g, 'null'))),
  ];
  return pick(rng, ways)();
}

/** Requests wrong before any operation is looked at. */
function httpRequest(rng: Rng, as: string | null): FuzzRequest {
  const ways: Array<[string, () => Omit<FuzzRequest, 'kind' | 'as'>]> = [
    ['malformed JSON', () => ({ method: 'POST', contentType: 'application/json', body: pick(rng, ['{"query":', '{query: 1}', '[', 'nul', '{"query":"{ viewer { name } }",}']) })],
    ['oversized body', () => ({ method: 'POST', contentType: 'application/json', body: json(`{ viewer { name } } # ${'x'.repeat(200_000 + Math.floor(rng() * 1_000_000))}`) })],
    ['empty body', () => ({ method: 'POST', contentType: 'application/json', body: pick(rng, ['', '{}', 'null', '""', '0']) })],
    ['query not a string', () => ({ method: 'POST', contentType: 'application/json', body: JSON.stringify({ query: pick(rng, [5, null, ['{ viewer { name } }'], { a: 1 }]) }) })],
    ['batch', () => ({ method: 'POST', contentType: 'application/json', body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) })],
    ['other method', () => ({ method: pick(rng, ['PUT', 'DELETE', 'PATCH'] as const), contentType: 'application/json', body: json('{ __typename }') })],
    ['form body', () => ({ method: 'POST', contentType: pick(rng, ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']), body: 'query=%7B__typename%7D' })],
    ['GET without preflight', () => ({ method: 'GET', search: `query=${encodeURIComponent('{ __typename }')}` })],
    ['GET mutation', () => ({ method: 'GET', contentType: 'application/json', search: `query=${encodeURIComponent('mutation { closeFollowUp(contactId: "x") { id } }')}` })],
    ['fragment cycle', () => ({ method: 'POST', contentType: 'application/json', body: json('{ viewer { ...A } } fragment A on Viewer { name ...B } fragment B on Viewer { userId ...A }') })],
    ['self fragment', () => ({ method: 'POST', contentType: 'application/json', body: json('{ viewer { ...A } } fragment A on Viewer { ...A }') })],
    ['deep nesting', () => ({ method: 'POST', contentType: 'application/json', body: json(`{ teams { ${'members { user { organisation { '.repeat(8)}name${' } } }'.repeat(8)} } }`) })],
    ['alias flood', () => ({ method: 'POST', contentType: 'application/json', body: json(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: viewer { name }`).join(' ')} }`) })],
    ['directive flood', () => ({ method: 'POST', contentType: 'application/json', body: json(`{ viewer { name ${'@include(if: true) '.repeat(200)} } }`) })],
    ['token flood', () => ({ method: 'POST', contentType: 'application/json', body: json(`{ viewer { ${'name '.repeat(6000)} } }`) })],
    ['syntax error', () => ({ method: 'POST', contentType: 'application/json', body: json(pick(rng, ['{ viewer { name }', 'query {', '}{', '{ viewer(id: ) { name } }', 'mutation { login }'])) })],
    ['unknown operation name', () => ({ method: 'POST', contentType: 'application/json', body: JSON.stringify({ query: 'query A { __typename } query B { __typename }', operationName: 'C' }) })],
    ['no operation name among several', () => ({ method: 'POST', contentType: 'application/json', body: json('query A { __typename } query B { __typename }') })],
    ['subscription', () => ({ method: 'POST', contentType: 'application/json', body: json('subscription { viewer { name } }') })],
    ['introspection', () => ({ method: 'POST', contentType: 'application/json', body: json('{ __schema { types { name } } }') })],
    ['suggestion bait', () => ({ method: 'POST', contentType: 'application/json', body: json(pick(rng, ['{ candidat(id: "x") { id } }', '{ employer(id: "x") { nme } }', 'query($s: OpeningStatus) { openings(status: $s) { totalCount } }'])) })],
  ];
  const [kind, make] = pick(rng, ways);
  return { kind: `http: ${kind}`, as, ...make() };
}

/**
 * `count` malformed requests for `schema`, spread over every operation and the HTTP cases, as the given callers.
 * Every operation is visited at least once before any is visited twice.
 */
export function fuzzRequests(schema: GraphQLSchema, options: { seed: number; count: number; callers: ReadonlyArray<string | null> }): FuzzRequest[] {
  const rng = mulberry32(options.seed);
  const operations = [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, field })),
  ];
  const requests: FuzzRequest[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const as = pick(rng, options.callers);
    if (i % 5 === 4) {
      requests.push(httpRequest(rng, as));
    } else {
      const { kind, field } = operations[i % operations.length] ?? pick(rng, operations);
      requests.push(operationRequest(rng, kind, field, as));
    }
  }
  return requests;
}

/** What no answer may contain: a stack frame, SQL, a database error's wording or a suggestion that maps the schema. */
export const LEAKS: ReadonlyArray<[string, RegExp]> = [
  ['stack frame', /\bat [\w.<>]+ \(|\.(?:ts|js):\d+:\d+/],
  ['SQL', /\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[^"]{0,200}\b(?:FROM|VALUES|SET|WHERE)\b/i],
  ['database error', /QueryFailedError|invalid input syntax|violates|relation "|column "|SQLSTATE|syntax error at or near/i],
  ['suggestion', /Did you mean/],
];

/** Why one answer breaks the error contract, or null when it keeps it. */
export function contractBreach(status: number, text: string, hideSuggestions: boolean): string | null {
  if (status >= 500) return `HTTP ${status}`;
  for (const [what, pattern] of LEAKS) {
    if (what === 'suggestion' && !hideSuggestions) continue;
    if (pattern.test(text)) return `answer contains a ${what}`;
  }
  if (status === 404 && text === '') return null;
  let body: { errors?: Array<{ extensions?: { code?: unknown } }> };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return `HTTP ${status} with a body that is not JSON`;
  }
  if (status >= 400 && !body.errors?.length) return `HTTP ${status} without errors`;
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') return 'an error without extensions.code';
    if (code === 'INTERNAL_SERVER_ERROR') return 'INTERNAL_SERVER_ERROR';
  }
  if (body.errors?.length && status < 400) return `HTTP ${status} for an answer with errors`;
  return null;
}
