import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../context/clock.js';
import { DomainError } from '../errors/domain-error.js';
import { Agreement } from '../../modules/organisations/agreement.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { User } from '../../modules/organisations/user.entity.js';
import { ActorCache } from './actor-cache.js';
import { LoginThrottle } from './login-throttle.service.js';
import { hashPassword, verifyPassword } from './password.js';
import { principalScope, type Actor } from './principal-scope.js';
import { TokenService } from './token.service.js';

/** Authentication: the local login and turning a bearer token (or a session's user) into an {@link Actor}. */
@Injectable()
export class AuthService {
  private dummyHash?: Promise<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly throttle: LoginThrottle,
    private readonly actors: ActorCache,
  ) {}

  /**
   * The local login from `address` (see client-address.ts): a bearer token for the user. See {@link checkLogin}.
   */
  async login(username: string, password: string, address: string): Promise<{ accessToken: string; expiresAt: Date; user: User }> {
    const user = await this.checkLogin(username, password, address);
    return { ...(await this.tokens.issue(user.id)), user };
  }

  /**
   * The checks of a local login (`login` for a token, `signIn` for a browser session), giving the user. The same
   * error for an unknown user, a wrong password and an inactive account, and the same work (one scrypt) in each case,
   * so neither the answer nor its timing tells which usernames exist. A throttled attempt (see {@link LoginThrottle})
   * is refused before any password is checked.
   */
  async checkLogin(username: string, password: string, address: string): Promise<User> {
    if (!this.config.LOCAL_LOGIN) throw DomainError.forbidden('Local login is turned off; sign in through your identity provider');
    const attempt = await this.throttle.admit(username, address);
    const user = await this.dataSource.getRepository(User).findOneBy({ username: username.toLowerCase() });
    const hash = user?.passwordHash ?? (await (this.dummyHash ??= hashPassword('not-a-password')));
    const ok = await verifyPassword(password, hash);
    if (!user || !user.active || !user.passwordHash || !ok) {
      await attempt.failed();
      throw DomainError.unauthenticated('Wrong username or password');
    }
    await attempt.succeeded();
    return user;
  }

  /** Resolves the Authorization header to the acting user with the principals they may act for today. */
  async authenticate(authorization: string | undefined): Promise<Actor> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) throw DomainError.unauthenticated();
    const subject = await this.tokens.verify(match[1]);
    if (subject.kind === 'local') return this.actorOfUser(subject.userId);
    return this.actors.actorFor(`subject:${subject.subject}`, this.clock.today(), async () =>
      this.actorOf(await this.dataSource.getRepository(User).findOneBy({ externalSubject: subject.subject })),
    );
  }

  /** The user `userId` as the acting user today (kept briefly, see {@link ActorCache}); refuses a missing or inactive user. */
  actorOfUser(userId: string): Promise<Actor> {
    return this.actors.actorFor(`user:${userId}`, this.clock.today(), async () =>
      this.actorOf(await this.dataSource.getRepository(User).findOneBy({ id: userId })),
    );
  }

  /** The user as the acting user, with the principals they may act for today; refuses a missing or inactive user. */
  async actorOf(user: User | null): Promise<Actor> {
    if (!user || !user.active) throw DomainError.unauthenticated('Unknown or inactive user');
    const organisation = await this.dataSource.getRepository(Organisation).findOneByOrFail({ id: user.organisationId });
    const agreements = await this.dataSource.getRepository(Agreement).findBy({ actingOrganisationId: organisation.id });
    const scope = principalScope(user.roles, organisation.id, organisation.principalId, agreements, this.clock.today());
    return {
      userId: user.id,
      name: user.name,
      organisationId: organisation.id,
      homePrincipalId: organisation.principalId,
      roles: user.roles,
      readablePrincipalIds: scope.readable,
      writablePrincipalIds: scope.writable,
      writableFrom: scope.writableFrom,
    };
  }
}
