/**
 * Personnummer and samordningsnummer (YYMMDD-NNNN, YYYYMMDDNNNN, with or without - or +) must never reach a log
 * (docs/rules.md, "Rules that protect people"). Nothing logs request bodies or variables; this is the net under that
 * rule, applied to every log line. Organisationsnummer have the same shape and are masked too.
 */
const IDENTITY_NUMBER = /(?<![0-9A-Za-z-])(?:\d{2})?\d{6}[-+]?\d{4}(?![0-9A-Za-z])/g;

export function scrubIdentityNumbers(text: string): string {
  return text.replace(IDENTITY_NUMBER, '[identitetsnummer]');
}

/** Calendar feed URLs carry their token (calendar apps send no header): a request log shows the path without it. */
const FEED_TOKEN = /(\/calendar\/feeds\/)[^/?#]+/g;

/**
 * A URL as a request log may show it: the path without the feed token, and without the query string, which can carry
 * a GraphQL operation's variables (GET /graphql?query=...&variables=...) and so anything a person typed.
 */
export function redactUrlSecrets(url: string): string {
  const [path, query] = url.split('?', 2);
  return path.replace(FEED_TOKEN, '$1[token]') + (query === undefined ? '' : '?[query]');
}
