import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Candidate } from '../../candidates/candidate.entity.js';
import { CandidatesService } from '../../candidates/candidates.service.js';
import { Allow } from '../../platform/auth/allow.decorator.js';
import { Ctx, Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { Paginated, type Page } from '../../platform/graphql/pagination.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from '../organisations/user.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { IdArg } from '../../platform/validation/id-arg.decorator.js';
import { SfiCourse } from './sfi-course.entity.js';
import { SfiCoursesService } from './sfi-courses.service.js';
import { SfiEnrolment } from './sfi-enrolment.entity.js';
import { SfiNote } from './sfi-note.entity.js';
import { SfiNotesService } from './sfi-notes.service.js';
import { SFI_COURSE_EDITORS, SFI_NOTE_AUTHORS, SFI_PROGRESS_KEEPERS, SFI_QUEUERS, SFI_READERS } from './sfi-permissions.js';
import { SfiQueueService } from './sfi-queue.service.js';
import { placesLeft } from './sfi-rules.js';
import { EndSfiArgs, SfiCourseSearchArgs, SfiQueueArgs, StartSfiArgs } from './sfi.args.js';
import { AddSfiNoteInput, CreateSfiCourseInput, QueueForSfiInput, UpdateSfiCourseInput } from './sfi.input.js';

const SfiCoursePage = Paginated(SfiCourse, 'SfiCoursePage');
const SfiEnrolmentPage = Paginated(SfiEnrolment, 'SfiEnrolmentPage');

/** Sector SFI courses (docs/rules.md: Swedish for immigrants with vocational Swedish combined with workplace learning). */
@Resolver(() => SfiCourse)
export class SfiCoursesResolver {
  constructor(
    private readonly sfi: SfiCoursesService,
    private readonly queue: SfiQueueService,
  ) {}

  @Allow(...SFI_COURSE_EDITORS)
  @Mutation(() => SfiCourse, { description: 'A sector SFI course run by your organisation; serves every principal you act for unless given' })
  createSfiCourse(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Name, sector, level, dates and places; optionally workplace learning and served principals' }) input: CreateSfiCourseInput,
  ): Promise<SfiCourse> {
    return this.sfi.createCourse(ctx, input);
  }

  @Allow(...SFI_COURSE_EDITORS)
  @Mutation(() => SfiCourse, { description: 'Changes a course of your organisation; only the fields given' })
  updateSfiCourse(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: "The course's id and the fields that change" }) input: UpdateSfiCourseInput,
  ): Promise<SfiCourse> {
    return this.sfi.updateCourse(ctx, input);
  }

  @Allow(...SFI_READERS)
  @Query(() => SfiCoursePage, { description: 'Sector SFI courses serving a municipality whose records you read, by start date' })
  sfiCourses(@Ctx() ctx: RequestContext, @Args() args: SfiCourseSearchArgs): Promise<Page<SfiCourse>> {
    return this.sfi.courses(ctx, args);
  }

  @Allow(...SFI_READERS)
  @Query(() => SfiCourse, { description: 'One course serving a municipality whose records you read' })
  sfiCourse(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<SfiCourse> {
    return this.sfi.course(ctx, id);
  }

  @ResolveField(() => [SfiEnrolment], {
    description: 'The people who started on the course (active first, then by start), of principals you read; every person listed is written to the access log',
  })
  participants(@Ctx() ctx: RequestContext, @Parent() course: SfiCourse): Promise<SfiEnrolment[]> {
    return this.queue.participants(ctx, course, 'SfiCourse.participants');
  }

  @ResolveField(() => Sector, { description: 'The sector (bransch) the course is for' })
  sector(@Loaders() loaders: RequestLoaders, @Parent() course: SfiCourse) {
    return loaders.sector.load(course.sectorId);
  }

  @ResolveField(() => Organisation, { description: 'The organisation that runs the course' })
  organisation(@Loaders() loaders: RequestLoaders, @Parent() course: SfiCourse) {
    return loaders.organisation.load(course.organisationId);
  }

  @ResolveField(() => [Organisation], { description: 'The principals (huvudmän) whose residents the course takes' })
  async servedPrincipals(@Loaders() loaders: RequestLoaders, @Parent() course: SfiCourse): Promise<Organisation[]> {
    const found = await loaders.organisation.loadMany(course.servedPrincipalIds);
    return found.filter((o): o is Organisation => o instanceof Organisation);
  }

  @ResolveField(() => Int, { description: 'Places held by people active on the course (all principals)' })
  async placesTaken(@Ctx() ctx: RequestContext, @Parent() course: SfiCourse): Promise<number> {
    return (await this.sfi.counts(ctx, course.id)).active;
  }

  @ResolveField(() => Int, { description: 'Places still free' })
  async placesLeft(@Ctx() ctx: RequestContext, @Parent() course: SfiCourse): Promise<number> {
    return placesLeft(course.places, (await this.sfi.counts(ctx, course.id)).active);
  }

  @ResolveField(() => Int, { description: 'People waiting in the queue (all principals)' })
  async queueLength(@Ctx() ctx: RequestContext, @Parent() course: SfiCourse): Promise<number> {
    return (await this.sfi.counts(ctx, course.id)).queued;
  }
}

/** A person's place in, or in the queue for, a course; the queue time is tracked (docs/rules.md). */
@Resolver(() => SfiEnrolment)
export class SfiEnrolmentsResolver {
  constructor(
    private readonly sfi: SfiQueueService,
    private readonly sfiNotes: SfiNotesService,
    private readonly candidates: CandidatesService,
  ) {}

  @Allow(...SFI_READERS)
  @Query(() => SfiEnrolmentPage, {
    description: 'The people waiting for a course, longest waiting first; every person listed is written to the access log',
  })
  sfiQueue(@Ctx() ctx: RequestContext, @Args() args: SfiQueueArgs): Promise<Page<SfiEnrolment>> {
    return this.sfi.queue(ctx, args, 'sfiQueue');
  }

  @Allow(...SFI_QUEUERS)
  @Mutation(() => SfiEnrolment, { description: "Puts a person in a course's queue (once per course)" })
  queueForSfi(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The course, the person, and optionally the day they joined the queue' }) input: QueueForSfiInput,
  ): Promise<SfiEnrolment> {
    return this.sfi.enqueue(ctx, input);
  }

  @Allow(...SFI_PROGRESS_KEEPERS)
  @Mutation(() => SfiEnrolment, { description: 'A queued person starts on the course; refused when every place is taken' })
  startSfi(@Ctx() ctx: RequestContext, @Args() args: StartSfiArgs): Promise<SfiEnrolment> {
    return this.sfi.start(ctx, args);
  }

  @Allow(...SFI_PROGRESS_KEEPERS)
  @Mutation(() => SfiEnrolment, { description: 'The person left the course, or its queue' })
  leaveSfi(@Ctx() ctx: RequestContext, @Args() args: EndSfiArgs): Promise<SfiEnrolment> {
    return this.sfi.leave(ctx, args);
  }

  @Allow(...SFI_PROGRESS_KEEPERS)
  @Mutation(() => SfiEnrolment, { description: 'The person completed the course' })
  completeSfi(@Ctx() ctx: RequestContext, @Args() args: EndSfiArgs): Promise<SfiEnrolment> {
    return this.sfi.complete(ctx, args);
  }

  @ResolveField(() => Candidate, { description: 'The person; the read is written to the access log' })
  candidate(@Ctx() ctx: RequestContext, @Parent() enrolment: SfiEnrolment): Promise<Candidate> {
    return this.candidates.get(ctx, enrolment.candidateId, 'SfiEnrolment.candidate');
  }

  @ResolveField(() => SfiCourse, { description: 'The course' })
  course(@Ctx() ctx: RequestContext, @Parent() enrolment: SfiEnrolment): Promise<SfiCourse> {
    return this.sfi.courseOf(ctx, enrolment);
  }

  @ResolveField(() => [SfiNote], { description: 'Attendance and progress notes, newest first' })
  notes(@Ctx() ctx: RequestContext, @Parent() enrolment: SfiEnrolment): Promise<SfiNote[]> {
    return this.sfiNotes.notes(ctx, enrolment);
  }

  @ResolveField(() => Int, {
    description: 'Calendar days in the queue: up to today while queued, else up to the start (or to leaving the queue)',
  })
  waitingDays(@Parent() enrolment: SfiEnrolment): number {
    return this.sfi.waitingDays(enrolment);
  }
}

/** Attendance and progress notes on an SFI enrolment, by the teacher. */
@Resolver(() => SfiNote)
export class SfiNotesResolver {
  constructor(private readonly sfi: SfiNotesService) {}

  @Allow(...SFI_NOTE_AUTHORS)
  @Mutation(() => SfiNote, { description: 'Attendance on a day, a progress note, or both' })
  addSfiNote(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The enrolment, the day, and attendance, a note or both' }) input: AddSfiNoteInput,
  ): Promise<SfiNote> {
    return this.sfi.addNote(ctx, input);
  }

  @ResolveField(() => User, { description: 'The teacher who wrote it' })
  author(@Loaders() loaders: RequestLoaders, @Parent() note: SfiNote) {
    return loaders.user.load(note.authorId);
  }
}

/** A person's SFI enrolments, on the person's record. */
@Resolver(() => Candidate)
export class CandidateSfiResolver {
  constructor(private readonly sfi: SfiQueueService) {}

  @ResolveField(() => [SfiEnrolment], { description: 'Sector SFI courses queued for or taken, latest queued first' })
  sfiEnrolments(@Ctx() ctx: RequestContext, @Parent() candidate: Candidate): Promise<SfiEnrolment[]> {
    return this.sfi.enrolmentsOf(ctx, candidate);
  }
}
