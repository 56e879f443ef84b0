import { Module } from '@nestjs/common';
import { AgreementsResolver } from './agreements.resolver.js';
import { AgreementsService } from './agreements.service.js';
import { OrganisationsResolver, TeamMemberResolver, TeamResolver, UserResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  providers: [OrganisationsService, OrganisationsResolver, AgreementsService, AgreementsResolver, TeamResolver, TeamMemberResolver, UserResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
