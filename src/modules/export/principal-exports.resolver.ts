import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from '../organisations/user.entity.js';
import { PrincipalExport, PrincipalExportCount, PrincipalExportStatus } from './principal-export.entity.js';
import { EXPORTERS, PrincipalExportsService } from './principal-exports.service.js';

@ArgsType()
export class StartPrincipalExportArgs {
  @Field(() => ID, { description: 'The principal (municipality) to export' })
  @IsUUID()
  principalId: string;
}

@ArgsType()
export class PrincipalExportsArgs {
  @Field(() => ID, { nullable: true, description: 'Only this principal’s; default: your own principal’s' })
  @IsOptional()
  @IsUUID()
  principalId?: string;
}

/** The principal's export: started and listed here, downloaded over REST (export-download.controller.ts). */
@Resolver(() => PrincipalExport)
export class PrincipalExportsResolver {
  constructor(private readonly exports: PrincipalExportsService) {}

  @Allow(...EXPORTERS)
  @Mutation(() => PrincipalExport, {
    description: 'Starts an export of everything the principal owns, as one package (the principal’s own administrator or reviewer)',
  })
  startPrincipalExport(@Ctx() ctx: RequestContext, @Args() args: StartPrincipalExportArgs): Promise<PrincipalExport> {
    return this.exports.start(ctx, args.principalId);
  }

  @Allow(...EXPORTERS)
  @Query(() => [PrincipalExport], { description: 'The principal’s exports, newest first (the last 20)' })
  principalExports(@Ctx() ctx: RequestContext, @Args() args: PrincipalExportsArgs): Promise<PrincipalExport[]> {
    return this.exports.list(ctx, args.principalId);
  }

  @Allow(...EXPORTERS)
  @Query(() => Organisation, { nullable: true, description: 'The principal you may export: your own municipality' })
  exportablePrincipal(@Ctx() ctx: RequestContext, @Loaders() loaders: RequestLoaders) {
    return loaders.organisation.load(ctx.actor.homePrincipalId);
  }

  @ResolveField(() => [PrincipalExportCount], { description: 'Records per file, once written' })
  counts(@Parent() row: PrincipalExport): PrincipalExportCount[] {
    return Object.entries(row.counts ?? {}).map(([file, rows]) => ({ file, rows }));
  }

  @ResolveField(() => String, { nullable: true, description: 'Where to download the package (GET, signed in), once done' })
  downloadUrl(@Parent() row: PrincipalExport): string | null {
    return row.status === PrincipalExportStatus.DONE ? `/api/exports/${row.id}/download` : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'The user who asked for the export' })
  requestedBy(@Loaders() loaders: RequestLoaders, @Parent() row: PrincipalExport) {
    return loaders.user.load(row.requestedById);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The principal (municipality) exported' })
  principal(@Loaders() loaders: RequestLoaders, @Parent() row: PrincipalExport) {
    return loaders.organisation.load(row.principalId);
  }
}
