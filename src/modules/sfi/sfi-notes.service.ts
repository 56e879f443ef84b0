/** The teacher's notes on a sector SFI enrolment: attendance on a day, progress, or both. */
import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { scopedQuery } from '../../platform/auth/principal-access.js';
import { Clock } from '../../platform/context/clock.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { assertDay, grouped, lockEnrolment } from './sfi-access.js';
import { SfiEnrolment } from './sfi-enrolment.entity.js';
import { SfiNote } from './sfi-note.entity.js';
import type { AddSfiNoteInput } from './sfi.input.js';

/** Per-request batching without caching, so a later mutation in the same document never reads a stale value. */
const NO_CACHE = { cache: false } as const;

/** Attendance and progress notes on an SFI enrolment; they belong to the person's principal, as the enrolment does. */
@Injectable()
export class SfiNotesService {
  constructor(
    private readonly clock: Clock,
    private readonly loaders: RequestLoaders,
  ) {}

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
    const enrolment = await lockEnrolment(ctx, input.sfiEnrolmentId);
    assertDay(input.on, this.clock.today(), 'input.on', [[enrolment.queuedSince, 'the day the person was queued']]);
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
    const loader = this.loaders.get<string, SfiNote[]>('sfiNotes.note', async (ids) => {
      const rows = await scopedQuery(ctx, SfiNote, 'n')
        .andWhere('n.sfiEnrolmentId IN (:...ids)', { ids: [...new Set(ids)] })
        .orderBy('n.on', 'DESC')
        .addOrderBy('n.createdAt', 'DESC')
        .addOrderBy('n.id', 'DESC')
        .getMany();
      return grouped(ids, rows, (n) => n.sfiEnrolmentId);
    }, NO_CACHE);
    return loader.load(enrolment.id);
  }
}
