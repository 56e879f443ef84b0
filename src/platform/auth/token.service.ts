import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { AppConfig } from '../config/app-config.js';
import { DomainError } from '../errors/domain-error.js';

const LOCAL_ISSUER = 'brygga';
const LOCAL_AUDIENCE = 'brygga-api';

/** Who a verified token speaks for: one of our users by id, or a subject of the municipality's identity provider. */
export type TokenSubject = { kind: 'local'; userId: string } | { kind: 'oidc'; subject: string };

/**
 * How long a verified token is taken at its word without checking its signature again, at most (never past its
 * expiry): a client sends the same token with every request, and checking the signature is a third of what
 * authenticating a request costs. Bounded so that a key the identity provider withdraws stops being trusted soon.
 */
const VERIFIED_TTL_MS = 60_000;
/** Verified tokens remembered at most; reaching it forgets them all. */
const MAX_VERIFIED = 10_000;

/**
 * Issues tokens for the local login (HS256) and verifies bearer tokens, either our own or access tokens from
 * the configured OpenID Connect issuer, checked against its JWKS (keys fetched and cached by jose).
 */
@Injectable()
export class TokenService {
  private readonly logger = new Logger(TokenService.name);
  private readonly secret: Uint8Array;
  private readonly jwks?: ReturnType<typeof createRemoteJWKSet>;
  private readonly verified = new Map<string, { subject: TokenSubject; until: number }>();

  constructor(private readonly config: AppConfig) {
    if (!config.JWT_SECRET) {
      this.logger.warn('JWT_SECRET is not set: using a random secret, tokens end when the process restarts');
    }
    this.secret = config.JWT_SECRET ? new TextEncoder().encode(config.JWT_SECRET) : randomBytes(32);
    if (config.OIDC_JWKS_URI) this.jwks = createRemoteJWKSet(new URL(config.OIDC_JWKS_URI));
  }

  async issue(userId: string): Promise<{ accessToken: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.config.JWT_TTL_SECONDS * 1000);
    const accessToken = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
    return { accessToken, expiresAt };
  }

  /** Who `token` speaks for, once its signature, issuer, audience and expiry hold; see {@link VERIFIED_TTL_MS}. */
  async verify(token: string): Promise<TokenSubject> {
    const now = Date.now();
    const known = this.verified.get(token);
    if (known && known.until > now) return known.subject;
    const { subject, expiresAt } = await this.check(token);
    if (this.verified.size >= MAX_VERIFIED) this.verified.clear();
    if (expiresAt > now) this.verified.set(token, { subject, until: Math.min(expiresAt, now + VERIFIED_TTL_MS) });
    return subject;
  }

  private async check(token: string): Promise<{ subject: TokenSubject; expiresAt: number }> {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw DomainError.unauthenticated('Malformed token');
    }
    try {
      if (this.jwks && issuer === this.config.OIDC_ISSUER) {
        const { payload } = await jwtVerify(token, this.jwks, {
          issuer: this.config.OIDC_ISSUER,
          audience: this.config.OIDC_AUDIENCE,
        });
        return { subject: { kind: 'oidc', subject: this.subjectOf(payload) }, expiresAt: expiryOf(payload) };
      }
      const { payload } = await jwtVerify(token, this.secret, {
        issuer: LOCAL_ISSUER,
        audience: LOCAL_AUDIENCE,
        algorithms: ['HS256'],
      });
      return { subject: { kind: 'local', userId: payload.sub as string }, expiresAt: expiryOf(payload) };
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw DomainError.unauthenticated('Invalid or expired token');
    }
  }

  private subjectOf(payload: JWTPayload): string {
    const value = payload[this.config.OIDC_SUBJECT_CLAIM];
    if (typeof value !== 'string' || value === '') {
      throw DomainError.unauthenticated(`Token has no ${this.config.OIDC_SUBJECT_CLAIM} claim`);
    }
    return value;
  }
}

/** When a verified token stops being accepted; one without an expiry is verified at every use. */
function expiryOf(payload: JWTPayload): number {
  return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
}
