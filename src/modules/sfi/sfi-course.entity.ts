import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SwedishLevel } from '../../candidates/candidate.enums.js';

/**
 * A sector SFI course: Swedish for immigrants combined with vocational Swedish and workplace learning in one
 * sector (docs/rules.md). Run by an organisation for the principals it serves.
 */
@ObjectType({ description: 'A sector SFI course (bransch-SFI): Swedish for immigrants with vocational Swedish and workplace learning in one sector' })
@Entity()
export class SfiCourse {
  @Field(() => ID, { description: "The course's id (UUID)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: "The course's name" })
  @Column('text')
  name: string;

  @Field(() => ID, { description: "The sector's id (UUID)" })
  @Column('uuid')
  sectorId: string;

  @Field(() => ID, { description: 'The organisation that runs the course' })
  @Column('uuid')
  organisationId: string;

  @Field(() => [ID], { description: 'The principals (huvudmän) whose residents the course takes' })
  @Column('uuid', { array: true })
  servedPrincipalIds: string[];

  @Field(() => SwedishLevel, { description: 'The SFI course level taught (SFI_A to SFI_D)' })
  @Column('text')
  level: SwedishLevel;

  @Field({ description: 'The first day, YYYY-MM-DD' })
  @Column('date')
  startOn: string;

  @Field({ description: 'The last day, YYYY-MM-DD' })
  @Column('date')
  endOn: string;

  @Field(() => Int, { description: 'How many people can be on the course at once (ACTIVE)' })
  @Column('int')
  places: number;

  @Field(() => String, { nullable: true, description: 'The workplace learning part: where, what' })
  @Column('text', { nullable: true })
  workplaceLearning: string | null;

  @Field({ description: 'When the course was created (ISO 8601 timestamp)' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
