import type { AppConfig } from '../config/app-config.js';

/** The cookie that carries a browser session's token (see SessionsService). */
export const SESSION_COOKIE = 'brygga_session';

/** A session token as issued: 256 random bits, base64url. Anything else is not looked up. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What of an Express request the cookie needs. */
export interface CookieRequest {
  headers: Record<string, string | string[] | undefined>;
  /** The Host the request came to (X-Forwarded-Host only from proxies TRUST_PROXY believes). */
  hostname?: string;
  /** `http` or `https` (X-Forwarded-Proto only from proxies TRUST_PROXY believes). */
  protocol?: string;
}

/** What of an Express response the cookie needs. */
export interface CookieResponse {
  cookie(name: string, value: string, options: CookieOptions): unknown;
  clearCookie(name: string, options: CookieOptions): unknown;
}

interface CookieOptions {
  httpOnly: true;
  sameSite: 'strict';
  path: '/';
  secure: boolean;
}

/**
 * The session token a request's Cookie header carries, or undefined without one. A cookie that is there but is not
 * a token Brygga issued gives '' (an ended session, not an absent one).
 */
export function sessionTokenOf(headers: CookieRequest['headers']): string | undefined {
  const header = headers.cookie;
  for (const pair of (Array.isArray(header) ? header.join(';') : (header ?? '')).split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(at + 1).trim();
    return TOKEN_PATTERN.test(value) ? value : '';
  }
  return undefined;
}

/**
 * Sets the session cookie. HttpOnly: no script of the page can read the token, so a script injected into the page
 * cannot carry it off. SameSite=Strict: no other site's page makes the browser send it. No Expires: the browser
 * forgets it when it closes, and the server ends the session on its own terms (SESSION_IDLE_MINUTES,
 * SESSION_MAX_HOURS).
 */
export function setSessionCookie(res: CookieResponse, token: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, cookieOptions(secure));
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(res: CookieResponse, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(secure));
}

function cookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', path: '/', secure };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * Whether the session cookie gets `Secure`, by SESSION_COOKIE_SECURE. `auto` leaves it off only for plain http to a
 * loopback host, where a browser would not send a Secure cookie back to a development server; also the page's
 * Origin, when the browser sends one, must be on loopback, so that a proxy that passes the request on to
 * 127.0.0.1 does not turn Secure off for the pages it serves from a real name.
 */
export function cookieIsSecure(setting: AppConfig['SESSION_COOKIE_SECURE'], req: CookieRequest): boolean {
  if (setting !== 'auto') return setting === 'true';
  if (req.protocol !== 'http' || !LOOPBACK.has(req.hostname ?? '')) return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    const url = new URL(Array.isArray(origin) ? origin[0] : origin);
    return url.protocol !== 'http:' || !LOOPBACK.has(url.hostname);
  } catch {
    return true;
  }
}
