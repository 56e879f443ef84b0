import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../context/clock.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { AuthService } from './auth.service.js';
import type { Actor } from './principal-scope.js';
import { UserSession } from './session.entity.js';

/** `extensions.reason` of the UNAUTHENTICATED answer to a session that has ended, so a client can say so. */
export const SESSION_EXPIRED = 'SESSION_EXPIRED';

/** How often a session's last use is written at most: reading it on every request is cheap, writing is not. */
const SEEN_RESOLUTION_MS = 60_000;

/**
 * Browser sessions, kept in PostgreSQL so that every API instance shares them. A session ends after
 * SESSION_IDLE_MINUTES without a request and SESSION_MAX_HOURS after it began, whichever comes first: people's
 * records are social-services data, and a computer left signed in must not stay open to the next person. Its last
 * use is recorded at most once a minute, so an idle session may end up to a minute early, never late. Times come from
 * the {@link Clock}. Ended sessions are deleted when they are next presented, and every ended session whenever
 * someone signs in.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly auth: AuthService,
  ) {}

  /**
   * Begins a session for the user, in place of the browser's `previous` one if it had one, and returns the token
   * for its cookie: 256 random bits, of which only the SHA-256 is stored.
   */
  async begin(userId: string, previous: string | undefined): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const sessions = this.dataSource.getRepository(UserSession);
    await sessions.insert({ tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now });
    if (previous) await this.end(previous);
    await this.dataSource.query(`DELETE FROM "user_session" WHERE "last_seen_at" <= $1 OR "created_at" <= $2`, this.cutoffs(now));
    return token;
  }

  /**
   * The session's user as the acting user. A session that has ended, or that is unknown (signed out, or never
   * issued), is UNAUTHENTICATED with the reason {@link SESSION_EXPIRED}; a deactivated user's sessions end at once.
   */
  async authenticate(token: string): Promise<Actor> {
    const sessions = this.dataSource.getRepository(UserSession);
    const session = token ? await sessions.findOneBy({ tokenHash: hashToken(token) }) : null;
    if (!session) throw sessionEnded();
    const { tokenHash } = session;
    const now = this.clock.now();
    const [idleCutoff, maxCutoff] = this.cutoffs(now);
    if (session.lastSeenAt <= idleCutoff || session.createdAt <= maxCutoff) {
      await sessions.delete({ tokenHash });
      throw sessionEnded();
    }
    const actor = await this.auth.actorOfUser(session.userId).catch(async (error: unknown) => {
      // a deactivated (or deleted) user's sessions end at once
      if (error instanceof DomainError && error.code === ErrorCode.UNAUTHENTICATED) await sessions.delete({ tokenHash });
      throw error;
    });
    if (now.getTime() - session.lastSeenAt.getTime() >= SEEN_RESOLUTION_MS) {
      // conditional, so that of parallel requests only one writes
      await sessions.update({ tokenHash, lastSeenAt: LessThanOrEqual(new Date(now.getTime() - SEEN_RESOLUTION_MS)) }, { lastSeenAt: now });
    }
    return actor;
  }

  /** Ends a session; harmless when it has ended already. */
  async end(token: string): Promise<void> {
    if (token) await this.dataSource.getRepository(UserSession).delete({ tokenHash: hashToken(token) });
  }

  /** Sessions last seen at or before the first instant, or begun at or before the second, have ended. */
  private cutoffs(now: Date): [Date, Date] {
    return [
      new Date(now.getTime() - this.config.SESSION_IDLE_MINUTES * 60_000),
      new Date(now.getTime() - this.config.SESSION_MAX_HOURS * 3_600_000),
    ];
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function sessionEnded(): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, 'Your session has ended; sign in again', [], { reason: SESSION_EXPIRED });
}
