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
 * Issues tokens for the local login (HS256) and verifies bearer tokens, either our own or access tokens from
 * the configured OpenID Connect issuer, checked against its JWKS (keys fetched and cached by jose).
 */
@Injectable()
export class TokenService {
  private readonly logger = new Logger(TokenService.name);
  private readonly secret: Uint8Array;
  private readonly jwks?: ReturnType<typeof createRemoteJWKSet>;

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

  async verify(token: string): Promise<TokenSubject> {
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
        return { kind: 'oidc', subject: this.subjectOf(payload) };
      }
      const { payload } = await jwtVerify(token, this.secret, {
        issuer: LOCAL_ISSUER,
        audience: LOCAL_AUDIENCE,
        algorithms: ['HS256'],
      });
      return { kind: 'local', userId: payload.sub as string };
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
