import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator.js';
import { Role } from '../auth/role.enum.js';
import { Ctx } from '../context/ctx.decorator.js';
import type { RequestContext } from '../context/request-context.js';
import { Paginated, type Page } from '../graphql/pagination.js';
import { AccessLogArgs } from './access-log.args.js';
import { AccessLogEntry } from './access-log.entity.js';
import { AccessLogService } from './access-log.service.js';

const AccessLogPage = Paginated(AccessLogEntry, 'AccessLogPage');

@Resolver(() => AccessLogEntry)
export class AccessLogResolver {
  constructor(private readonly service: AccessLogService) {}

  @Allow(Role.PRINCIPAL_REVIEWER, Role.MANAGER)
  @Query(() => AccessLogPage, { description: "Who read which person's record, when, and through which operation" })
  accessLog(@Ctx() ctx: RequestContext, @Args() args: AccessLogArgs): Promise<Page<AccessLogEntry>> {
    return this.service.search(ctx, args);
  }
}
