import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/platform/config/app-config.js';
import { WEB_DIR } from '../src/platform/web/web-files.js';
import { TestApp } from './support/test-app.js';

/** The files a script or stylesheet refers to: lazy chunks, stylesheets, workers, fonts. */
function referencedAssets(text: string): string[] {
  const names = /(?:\/assets\/|["'`]assets\/|["'`(]\.\/)([\w-]+(?:\.[\w-]+)*\.(?:js|css|ttf|woff2?))/g;
  return [...text.matchAll(names)].map((m) => `/assets/${m[1]}`);
}

beforeAll(() => {
  // `npm test` builds the web part first; a spec run on its own builds it if it is missing
  if (!existsSync(join(WEB_DIR, 'graphiql.html'))) execFileSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
});

describe('GraphiQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it('is served at /graphiql with a policy that allows nothing but this origin', async () => {
    const res = await t.http.get('/graphiql');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('loads only same-origin scripts, styles, workers and fonts, and every one of them answers', async () => {
    const page = await t.http.get('/graphiql');
    expect(page.text).not.toMatch(/\b(?:src|href)="(?:[a-z]+:)?\/\//i);
    // the icon is an empty data: URL, so the browser asks for no /favicon.ico
    const tags = [...page.text.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/rel="icon"/.test(tag));
    const refs = tags.map((tag) => /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]);
    expect(refs.length).toBeGreaterThanOrEqual(2);
    for (const ref of refs) expect(ref).toMatch(/^\/assets\/[\w.-]+$/);

    const seen = new Set(refs as string[]);
    const queue = [...seen];
    while (queue.length > 0) {
      const ref = queue.shift()!;
      // a Buffer whatever the type (superagent only buffers text/* and JSON by itself)
      const res = await t.http.get(ref).responseType('blob');
      expect({ ref, status: res.status }).toEqual({ ref, status: 200 });
      expect(res.headers['cache-control']).toMatch(/immutable/);
      if (!/\.(js|css)$/.test(ref)) continue;
      const text = (res.body as Buffer).toString('utf8');
      expect(text).not.toMatch(/\b(?:importScripts|import)\(\s*["'`]https?:|unpkg\.com|jsdelivr|esm\.sh|fonts\.googleapis/);
      for (const next of referencedAssets(text).filter((found) => !seen.has(found))) {
        seen.add(next);
        queue.push(next);
      }
    }
    // the editor (monaco), its workers and the stylesheets' font are among them
    expect([...seen].some((ref) => /worker[\w-]*\.js$/.test(ref))).toBe(true);
    expect([...seen].some((ref) => ref.endsWith('.css'))).toBe(true);
    expect([...seen].some((ref) => ref.endsWith('.ttf'))).toBe(true);
  });

  it('answers 404 for assets that are not there or not assets', async () => {
    expect((await t.http.get('/assets/nothing-here.js')).status).toBe(404);
    expect((await t.http.get('/assets/..%2Fgraphiql.html')).status).toBe(404);
    expect((await t.http.get('/assets/.hidden')).status).toBe(404);
  });

  it('the API no longer serves Apollo’s landing page, which loaded its scripts from a CDN', async () => {
    const res = await t.http.get('/graphql').set('accept', 'text/html');
    expect(res.text).not.toMatch(/<script|apollographql\.com|embeddable-sandbox/);
  });

  it('is on by default except in production, and GRAPHIQL decides', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) };
    expect(loadConfig({}).graphiql).toBe(true);
    expect(loadConfig(production).graphiql).toBe(false);
    expect(loadConfig({ ...production, GRAPHIQL: 'true' }).graphiql).toBe(true);
    expect(loadConfig({ GRAPHIQL: 'false' }).graphiql).toBe(false);
  });
});

describe('GraphiQL turned off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ env: { GRAPHIQL: 'false', DEMO_SEED: 'false' } });
  });
  afterAll(() => t?.close());

  it('answers 404 at /graphiql', async () => {
    const res = await t.http.get('/graphiql');
    expect(res.status).toBe(404);
    expect(res.text).not.toMatch(/<html/i);
  });
});
