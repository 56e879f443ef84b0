import type { GqlResponse } from './test-app.js';

/**
 * Brygga in another process, spoken to over HTTP as a client would (the multi-process specs): bearer tokens for the
 * demo's users, or a browser's session cookie.
 */
export class RemoteApp {
  /** The demo users' password (demo/demo-users.ts). */
  static readonly PASSWORD = 'brygga-demo';
  private static readonly tokens = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: GqlResponse; setCookie: string[] }> {
    const res = await fetch(`${this.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as GqlResponse, setCookie: res.headers.getSetCookie() };
  }

  /** `query` as `username` (a bearer token, issued by whichever instance signed in first: tokens are valid on all). */
  async gql(username: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse> {
    let token = RemoteApp.tokens.get(username);
    if (!token) {
      const { body } = await this.post({ query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }', variables: { u: username, p: RemoteApp.PASSWORD } });
      token = body.data?.login?.accessToken as string | undefined;
      if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(body.errors)}`);
      RemoteApp.tokens.set(username, token);
    }
    return (await this.post({ query, variables }, { authorization: `Bearer ${token}` })).body;
  }

  /** The data of an operation that must succeed. */
  async ok(username: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const body = await this.gql(username, query, variables);
    if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 80)} as ${username}: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** One login attempt: its HTTP status and error code (none when it succeeded). */
  async login(username: string, password: string): Promise<{ status: number; code?: string }> {
    const { status, body } = await this.post({ query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }', variables: { u: username, p: password } });
    return { status, code: body.errors?.[0]?.extensions?.code };
  }

  /** Signs in as the web app does and gives the `brygga_session=…` pair to send back. */
  async signIn(username: string): Promise<string> {
    const { body, setCookie } = await this.post({ query: 'mutation($u: String!, $p: String!) { signIn(input: { username: $u, password: $p }) { name } }', variables: { u: username, p: RemoteApp.PASSWORD } });
    const pair = setCookie.map((line) => line.split(';')[0]).find((p) => p.startsWith('brygga_session='));
    if (!pair) throw new Error(`signIn as ${username} set no session: ${JSON.stringify(body.errors)}`);
    return pair;
  }

  /** `query` with a session cookie, as the browser sends it. */
  async asCookie(cookie: string, query: string): Promise<GqlResponse> {
    return (await this.post({ query }, { cookie })).body;
  }
}
