import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Role } from '../../platform/auth/role.enum.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { Paginated, type Page } from '../../platform/graphql/pagination.js';
import { User } from '../organisations/user.entity.js';
import { AccessLogArgs } from './access-log.args.js';
import { AccessLogEntry } from './access-log.entity.js';
import { AccessLogService } from './access-log.service.js';

const AccessLogPage = Paginated(AccessLogEntry, 'AccessLogPage');

@Resolver(() => AccessLogEntry)
export class AccessLogResolver {
  constructor(private readonly service: AccessLogService) {}

  @Allow(Role.PRINCIPAL_REVIEWER, Role.MANAGER)
  @Query(() => AccessLogPage, {
    description: "Who read which person's record, when, and through which operation; the people it names are logged in turn (operation accessLog)",
  })
  accessLog(@Ctx() ctx: RequestContext, @Args() args: AccessLogArgs): Promise<Page<AccessLogEntry>> {
    return this.service.search(ctx, args);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who read the record: their name and, through organisation, where they work' })
  user(@Loaders() loaders: RequestLoaders, @Parent() entry: AccessLogEntry) {
    return loaders.user.load(entry.userId);
  }
}
