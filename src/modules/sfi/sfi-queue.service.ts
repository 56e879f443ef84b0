/** The way through a sector SFI course: the queue, the start, leaving or completing, and a person's enrolments. */
import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { In, QueryFailedError } from 'typeorm';
import { Candidate } from '../../candidates/candidate.entity.js';
import { AccessLogService } from '../audit/access-log.service.js';
import { assertWritable, assertWritableOn, findScoped, scopedQuery } from '../../platform/auth/principal-access.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { paginate, type Page } from '../../platform/graphql/pagination.js';
import { assertDay, grouped, lockEnrolment } from './sfi-access.js';
import { SfiCourse } from './sfi-course.entity.js';
import { SfiCoursesService } from './sfi-courses.service.js';
import { SfiEnrolment, SfiEnrolmentStatus } from './sfi-enrolment.entity.js';
import { hasFreePlace, nextStatus, SfiAction, waitingDays } from './sfi-rules.js';
import type { EndSfiArgs, SfiQueueArgs, StartSfiArgs } from './sfi.args.js';
import type { QueueForSfiInput } from './sfi.input.js';

const PG_UNIQUE_VIOLATION = '23505';

/** Per-request batching without caching, so a later mutation in the same document never reads a stale value. */
const NO_CACHE = { cache: false } as const;

/**
 * The queue for each sector SFI course (SFI waiting lists are long, so the time a person waits is tracked), the
 * person's start, and how they left or completed the course. An enrolment belongs to the person's principal
 * (`principalId`) and is read only through the principal scope.
 */
@Injectable()
export class SfiQueueService {
  constructor(
    private readonly courses: SfiCoursesService,
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
    private readonly loaders: RequestLoaders,
  ) {}

  /**
   * The course's queue, longest waiting first (by waiting-since, then id so the order is stable). Each person
   * listed is written to the access log: the queue says who waits for SFI, which is personal data.
   */
  async queue(ctx: RequestContext, args: SfiQueueArgs, operation: string): Promise<Page<SfiEnrolment>> {
    const course = await this.courses.course(ctx, args.courseId);
    const qb = scopedQuery(ctx, SfiEnrolment, 'e')
      .andWhere('e.courseId = :courseId', { courseId: course.id })
      .andWhere('e.status = :queued', { queued: SfiEnrolmentStatus.QUEUED })
      .orderBy('e.queuedSince', 'ASC')
      .addOrderBy('e.id', 'ASC');
    const page = await paginate(qb, args);
    await this.accessLog.record(ctx, page.items.map((e) => ({ id: e.candidateId })), operation);
    return page;
  }

  /**
   * The people who have started on the course (active, completed, or left after starting), the active first and
   * then by start date. Each person listed is written to the access log, as the queue's are.
   */
  async participants(ctx: RequestContext, course: SfiCourse, operation: string): Promise<SfiEnrolment[]> {
    const rows = await scopedQuery(ctx, SfiEnrolment, 'e')
      .andWhere('e.courseId = :courseId', { courseId: course.id })
      .andWhere('e.startedOn IS NOT NULL')
      .orderBy('e.startedOn', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
    rows.sort((a, b) => Number(b.status === SfiEnrolmentStatus.ACTIVE) - Number(a.status === SfiEnrolmentStatus.ACTIVE));
    await this.accessLog.record(ctx, rows.map((e) => ({ id: e.candidateId })), operation);
    return rows;
  }

  /**
   * Puts a person in a course's queue. The person must be one the caller acts for, of a principal the course
   * serves, and not already queued for (or on) the course: one enrolment per course and person.
   */
  async enqueue(ctx: RequestContext, input: QueueForSfiInput): Promise<SfiEnrolment> {
    const candidate = await findScoped(ctx, Candidate, input.candidateId, 'Candidate');
    assertWritable(ctx, candidate.principalId, 'input.candidateId');
    const course = await this.courses.course(ctx, input.courseId);
    if (!course.servedPrincipalIds.includes(candidate.principalId)) {
      throw DomainError.field('input.courseId', "the course does not serve this person's municipality");
    }
    const today = this.clock.today();
    if (course.endOn < today) throw DomainError.conflict('The course has ended', [{ field: 'input.courseId', message: `ended on ${course.endOn}` }]);
    const queuedSince = input.queuedSince ?? today;
    if (queuedSince > today) throw DomainError.field('input.queuedSince', 'cannot be in the future');
    assertWritableOn(ctx, candidate.principalId, queuedSince, 'input.queuedSince');

    const repo = ctx.em.getRepository(SfiEnrolment);
    const existing = await repo.findOneBy({ courseId: course.id, candidateId: candidate.id });
    if (existing) throw alreadyEnrolled(existing.status);
    try {
      return await repo.save(
        repo.create({
          courseId: course.id,
          candidateId: candidate.id,
          principalId: candidate.principalId,
          status: SfiEnrolmentStatus.QUEUED,
          queuedSince,
          startedOn: null,
          endedOn: null,
        }),
      );
    } catch (error) {
      // two requests queueing the same person at once: the unique index decides, the loser gets the same answer
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === PG_UNIQUE_VIOLATION) throw alreadyEnrolled();
      throw error;
    }
  }

  /**
   * A queued person starts on the course and takes a place. The course row is locked while its active
   * participants are counted, so two starts at once cannot both take the last place.
   */
  async start(ctx: RequestContext, args: StartSfiArgs): Promise<SfiEnrolment> {
    const enrolment = await lockEnrolment(ctx, args.sfiEnrolmentId);
    const status = this.transition(enrolment, SfiAction.START);
    const course = await ctx.em
      .getRepository(SfiCourse)
      .createQueryBuilder('course')
      .where('course.id = :id', { id: enrolment.courseId })
      .setLock('pessimistic_write')
      .getOneOrFail();
    assertDay(args.startedOn, this.clock.today(), 'startedOn', [
      [enrolment.queuedSince, 'the day the person was queued'],
      [course.startOn, 'the course start'],
    ]);
    if (args.startedOn > course.endOn) throw DomainError.field('startedOn', `cannot be after the course end (${course.endOn})`);
    const taken = await ctx.em.getRepository(SfiEnrolment).countBy({ courseId: course.id, status: SfiEnrolmentStatus.ACTIVE });
    if (!hasFreePlace(course.places, taken)) {
      throw DomainError.conflict(`All ${course.places} places on the course are taken`, [{ field: 'sfiEnrolmentId', message: 'no free place on the course' }], 'COURSE_FULL');
    }
    enrolment.status = status;
    enrolment.startedOn = args.startedOn;
    return ctx.em.getRepository(SfiEnrolment).save(enrolment);
  }

  /** The person left the course, or its queue without starting; the place (if any) is free again. */
  async leave(ctx: RequestContext, args: EndSfiArgs): Promise<SfiEnrolment> {
    return this.end(ctx, args, SfiAction.LEAVE);
  }

  /** The person completed the course. */
  async complete(ctx: RequestContext, args: EndSfiArgs): Promise<SfiEnrolment> {
    return this.end(ctx, args, SfiAction.COMPLETE);
  }

  /** Calendar days the person waited (or has waited so far) in the queue; see {@link waitingDays}. */
  waitingDays(enrolment: SfiEnrolment): number {
    return waitingDays(enrolment, this.clock.today());
  }

  /** A person's SFI enrolments the caller may read, latest queued first. */
  enrolmentsOf(ctx: RequestContext, candidate: Candidate): Promise<SfiEnrolment[]> {
    const loader = this.loaders.get<string, SfiEnrolment[]>('sfiQueue.enrolment', async (ids) => {
      const rows = await scopedQuery(ctx, SfiEnrolment, 'e')
        .andWhere('e.candidateId IN (:...ids)', { ids: [...new Set(ids)] })
        .orderBy('e.queuedSince', 'DESC')
        .addOrderBy('e.id', 'ASC')
        .getMany();
      return grouped(ids, rows, (e) => e.candidateId);
    }, NO_CACHE);
    return loader.load(candidate.id);
  }

  /** The course of an enrolment already read through the principal scope (the course serves that principal). */
  async courseOf(ctx: RequestContext, enrolment: SfiEnrolment): Promise<SfiCourse> {
    const loader = this.loaders.get<string, SfiCourse | null>('sfiQueue.course', async (ids) => {
      const rows = await ctx.em.getRepository(SfiCourse).findBy({ id: In([...new Set(ids)]) });
      const by = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => by.get(id) ?? null);
    }, NO_CACHE);
    const course = await loader.load(enrolment.courseId);
    if (!course) throw DomainError.notFound('SfiCourse', enrolment.courseId);
    return course;
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private async end(ctx: RequestContext, args: EndSfiArgs, action: SfiAction.LEAVE | SfiAction.COMPLETE): Promise<SfiEnrolment> {
    const enrolment = await lockEnrolment(ctx, args.sfiEnrolmentId);
    const status = this.transition(enrolment, action);
    const notBefore: Array<[string, string]> = enrolment.startedOn
      ? [[enrolment.startedOn, 'the start']]
      : [[enrolment.queuedSince, 'the day the person was queued']];
    assertDay(args.endedOn, this.clock.today(), 'endedOn', notBefore);
    enrolment.status = status;
    enrolment.endedOn = args.endedOn;
    return ctx.em.getRepository(SfiEnrolment).save(enrolment);
  }

  /** The status after `action`, or CONFLICT naming the status the enrolment is in. */
  private transition(enrolment: SfiEnrolment, action: SfiAction): SfiEnrolmentStatus {
    const status = nextStatus(enrolment.status, action);
    if (!status) {
      throw DomainError.conflict(`Cannot ${action.toLowerCase()} an enrolment that is ${enrolment.status}`, [
        { field: 'sfiEnrolmentId', message: `the enrolment is ${enrolment.status}` },
      ]);
    }
    return status;
  }
}

function alreadyEnrolled(status?: SfiEnrolmentStatus): DomainError {
  return DomainError.conflict(`This person already has an enrolment on the course${status ? ` (${status})` : ''}`, [
    { field: 'input.candidateId', message: 'already queued for or enrolled on this course' },
  ]);
}
