import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders } from '../context/ctx.decorator.js';
import type { Loaders } from '../graphql/loaders.js';
import { User } from '../organisations/user.entity.js';
import { RecordChange } from './record-change.entity.js';

/** A change's values as lists of strings: one element for a single value, none when it was empty, each element of a list. */
function values(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)));
}

@Resolver(() => RecordChange)
export class RecordChangeResolver {
  @ResolveField(() => User, { nullable: true, description: 'Who made the change' })
  user(@RequestLoaders() loaders: Loaders, @Parent() change: RecordChange) {
    return loaders.user.load(change.userId);
  }

  @ResolveField(() => [String], { description: 'The value before the change; empty when the record was created or the field was empty' })
  before(@Parent() change: RecordChange): string[] {
    return values(change.before);
  }

  @ResolveField(() => [String], { description: 'The value after the change; empty when it was cleared' })
  after(@Parent() change: RecordChange): string[] {
    return values(change.after);
  }
}
