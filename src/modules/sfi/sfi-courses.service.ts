/** Sector SFI courses: creating and changing them, finding them, and how full each one is. */
import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { In, type SelectQueryBuilder } from 'typeorm';
import { assertWritable } from '../../platform/auth/principal-access.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError, ErrorCode } from '../../platform/errors/domain-error.js';
import { paginate, type Page } from '../../platform/graphql/pagination.js';
import { Sector } from '../sectors/sector.entity.js';
import { SfiCourse } from './sfi-course.entity.js';
import { SfiEnrolment, SfiEnrolmentStatus } from './sfi-enrolment.entity.js';
import type { SfiCourseSearchArgs } from './sfi.args.js';
import type { CreateSfiCourseInput, UpdateSfiCourseInput } from './sfi.input.js';

/** Per-request batching without caching, so a later mutation in the same document never reads a stale value. */
const NO_CACHE = { cache: false } as const;

/** How full a course is: people holding a place (ACTIVE) and people waiting for one (QUEUED). */
export interface CourseCounts {
  active: number;
  queued: number;
}

/**
 * Sector SFI courses (docs/domain.md, the job seeker's path, step 4): per sector, Swedish for immigrants and
 * vocational Swedish combined with workplace learning. A course is run by one organisation for the principals it
 * serves; it holds no one's personal data, so it is visible to whoever reads a principal it serves.
 */
@Injectable()
export class SfiCoursesService {
  constructor(private readonly loaders: RequestLoaders) {}

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
    const loader = this.loaders.get<string, CourseCounts>('sfiCourses.count', async (ids) => {
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
    }, NO_CACHE);
    return loader.load(courseId);
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

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
}
