import { describe, expect, it } from '@jest/globals';
import { cookieIsSecure, sessionTokenOf, type CookieRequest } from './session-cookie.js';

const TOKEN = 'abcdefghijABCDEFGHIJ0123456789_-abcdefghijk'; // 43 characters, as issued

describe('sessionTokenOf', () => {
  it('finds the session cookie among others', () => {
    expect(sessionTokenOf({ cookie: `theme=dark; brygga_session=${TOKEN}; other=1` })).toBe(TOKEN);
  });

  it('tells no cookie from a cookie that is not a token Brygga issued', () => {
    expect(sessionTokenOf({})).toBeUndefined();
    expect(sessionTokenOf({ cookie: 'theme=dark; brygga_sessionx=1' })).toBeUndefined();
    expect(sessionTokenOf({ cookie: 'brygga_session=' })).toBe('');
    expect(sessionTokenOf({ cookie: `brygga_session=${TOKEN}x` })).toBe('');
  });
});

describe('cookieIsSecure', () => {
  const req = (protocol: string, hostname: string, origin?: string): CookieRequest => ({ protocol, hostname, headers: origin ? { origin } : {} });

  it.each([
    ['plain http to localhost', req('http', 'localhost'), false],
    ['plain http to 127.0.0.1 from a page on localhost', req('http', '127.0.0.1', 'http://localhost:5173'), false],
    ['plain http to ::1', req('http', '[::1]'), false],
    ['https to localhost', req('https', 'localhost'), true],
    ['plain http to a real name', req('http', 'brygga.trelleborg.se'), true],
    ['a proxy passing a page on a real name on to 127.0.0.1', req('http', '127.0.0.1', 'https://brygga.trelleborg.se'), true],
    ['an unreadable Origin', req('http', '127.0.0.1', 'null'), true],
  ])('auto: %s', (_label, request, secure) => {
    expect(cookieIsSecure('auto', request)).toBe(secure);
  });

  it('true and false override what the request looks like', () => {
    expect(cookieIsSecure('true', req('http', 'localhost'))).toBe(true);
    expect(cookieIsSecure('false', req('https', 'brygga.trelleborg.se'))).toBe(false);
  });
});
