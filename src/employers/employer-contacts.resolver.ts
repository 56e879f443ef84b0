import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../platform/context/ctx.decorator.js';
import type { RequestLoaders } from '../platform/graphql/request-loaders.js';
import type { RequestContext } from '../platform/context/request-context.js';
import { Paginated, type Page } from '../platform/graphql/pagination.js';
import { User } from '../modules/organisations/user.entity.js';
import { TaxonomyConcept } from '../modules/taxonomy/taxonomy-concept.entity.js';
import { FollowUpsDueArgs, TeamFollowUpsArgs, TimelineArgs } from './employer.args.js';
import { EmployerContact } from './employer-contact.entity.js';
import { LogEmployerContactInput } from './employer-contact.input.js';
import { EmployerContactsService } from './employer-contacts.service.js';
import { CONTACT_LOGGERS, EMPLOYER_READERS, FOLLOW_UP_CLOSERS, TEAM_FOLLOW_UP_READERS } from './employer-permissions.js';
import { Employer } from './employer.entity.js';
import { SkillNeed } from './skill-need.entity.js';
import { IdArg } from '../platform/validation/id-arg.decorator.js';

const EmployerContactPage = Paginated(EmployerContact, 'EmployerContactPage');

@Resolver(() => EmployerContact)
export class EmployerContactsResolver {
  constructor(private readonly contacts: EmployerContactsService) {}

  @Allow(...CONTACT_LOGGERS)
  @Mutation(() => EmployerContact, { description: 'Logs a contact with an employer; closes your earlier follow-ups with it' })
  logEmployerContact(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The employer, the kind of contact, what was said, skill needs and the next follow-up' }) input: LogEmployerContactInput,
  ): Promise<EmployerContact> {
    return this.contacts.log(ctx, input);
  }

  @Allow(...FOLLOW_UP_CLOSERS)
  @Mutation(() => EmployerContact, { description: 'Closes a follow-up without logging a new contact' })
  closeFollowUp(@Ctx() ctx: RequestContext, @IdArg('contactId') contactId: string): Promise<EmployerContact> {
    return this.contacts.closeFollowUp(ctx, contactId);
  }

  @Allow(...EMPLOYER_READERS)
  @Query(() => EmployerContactPage, { description: "An employer's contact log, newest first" })
  employerTimeline(@Ctx() ctx: RequestContext, @Args() args: TimelineArgs): Promise<Page<EmployerContact>> {
    return this.contacts.timeline(ctx, args.employerId, args);
  }

  @Allow(...CONTACT_LOGGERS)
  @Query(() => EmployerContactPage, { description: 'Your open follow-ups due by today (+ withinDays), overdue first' })
  myFollowUpsDue(@Ctx() ctx: RequestContext, @Args() args: FollowUpsDueArgs): Promise<Page<EmployerContact>> {
    return this.contacts.followUpsDue(ctx, args.withinDays, args);
  }

  @Allow(...TEAM_FOLLOW_UP_READERS)
  @Query(() => EmployerContactPage, { description: "Open follow-ups of a team's members whose date has passed" })
  teamOverdueFollowUps(@Ctx() ctx: RequestContext, @Args() args: TeamFollowUpsArgs): Promise<Page<EmployerContact>> {
    return this.contacts.teamOverdueFollowUps(ctx, args.teamId, args);
  }

  @ResolveField(() => Employer, { description: 'The employer contacted' })
  employer(@Loaders() loaders: RequestLoaders, @Parent() contact: EmployerContact) {
    return loaders.employer.load(contact.employerId);
  }

  /** Loaded with the entry when it was read for itself; through another record (a meeting's contact log), here. */
  @ResolveField(() => [SkillNeed], { description: 'The skill needs the employer expressed in this contact' })
  skillNeeds(@Loaders() loaders: RequestLoaders, @Parent() contact: EmployerContact): Promise<SkillNeed[]> | SkillNeed[] {
    return contact.skillNeeds ?? loaders.skillNeeds.load(contact.id);
  }

  @ResolveField(() => User, { description: 'The staff member who had the contact' })
  author(@Loaders() loaders: RequestLoaders, @Parent() contact: EmployerContact) {
    return loaders.user.load(contact.authorId);
  }
}

@Resolver(() => SkillNeed)
export class SkillNeedResolver {
  @ResolveField(() => TaxonomyConcept, { nullable: true, description: 'The occupation needed (JobTech concept), with its label' })
  occupation(@Loaders() loaders: RequestLoaders, @Parent() need: SkillNeed) {
    return loaders.concept.load(need.occupationConceptId);
  }
}
