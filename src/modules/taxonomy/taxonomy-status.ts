import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many concepts of one JobTech type are loaded' })
export class TaxonomyTypeCount {
  @Field({ description: 'JobTech concept type, e.g. occupation-name, ssyk-level-4, skill' })
  type: string;

  @Field(() => Int, { description: 'How many concepts of the type are loaded' })
  count: number;
}

/**
 * The JobTech taxonomy as loaded: the snapshot has no version number of its own, so its version is when a concept
 * last changed on an import (an import that changes nothing leaves it as it was), with the counts per type.
 */
@ObjectType({ description: 'The JobTech taxonomy as loaded: when a concept last changed on an import, and the counts per type' })
export class TaxonomyStatus {
  @Field(() => Date, { nullable: true, description: 'When an import last changed a concept; null before the first import' })
  lastChangedAt: Date | null;

  @Field(() => Int, { description: 'Concepts loaded, of every type' })
  concepts: number;

  @Field(() => Int, { description: 'Relations loaded (skills of an SSYK-4 group, occupation fields, substitutability)' })
  relations: number;

  @Field(() => [TaxonomyTypeCount], { description: 'Concepts per type, by type' })
  types: TaxonomyTypeCount[];
}
