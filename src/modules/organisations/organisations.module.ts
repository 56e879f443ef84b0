import { Module } from '@nestjs/common';
import {
  AgreementResolver,
  OrganisationsResolver,
  TeamMemberResolver,
  TeamResolver,
  UserResolver,
} from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  providers: [OrganisationsService, OrganisationsResolver, AgreementResolver, TeamResolver, TeamMemberResolver, UserResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
