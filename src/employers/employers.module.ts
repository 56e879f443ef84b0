import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../modules/taxonomy/taxonomy.module.js';
import { EmployerContactsResolver, SkillNeedResolver } from './employer-contacts.resolver.js';
import { EmployerContactsService } from './employer-contacts.service.js';
import { EmployersResolver } from './employers.resolver.js';
import { EmployersService } from './employers.service.js';

@Module({
  imports: [TaxonomyModule],
  providers: [EmployersService, EmployersResolver, EmployerContactsService, EmployerContactsResolver, SkillNeedResolver],
  exports: [EmployersService, EmployerContactsService],
})
export class EmployersModule {}
