import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SwedishLevel } from '../../candidates/candidate.enums.js';

/**
 * A sector SFI course: Swedish for immigrants combined with vocational Swedish and workplace learning in one
 * sector (docs/rules.md). Run by an organisation for the principals it serves.
 */
@ObjectType()
@Entity()
export class SfiCourse {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => ID)
  @Column('uuid')
  sectorId: string;

  @Field(() => ID)
  @Column('uuid')
  organisationId: string;

  @Field(() => [ID])
  @Column('uuid', { array: true })
  servedPrincipalIds: string[];

  @Field(() => SwedishLevel, { description: 'The SFI course level taught (SFI_A to SFI_D)' })
  @Column('text')
  level: SwedishLevel;

  @Field()
  @Column('date')
  startOn: string;

  @Field()
  @Column('date')
  endOn: string;

  @Field(() => Int)
  @Column('int')
  places: number;

  @Field(() => String, { nullable: true, description: 'The workplace learning part: where, what' })
  @Column('text', { nullable: true })
  workplaceLearning: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
