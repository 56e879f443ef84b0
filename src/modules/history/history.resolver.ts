import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../../platform/context/ctx.decorator.js';
import type { RequestLoaders } from '../../platform/graphql/request-loaders.js';
import { User } from '../organisations/user.entity.js';
import { RecordChange } from './record-change.entity.js';

/** A change's values as lists of strings: one element for a single value, none when it was empty, each element of a list. */
function values(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)));
}

/** Fields whose values are sector ids; fields named `…ConceptId(s)` hold JobTech concept ids. */
const SECTOR_FIELDS = new Set(['wantedSectorIds', 'sectorIds']);

/**
 * A change's values as a reader reads them: JobTech concepts by their Swedish label, sectors by name, a year of
 * experience as "occupation, N år", a language as "language, level" (with an opening's reason); anything else as stored (the web app names codes such as levels itself).
 */
async function readable(loaders: RequestLoaders, field: string, value: unknown): Promise<string[]> {
  if (value === null || value === undefined) return [];
  const concept = async (id: string) => (await loaders.concept.load(id))?.label ?? id;
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return Promise.all(
    items.map(async (item) => {
      if (typeof item === 'object' && item !== null && 'occupationConceptId' in item) {
        const { occupationConceptId, years } = item as { occupationConceptId: string; years: number };
        return `${await concept(occupationConceptId)}, ${years} år`;
      }
      if (typeof item === 'object' && item !== null && 'languageConceptId' in item) {
        const { languageConceptId, levelConceptId, minLevelConceptId, reason } = item as Record<string, string>;
        const language = `${await concept(languageConceptId)}, ${minLevelConceptId ? 'lägst ' : ''}${await concept(levelConceptId ?? minLevelConceptId)}`;
        return reason ? `${language}: ${reason}` : language;
      }
      if (typeof item !== 'string') return typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item);
      if (/ConceptIds?$/.test(field)) return concept(item);
      if (SECTOR_FIELDS.has(field)) return (await loaders.sector.load(item))?.name ?? item;
      return item;
    }),
  );
}

@Resolver(() => RecordChange)
export class RecordChangeResolver {
  @ResolveField(() => User, { nullable: true, description: 'Who made the change' })
  user(@Loaders() loaders: RequestLoaders, @Parent() change: RecordChange) {
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

  @ResolveField(() => [String], { description: '`before` as a reader reads it: taxonomy concepts by their Swedish label, sectors by name' })
  beforeText(@Loaders() loaders: RequestLoaders, @Parent() change: RecordChange): Promise<string[]> {
    return readable(loaders, change.field, change.before);
  }

  @ResolveField(() => [String], { description: '`after` as a reader reads it: taxonomy concepts by their Swedish label, sectors by name' })
  afterText(@Loaders() loaders: RequestLoaders, @Parent() change: RecordChange): Promise<string[]> {
    return readable(loaders, change.field, change.after);
  }
}
