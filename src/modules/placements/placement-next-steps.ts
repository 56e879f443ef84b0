import { Field, ObjectType } from '@nestjs/graphql';
import { PlacementOutcome, PlacementStage } from './placement.enums.js';

/** What a placement may do next, from the lifecycle's own rules, so that a screen offers only the legal moves. */
@ObjectType({ description: 'What a placement may do next, from the lifecycle rules, so that a screen offers only the legal moves' })
export class PlacementNextSteps {
  @Field(() => [PlacementStage], { description: 'The stages advancePlacement accepts from here' })
  stages: PlacementStage[];

  @Field(() => [PlacementOutcome], { description: 'The outcomes recordPlacementOutcome accepts from here' })
  outcomes: PlacementOutcome[];
}
