import { Injectable, NotFoundException } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where `npm run build:web` (part of `npm run build`) puts the web part, from the working dir; WEB_DIR to serve another build. */
export const WEB_DIR = resolve(process.env.WEB_DIR ?? 'dist/web');

/** What to do when dist/web is missing (the API was started without building its web part). */
export const NOT_BUILT = `The web pages are not built (${WEB_DIR} is missing): run \`npm run build\``;

/** Sent with every file of the web build. */
const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * A page may load only what this server sends: scripts, workers and fonts from /assets, requests to /graphql.
 * Monaco (GraphiQL's editor) adds <style> elements and style attributes as it lays out, and GraphiQL's fonts are
 * data: URLs inside its stylesheet; nothing else is allowed, so a page that tried another host would be refused.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The part of Express's response used here (no @types/express in this project). */
export interface FileResponse {
  readonly headersSent: boolean;
  sendFile(path: string, options: SendFileOptions, callback: (error?: SendFileError) => void): void;
}

interface SendFileOptions {
  root: string;
  dotfiles: 'deny';
  cacheControl?: boolean;
  maxAge?: number;
  immutable?: boolean;
  headers: Record<string, string>;
}

type SendFileError = Error & { status?: number; statusCode?: number };

const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * The files of dist/web: pages (not cached, with the Content-Security-Policy) and hashed assets (cached for good).
 * A missing build is answered 404 naming the command that builds it, not a crash.
 */
@Injectable()
export class WebFiles {
  private readonly dir = WEB_DIR;

  /** Whether the web part has been built (`npm run build` runs Vite as well as tsc). */
  built(): boolean {
    return existsSync(this.dir);
  }

  page(res: FileResponse, file: string): Promise<void> {
    return this.send(res, file, {
      root: this.dir,
      dotfiles: 'deny',
      cacheControl: false,
      headers: { ...COMMON_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-cache' },
    });
  }

  asset(res: FileResponse, file: string): Promise<void> {
    if (!ASSET_NAME.test(file)) return Promise.reject(new NotFoundException());
    return this.send(res, file, {
      root: resolve(this.dir, 'assets'),
      dotfiles: 'deny',
      maxAge: YEAR_MS,
      immutable: true,
      // the policy also governs the editor's web workers, which are scripts of their own
      headers: { ...COMMON_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  }

  private send(res: FileResponse, file: string, options: SendFileOptions): Promise<void> {
    return new Promise((done, fail) => {
      res.sendFile(file, options, (error) => {
        if (!error || res.headersSent) return done();
        const status = error.status ?? error.statusCode;
        if (status === 404 && !this.built()) return fail(new NotFoundException(NOT_BUILT));
        fail(status === 404 || status === 403 ? new NotFoundException() : error);
      });
    });
  }
}
