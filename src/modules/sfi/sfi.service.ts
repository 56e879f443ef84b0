import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In, QueryFailedError, type SelectQueryBuilder } from 'typeorm';
import { Candidate } from '../../candidates/candidate.entity.js';
import { AccessLogService } from '../audit/access-log.service.js';
import { assertWritable, assertWritableOn, findScoped, scopedQuery } from '../auth/principal-access.js';
import { Clock } from '../context/clock.js';
import type { RequestContext } from '../context/request-context.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { paginate, type Page } from '../graphql/pagination.js';
import { Sector } from '../sectors/sector.entity.js';
import { SfiCourse } from './sfi-course.entity.js';
import { SfiEnrolment, SfiEnrolmentStatus } from './sfi-enrolment.entity.js';
import { SfiNote } from './sfi-note.entity.js';
import { hasFreePlace, nextStatus, SfiAction, waitingDays } from './sfi-rules.js';
import type { EndSfiArgs, SfiCourseSearchArgs, SfiQueueArgs, StartSfiArgs } from './sfi.args.js';
import type { AddSfiNoteInput, CreateSfiCourseInput, QueueForSfiInput, UpdateSfiCourseInput } from './sfi.input.js';

const PG_UNIQUE_VIOLATION = '23505';

/** How full a course is: people holding a place (ACTIVE) and people waiting for one (QUEUED). */
export interface CourseCounts {
  active: number;
  queued: number;
}

/** Per-request batching (no caching, so a later mutation in the same document never reads a stale value). */
interface SfiLoaders {
  counts: DataLoader<string, CourseCounts>;
  course: DataLoader<string, SfiCourse | null>;
  notes: DataLoader<string, SfiNote[]>;
  enrolmentsOfCandidate: DataLoader<string, SfiEnrolment[]>;
}

/**
 * Sector SFI (docs/domain.md, the job seeker's path, step 4): courses per sector that combine Swedish for immigrants
 * and vocational Swedish with workplace learning, the queue for each course (SFI waiting lists are long, so the
 * time a person waits is tracked), their start, attendance and progress, and how they left or completed it.
 *
 * A course is run by one organisation for the principals it serves; it holds no one's personal data, so it is
 * visible to whoever reads a principal it serves. An enrolment and its notes belong to the person's principal
 * (`principalId`) and are read only through the principal scope.
 */
@Injectable()
export class SfiService {
  private readonly loaders = new WeakMap<RequestContext, SfiLoaders>();

  constructor(
    private readonly accessLog: AccessLogService,
    private readonly clock: Clock,
  ) {}

  // ---- courses -------------------------------------------------------------------------------------------------

  /** A new course, run by the caller's organisation, for the given principals or every principal the caller acts for. */
  async createCourse(ctx: RequestContext, input: CreateSfiCourseInput): Promise<SfiCourse> {
    await this.assertSector(ctx, input.sectorId);
    this.assertPeriod(input.startOn, input.endOn);
    const servedPrincipalIds = this.servedPrincipals(ctx, input.servedPrincipalIds, []);
    const repo = ctx.em.getRepository(SfiCourse);
    return repo.save(
      repo.create({
        name: input.name,
        sectorId: input.sectorId,
        organisationId: ctx.actor.organisationId,
        servedPrincipalIds,
        level: input.level,
        startOn: input.startOn,
        endOn: input.endOn,
        places: input.places,
        workplaceLearning: input.workplaceLearning ?? null,
      }),
    );
  }

  /**
   * Changes a course of the caller's own organisation. The course row is locked, so a change of places cannot
   * race a start: places never drop below the people active on the course, and a principal whose people are
   * queued or active stays served.
   */
  async updateCourse(ctx: RequestContext, input: UpdateSfiCourseInput): Promise<SfiCourse> {
    const course = await this.course(ctx, input.id, { forUpdate: true });
    if (course.organisationId !== ctx.actor.organisationId) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'The course is run by another organisation', [{ field: 'input.id', message: 'not your organisation’s course' }]);
    }
    if (input.sectorId !== undefined) await this.assertSector(ctx, input.sectorId);
    const startOn = input.startOn ?? course.startOn;
    const endOn = input.endOn ?? course.endOn;
    this.assertPeriod(startOn, endOn);
    if (input.places !== undefined) {
      const active = await ctx.em.getRepository(SfiEnrolment).countBy({ courseId: course.id, status: SfiEnrolmentStatus.ACTIVE });
      if (input.places < active) {
        throw DomainError.conflict(`${active} people are active on the course`, [{ field: 'input.places', message: `cannot be fewer than the ${active} people active on the course` }]);
      }
    }
    if (input.servedPrincipalIds !== undefined) {
      const served = this.servedPrincipals(ctx, input.servedPrincipalIds, course.servedPrincipalIds);
      const dropped = course.servedPrincipalIds.filter((p) => !served.includes(p));
      if (dropped.length > 0) {
        const waitingOrActive = await ctx.em.getRepository(SfiEnrolment).countBy({
          courseId: course.id,
          principalId: In(dropped),
          status: In([SfiEnrolmentStatus.QUEUED, SfiEnrolmentStatus.ACTIVE]),
        });
        if (waitingOrActive > 0) {
          throw DomainError.conflict('People of a principal you remove are queued or active on the course', [
            { field: 'input.servedPrincipalIds', message: 'a principal whose people are queued or active cannot be removed' },
          ]);
        }
      }
      course.servedPrincipalIds = served;
    }
    if (input.name !== undefined) course.name = input.name;
    if (input.sectorId !== undefined) course.sectorId = input.sectorId;
    if (input.level !== undefined) course.level = input.level;
    course.startOn = startOn;
    course.endOn = endOn;
    if (input.places !== undefined) course.places = input.places;
    if (input.workplaceLearning !== undefined) course.workplaceLearning = input.workplaceLearning;
    return ctx.em.getRepository(SfiCourse).save(course);
  }

  /** Courses serving a principal the caller reads, by start date; `from` keeps those still running on that day. */
  courses(ctx: RequestContext, args: SfiCourseSearchArgs): Promise<Page<SfiCourse>> {
    const qb = this.courseQuery(ctx, 'c').orderBy('c.startOn', 'ASC').addOrderBy('c.name', 'ASC').addOrderBy('c.id', 'ASC');
    if (args.sectorId) qb.andWhere('c.sectorId = :sectorId', { sectorId: args.sectorId });
    if (args.from) qb.andWhere('c.endOn >= :from', { from: args.from });
    return paginate(qb, args);
  }

  /** One course the caller may see (it serves a principal they read); otherwise NOT_FOUND. */
  async course(ctx: RequestContext, id: string, options: { forUpdate?: boolean } = {}): Promise<SfiCourse> {
    const qb = this.courseQuery(ctx, 'course').andWhere('course.id = :id', { id });
    if (options.forUpdate) qb.setLock('pessimistic_write', undefined, ['course']);
    const course = await qb.getOne();
    if (!course) throw DomainError.notFound('SfiCourse', id);
    return course;
  }

  /**
   * How full a course is, counted over all its participants whatever their principal: the figure is about the
   * course's places, not about anyone, and a reviewer seeing only their own principal's people still needs it.
   */
  counts(ctx: RequestContext, courseId: string): Promise<CourseCounts> {
    return this.loadersOf(ctx).counts.load(courseId);
  }

  // ---- the queue and the way through a course -------------------------------------------------------------------

  /**
   * The course's queue, longest waiting first (by waiting-since, then id so the order is stable). Each person
   * listed is written to the access log: the queue says who waits for SFI, which is personal data.
   */
  async queue(ctx: RequestContext, args: SfiQueueArgs, operation: string): Promise<Page<SfiEnrolment>> {
    const course = await this.course(ctx, args.courseId);
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
    const course = await this.course(ctx, input.courseId);
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
    const enrolment = await this.lockEnrolment(ctx, args.sfiEnrolmentId);
    const status = this.transition(enrolment, SfiAction.START);
    const course = await ctx.em
      .getRepository(SfiCourse)
      .createQueryBuilder('course')
      .where('course.id = :id', { id: enrolment.courseId })
      .setLock('pessimistic_write')
      .getOneOrFail();
    this.assertDay(args.startedOn, 'startedOn', [
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
    return this.loadersOf(ctx).enrolmentsOfCandidate.load(candidate.id);
  }

  /** The course of an enrolment already read through the principal scope (the course serves that principal). */
  async courseOf(ctx: RequestContext, enrolment: SfiEnrolment): Promise<SfiCourse> {
    const course = await this.loadersOf(ctx).course.load(enrolment.courseId);
    if (!course) throw DomainError.notFound('SfiCourse', enrolment.courseId);
    return course;
  }

  // ---- notes ---------------------------------------------------------------------------------------------------

  /**
   * The teacher's note on a day: attendance (for someone on the course that day), progress, or both. One
   * attendance per person and day; progress notes may be added freely, also while the person waits.
   */
  async addNote(ctx: RequestContext, input: AddSfiNoteInput): Promise<SfiNote> {
    const attended = input.attended ?? null;
    const note = input.note ?? null;
    if (attended === null && note === null) {
      throw DomainError.badInput(
        [
          { field: 'input.attended', message: 'give attendance, a note, or both' },
          { field: 'input.note', message: 'give attendance, a note, or both' },
        ],
        'A note needs attendance or text',
      );
    }
    const enrolment = await this.lockEnrolment(ctx, input.sfiEnrolmentId);
    this.assertDay(input.on, 'input.on', [[enrolment.queuedSince, 'the day the person was queued']]);
    if (attended !== null) {
      if (!enrolment.startedOn) {
        throw DomainError.conflict(`Attendance is noted once the person has started; the enrolment is ${enrolment.status}`, [
          { field: 'input.attended', message: `the enrolment is ${enrolment.status}` },
        ]);
      }
      if (input.on < enrolment.startedOn || (enrolment.endedOn !== null && input.on > enrolment.endedOn)) {
        throw DomainError.field('input.on', `attendance is for a day on the course (${enrolment.startedOn} to ${enrolment.endedOn ?? 'today'})`);
      }
      const noted = await ctx.em
        .getRepository(SfiNote)
        .createQueryBuilder('n')
        .where('n.sfiEnrolmentId = :id AND n.on = :on AND n.attended IS NOT NULL', { id: enrolment.id, on: input.on })
        .getExists();
      if (noted) throw DomainError.conflict('Attendance is already noted for that day', [{ field: 'input.on', message: 'attendance already noted' }]);
    }
    const repo = ctx.em.getRepository(SfiNote);
    return repo.save(
      repo.create({ sfiEnrolmentId: enrolment.id, principalId: enrolment.principalId, on: input.on, attended, note, authorId: ctx.actor.userId }),
    );
  }

  /** An enrolment's notes, newest first. */
  notes(ctx: RequestContext, enrolment: SfiEnrolment): Promise<SfiNote[]> {
    return this.loadersOf(ctx).notes.load(enrolment.id);
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private async end(ctx: RequestContext, args: EndSfiArgs, action: SfiAction.LEAVE | SfiAction.COMPLETE): Promise<SfiEnrolment> {
    const enrolment = await this.lockEnrolment(ctx, args.sfiEnrolmentId);
    const status = this.transition(enrolment, action);
    const notBefore: Array<[string, string]> = enrolment.startedOn
      ? [[enrolment.startedOn, 'the start']]
      : [[enrolment.queuedSince, 'the day the person was queued']];
    this.assertDay(args.endedOn, 'endedOn', notBefore);
    enrolment.status = status;
    enrolment.endedOn = args.endedOn;
    return ctx.em.getRepository(SfiEnrolment).save(enrolment);
  }

  /** An enrolment the caller may change, locked for the change. */
  private async lockEnrolment(ctx: RequestContext, id: string): Promise<SfiEnrolment> {
    const enrolment = await findScoped(ctx, SfiEnrolment, id, 'SfiEnrolment', { forUpdate: true });
    assertWritable(ctx, enrolment.principalId, 'sfiEnrolmentId');
    return enrolment;
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

  /** A day of something that happened: not in the future, and not before any of `notBefore` ([date, what]). */
  private assertDay(day: string, field: string, notBefore: Array<[string, string]>): void {
    if (day > this.clock.today()) throw DomainError.field(field, 'cannot be in the future');
    for (const [earliest, what] of notBefore) {
      if (day < earliest) throw DomainError.field(field, `cannot be before ${what} (${earliest})`);
    }
  }

  private assertPeriod(startOn: string, endOn: string): void {
    if (endOn < startOn) throw DomainError.field('input.endOn', `cannot be before the start (${startOn})`);
  }

  private async assertSector(ctx: RequestContext, sectorId: string): Promise<void> {
    if (!(await ctx.em.getRepository(Sector).existsBy({ id: sectorId }))) throw DomainError.field('input.sectorId', 'unknown sector');
  }

  /**
   * The principals a course serves: the ones given, each one the caller acts for (or, on an update, one the course
   * already serves), or by default every principal the caller acts for. Sorted, so equal lists compare equal.
   */
  private servedPrincipals(ctx: RequestContext, given: readonly string[] | undefined, alreadyServed: readonly string[]): string[] {
    if (given === undefined) {
      if (ctx.actor.writablePrincipalIds.length === 0) throw DomainError.forbidden('You do not act for any principal');
      return [...ctx.actor.writablePrincipalIds].sort();
    }
    for (const principalId of given) {
      if (!alreadyServed.includes(principalId)) assertWritable(ctx, principalId, 'input.servedPrincipalIds');
    }
    return [...new Set(given)].sort();
  }

  /** Courses serving at least one principal the caller reads (`servedPrincipalIds && readable`). */
  private courseQuery(ctx: RequestContext, alias: string): SelectQueryBuilder<SfiCourse> {
    const readable = [...ctx.actor.readablePrincipalIds];
    const qb = ctx.em.getRepository(SfiCourse).createQueryBuilder(alias);
    return readable.length === 0
      ? qb.where('false')
      : qb.where(`${alias}.servedPrincipalIds && ARRAY[:...readablePrincipals]::uuid[]`, { readablePrincipals: readable });
  }

  private loadersOf(ctx: RequestContext): SfiLoaders {
    let loaders = this.loaders.get(ctx);
    if (!loaders) {
      loaders = this.createLoaders(ctx);
      this.loaders.set(ctx, loaders);
    }
    return loaders;
  }

  private createLoaders(ctx: RequestContext): SfiLoaders {
    const options = { cache: false } as const;
    const grouped = <T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] => {
      const by = new Map<string, T[]>();
      for (const row of rows) by.set(key(row), [...(by.get(key(row)) ?? []), row]);
      return ids.map((id) => by.get(id) ?? []);
    };
    return {
      counts: new DataLoader(async (ids) => {
        const rows = await ctx.em
          .getRepository(SfiEnrolment)
          .createQueryBuilder('e')
          .select('e.courseId', 'courseId')
          .addSelect('count(*) FILTER (WHERE e.status = :active)', 'active')
          .addSelect('count(*) FILTER (WHERE e.status = :queued)', 'queued')
          .where('e.courseId IN (:...ids)', { ids: [...new Set(ids)] })
          .setParameters({ active: SfiEnrolmentStatus.ACTIVE, queued: SfiEnrolmentStatus.QUEUED })
          .groupBy('e.courseId')
          .getRawMany<{ courseId: string; active: string; queued: string }>();
        const by = new Map(rows.map((r) => [r.courseId, { active: Number(r.active), queued: Number(r.queued) }]));
        return ids.map((id) => by.get(id) ?? { active: 0, queued: 0 });
      }, options),
      course: new DataLoader(async (ids) => {
        const rows = await ctx.em.getRepository(SfiCourse).findBy({ id: In([...new Set(ids)]) });
        const by = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => by.get(id) ?? null);
      }, options),
      notes: new DataLoader(async (ids) => {
        const rows = await scopedQuery(ctx, SfiNote, 'n')
          .andWhere('n.sfiEnrolmentId IN (:...ids)', { ids: [...new Set(ids)] })
          .orderBy('n.on', 'DESC')
          .addOrderBy('n.createdAt', 'DESC')
          .addOrderBy('n.id', 'DESC')
          .getMany();
        return grouped(ids, rows, (n) => n.sfiEnrolmentId);
      }, options),
      enrolmentsOfCandidate: new DataLoader(async (ids) => {
        const rows = await scopedQuery(ctx, SfiEnrolment, 'e')
          .andWhere('e.candidateId IN (:...ids)', { ids: [...new Set(ids)] })
          .orderBy('e.queuedSince', 'DESC')
          .addOrderBy('e.id', 'ASC')
          .getMany();
        return grouped(ids, rows, (e) => e.candidateId);
      }, options),
    };
  }
}

function alreadyEnrolled(status?: SfiEnrolmentStatus): DomainError {
  return DomainError.conflict(`This person already has an enrolment on the course${status ? ` (${status})` : ''}`, [
    { field: 'input.candidateId', message: 'already queued for or enrolled on this course' },
  ]);
}
