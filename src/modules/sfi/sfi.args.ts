import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { IsCalendarDate } from '../../platform/validation/is-calendar-date.js';

@ArgsType()
export class SfiCourseSearchArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only courses of this sector' })
  @IsOptional()
  @IsUUID()
  sectorId?: string;

  @Field({ nullable: true, description: 'Only courses still running on or after this day (endOn >= from)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;
}

@ArgsType()
export class SfiQueueArgs extends PageArgs {
  @Field(() => ID, { description: "The course's id (UUID)" })
  @IsUUID()
  courseId: string;
}

@ArgsType()
export class StartSfiArgs {
  @Field(() => ID, { description: "The queued SFI enrolment's id (UUID)" })
  @IsUUID()
  sfiEnrolmentId: string;

  @Field({ description: 'The first day on the course' })
  @IsCalendarDate()
  startedOn: string;
}

@ArgsType()
export class EndSfiArgs {
  @Field(() => ID, { description: "The SFI enrolment's id (UUID)" })
  @IsUUID()
  sfiEnrolmentId: string;

  @Field({ description: 'The last day on the course (or in its queue)' })
  @IsCalendarDate()
  endedOn: string;
}
