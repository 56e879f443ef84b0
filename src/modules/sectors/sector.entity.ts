import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A sector (bransch): one of the broad industries the sector teams work in, chosen by each job seeker in
 * their first week. Mapped to JobTech occupation fields and through them to SSYK-4 groups, so openings and
 * candidates described by occupation fall into a sector without anyone typing it.
 */
@ObjectType()
@Entity()
export class Sector {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Stable code, e.g. VARD_OMSORG' })
  @Column({ unique: true })
  code: string;

  @Field()
  @Column()
  name: string;

  @Field()
  @Column()
  description: string;

  @Field(() => [ID], { description: 'JobTech occupation field (yrkesområde) concept ids' })
  @Column({ type: 'text', array: true })
  occupationFieldIds: string[];

  @Field(() => [ID], { description: 'JobTech SSYK-4 group concept ids that belong to the sector' })
  @Column({ type: 'text', array: true })
  ssyk4Ids: string[];
}
