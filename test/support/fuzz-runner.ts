import { contractBreach, type FuzzRequest } from './fuzz-requests.js';

export interface FuzzFinding {
  request: FuzzRequest;
  status: number;
  breach: string;
  answer: string;
}

export interface FuzzReport {
  sent: number;
  byStatus: Record<number, number>;
  byCode: Record<string, number>;
  findings: FuzzFinding[];
}

/**
 * Sends the requests to a running Brygga at `baseUrl` (`concurrency` at a time), with each caller's bearer token,
 * and checks every answer against the error contract ({@link contractBreach}).
 */
export async function runFuzz(
  baseUrl: string,
  requests: readonly FuzzRequest[],
  tokens: ReadonlyMap<string, string>,
  options: { concurrency: number; hideSuggestions: boolean },
): Promise<FuzzReport> {
  const report: FuzzReport = { sent: 0, byStatus: {}, byCode: {}, findings: [] };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++];
      const headers: Record<string, string> = {};
      if (request.contentType) headers['content-type'] = request.contentType;
      const token = request.as ? tokens.get(request.as) : undefined;
      if (token) headers.authorization = `Bearer ${token}`;
      const url = `${baseUrl}/graphql${request.search ? `?${request.search}` : ''}`;
      const res = await fetch(url, { method: request.method, headers, body: request.method === 'GET' ? undefined : request.body });
      const text = await res.text();
      report.sent += 1;
      report.byStatus[res.status] = (report.byStatus[res.status] ?? 0) + 1;
      for (const [, code] of text.matchAll(/"extensions":\{"code":"([A-Z_]+)"/g)) report.byCode[code] = (report.byCode[code] ?? 0) + 1;
      const breach = contractBreach(res.status, text, options.hideSuggestions);
      if (breach) report.findings.push({ request, status: res.status, breach, answer: text.slice(0, 500) });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return report;
}

/** Logs in each demo caller once and returns their tokens. */
export async function loginAll(baseUrl: string, usernames: readonly string[], password: string): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  for (const username of usernames) {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }', variables: { u: username, p: password } }),
    });
    const body = (await res.json()) as { data?: { login?: { accessToken?: string } } };
    const token = body.data?.login?.accessToken;
    if (!token) throw new Error(`login as ${username} failed: HTTP ${res.status}`);
    tokens.set(username, token);
  }
  return tokens;
}
