import { Args, Field, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../platform/context/ctx.decorator.js';
import type { RequestContext } from '../platform/context/request-context.js';
import type { RequestLoaders } from '../platform/graphql/request-loaders.js';
import { Paginated, type Page } from '../platform/graphql/pagination.js';
import { maskIdentityNumber } from '../platform/identifiers/identity-number.js';
import { Sector } from '../modules/sectors/sector.entity.js';
import { TaxonomyConcept } from '../modules/taxonomy/taxonomy-concept.entity.js';
import { CandidateSearchArgs, DuplicateSearchArgs } from './candidate.args.js';
import { Candidate, CandidateExperience, CandidateLanguage } from './candidate.entity.js';
import { ConsentInput, EnrolCandidateInput, UpdateCandidateInput } from './candidate.input.js';
import { CANDIDATE_READERS, ENROLMENT_KEEPERS, FULL_IDENTITY_READERS, PROFILE_EDITORS } from './candidate-permissions.js';
import { CandidatesService } from './candidates.service.js';
import { Consent } from './consent.entity.js';
import { ConsentPurposeRule, consentPurposeRules } from './consent-purposes.js';
import { impliedDrivingLicences } from './driving-licences.js';
import { Enrolment } from './enrolment.entity.js';
import { IdArg } from '../platform/validation/id-arg.decorator.js';

const CandidatePage = Paginated(Candidate, 'CandidatePage');

@ObjectType({ description: 'The person enrolled and their new enrolment period' })
class EnrolmentResult {
  @Field(() => Candidate, { description: 'The person, new or found by identity number' })
  candidate: Candidate;

  @Field(() => Enrolment, { description: 'The new enrolment period' })
  enrolment: Enrolment;
}

const concepts = async (loaders: RequestLoaders, ids: readonly string[]) =>
  (await loaders.concept.loadMany([...ids])).filter((c): c is TaxonomyConcept => c instanceof TaxonomyConcept);

@Resolver(() => Candidate)
export class CandidatesResolver {
  constructor(private readonly service: CandidatesService) {}

  @Allow(...CANDIDATE_READERS)
  @Query(() => Candidate, { description: "A person's record; the read is written to the access log" })
  candidate(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<Candidate> {
    return this.service.get(ctx, id, 'candidate');
  }

  @Allow(...CANDIDATE_READERS)
  @Query(() => CandidatePage, { description: 'Search people; every person returned is written to the access log' })
  candidates(@Ctx() ctx: RequestContext, @Args() args: CandidateSearchArgs): Promise<Page<Candidate>> {
    return this.service.search(ctx, args, 'candidates');
  }

  @Allow(...ENROLMENT_KEEPERS)
  @Query(() => [Candidate], { description: 'People with the same name and birth date: likely the same person' })
  likelyDuplicates(@Ctx() ctx: RequestContext, @Args() args: DuplicateSearchArgs): Promise<Candidate[]> {
    return this.service.likelyDuplicates(ctx, args, 'likelyDuplicates');
  }

  @Allow(...ENROLMENT_KEEPERS)
  @Mutation(() => EnrolmentResult, { description: 'Enrols a person (first contact); a new period if they were enrolled before' })
  enrolCandidate(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The person and the day of first contact' }) input: EnrolCandidateInput,
  ): Promise<EnrolmentResult> {
    return this.service.enrol(ctx, input);
  }

  @Allow(...PROFILE_EDITORS)
  @Mutation(() => Candidate, { description: "Changes a person's profile; every change is written to the change history" })
  updateCandidate(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: "The person's id, the version you read, and the fields that change" }) input: UpdateCandidateInput,
  ): Promise<Candidate> {
    return this.service.update(ctx, input);
  }

  @Allow(...PROFILE_EDITORS)
  @Mutation(() => Consent, { description: 'Records a consent the person gave' })
  giveConsent(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The person, the purpose and, where needed, the recipient' }) input: ConsentInput,
  ): Promise<Consent> {
    return this.service.giveConsent(ctx, input);
  }

  @Allow(...PROFILE_EDITORS)
  @Mutation(() => Consent, { description: 'Withdraws a consent from now on; the row is kept with its withdrawal time (withdrawing again changes nothing)' })
  withdrawConsent(@Ctx() ctx: RequestContext, @IdArg('consentId') consentId: string): Promise<Consent> {
    return this.service.withdrawConsent(ctx, consentId);
  }

  @Allow(...CANDIDATE_READERS)
  @Query(() => [ConsentPurposeRule], { description: 'Every consent purpose with what the person is told and what the law rests on' })
  consentPurposes(): ConsentPurposeRule[] {
    return consentPurposeRules();
  }

  @ResolveField(() => String, { description: 'Personnummer or samordningsnummer; masked (YYYYMMDD-****) unless your role needs it' })
  identityNumber(@Ctx() ctx: RequestContext, @Parent() candidate: Candidate): string {
    return ctx.hasRole(...FULL_IDENTITY_READERS) ? candidate.identityNumber : maskIdentityNumber(candidate.identityNumber);
  }

  @ResolveField(() => [Enrolment], { description: 'Enrolment periods, newest first' })
  enrolments(@Ctx() ctx: RequestContext, @Parent() candidate: Candidate): Promise<Enrolment[]> {
    return this.service.enrolments(ctx, candidate);
  }

  @ResolveField(() => [Consent], { description: 'Every consent the person has given, withdrawn ones included, newest first' })
  consents(@Ctx() ctx: RequestContext, @Parent() candidate: Candidate): Promise<Consent[]> {
    return this.service.consents(ctx, candidate);
  }

  @ResolveField(() => TaxonomyConcept, { nullable: true, description: 'The home municipality (JobTech concept)' })
  homeMunicipality(@Loaders() loaders: RequestLoaders, @Parent() candidate: Candidate) {
    return loaders.concept.load(candidate.homeMunicipalityConceptId);
  }

  @ResolveField(() => [TaxonomyConcept], { description: 'Every licence class held: a licence implies the classes below it' })
  impliedDrivingLicences(@Loaders() loaders: RequestLoaders, @Parent() candidate: Candidate) {
    return concepts(loaders, impliedDrivingLicences(candidate.drivingLicenceConceptIds));
  }

  @ResolveField(() => [TaxonomyConcept], { description: "The person's skills (JobTech concepts), with their labels" })
  skills(@Loaders() loaders: RequestLoaders, @Parent() candidate: Candidate) {
    return concepts(loaders, candidate.skillConceptIds);
  }

  @ResolveField(() => [TaxonomyConcept], { description: 'The occupations wanted, with their labels' })
  wantedOccupations(@Loaders() loaders: RequestLoaders, @Parent() candidate: Candidate) {
    return concepts(loaders, candidate.wantedOccupationConceptIds);
  }

  @ResolveField(() => [TaxonomyConcept], { description: 'The working hours wanted (JobTech worktime-extent), with their labels' })
  wantedWorktimes(@Loaders() loaders: RequestLoaders, @Parent() candidate: Candidate) {
    return concepts(loaders, candidate.wantedWorktimeConceptIds);
  }

  @ResolveField(() => [Sector], { description: 'The sectors the person wants' })
  async wantedSectors(@Loaders() loaders: RequestLoaders, @Parent() candidate: Candidate): Promise<Sector[]> {
    return (await loaders.sector.loadMany(candidate.wantedSectorIds)).filter((s): s is Sector => s instanceof Sector);
  }
}

/** A language the person speaks, named. */
@Resolver(() => CandidateLanguage)
export class CandidateLanguageResolver {
  @ResolveField(() => TaxonomyConcept, { nullable: true, description: 'The language (JobTech concept), with its label' })
  language(@Loaders() loaders: RequestLoaders, @Parent() spoken: CandidateLanguage) {
    return loaders.concept.load(spoken.languageConceptId);
  }

  @ResolveField(() => TaxonomyConcept, { nullable: true, description: 'The level of the language (JobTech concept), with its label' })
  level(@Loaders() loaders: RequestLoaders, @Parent() spoken: CandidateLanguage) {
    return loaders.concept.load(spoken.levelConceptId);
  }
}

/** Experience of an occupation, named. */
@Resolver(() => CandidateExperience)
export class CandidateExperienceResolver {
  @ResolveField(() => TaxonomyConcept, { nullable: true, description: 'The occupation (JobTech concept), with its label' })
  occupation(@Loaders() loaders: RequestLoaders, @Parent() experience: CandidateExperience) {
    return loaders.concept.load(experience.occupationConceptId);
  }
}
