import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The hard cap on any list: no client gets more rows than this in one page. */
export const MAX_PAGE_SIZE = 100;
const MAX_OFFSET = 10_000;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 25, description: `Page size, at most ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = 25;

  @Field(() => Int, { defaultValue: 0, description: `Rows to skip before the page starts, at most ${MAX_OFFSET}` })
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset = 0;
}

export interface Page<T> {
  items: T[];
  /** A promise when counted only once a client asks for it (see {@link paginate}). */
  totalCount: number | Promise<number>;
  hasNextPage: boolean;
}

/** A GraphQL page type for `T`: `items`, `totalCount`, `hasNextPage`. */
export function Paginated<T>(itemType: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name, { isAbstract: false, description: `One page of ${itemType.name} rows (at most ${MAX_PAGE_SIZE}) and the count of all of them` })
  class PageType implements Page<T> {
    @Field(() => [itemType], { description: 'The rows of this page, in the order the query defines' })
    items: T[];

    @Field(() => Int, { description: 'How many rows match the query over all pages' })
    totalCount: number;

    @Field({ description: 'Whether rows follow after this page (offset + items < totalCount)' })
    hasNextPage: boolean;
  }
  return PageType;
}

/**
 * Runs a list query one page at a time. The one place the page cap is enforced, so no query path can
 * return an unbounded list even if validation were skipped. The page is read with one row more than asked, which says
 * whether rows follow; the rows are counted by a query of their own only when the client asks for `totalCount`, while
 * the answer is being assembled, so pages are read by queries, never inside a transaction that ends before the answer.
 */
export async function paginate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, page: PageArgs): Promise<Page<T>> {
  const limit = Math.max(1, Math.min(page.limit, MAX_PAGE_SIZE));
  const offset = Math.max(0, Math.min(page.offset, MAX_OFFSET));
  const rows = await qb.take(limit + 1).skip(offset).getMany();
  let counted: Promise<number> | undefined;
  return {
    items: rows.slice(0, limit),
    hasNextPage: rows.length > limit,
    get totalCount() {
      return (counted ??= qb.getCount());
    },
  };
}
