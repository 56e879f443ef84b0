import { Module } from '@nestjs/common';
import {
  OrganisationsResolver,
  TeamMemberResolver,
  TeamResolver,
  UserResolver,
} from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  providers: [OrganisationsService, OrganisationsResolver, TeamResolver, TeamMemberResolver, UserResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
