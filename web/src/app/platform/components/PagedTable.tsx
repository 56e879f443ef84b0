import { Stack, Text } from '@mantine/core';
import type { ComponentProps } from 'react';
import { CaptionTable } from './CaptionTable';
import { ListPager, useFocusAfterPaging } from './ListPager';
import { PageLoader } from './Page';

/** A paged list's words, as each area's messages.ts names them. */
export interface PagedTableTexts {
  caption(page: number, pages: number, total: number): string;
  /** The line saying how many there are and which of them are shown, read out when it changes; without it there is no such line */
  found?(total: number, from: number, to: number): string;
  /** Said when there is nothing to list: in the count line when there is one, else where the table would be */
  empty?: string;
  /** Names the pager's navigation */
  pagesLabel: string;
}

interface PagedTableProps<Row> extends Omit<ComponentProps<typeof CaptionTable<Row>>, 'rows' | 'caption' | 'empty' | 'tableRef'> {
  /** The page the query gave; undefined until its first answer */
  result: { totalCount: number; items: readonly Row[] } | undefined;
  fetching: boolean;
  /** 1-based */
  page: number;
  pageSize: number;
  texts: PagedTableTexts;
  /** Goes to another page; the table takes the focus once it has arrived */
  onPage(page: number): void;
}

/** A list a page at a time: how many were found, the loader for the first answer, the page's table (dimmed while the next one loads) and its pager. */
export function PagedTable<Row>({ result, fetching, page, pageSize, texts, onPage, ...table }: PagedTableProps<Row>) {
  const { caption, found, empty, pagesLabel } = texts;
  const focus = useFocusAfterPaging<HTMLTableElement>(Boolean(result) && !fetching);
  const pages = result ? Math.max(1, Math.ceil(result.totalCount / pageSize)) : 1;
  const from = (page - 1) * pageSize + 1;
  const count = !found || !result || fetching ? '' : result.totalCount === 0 && empty ? empty : found(result.totalCount, from, from + result.items.length - 1);

  return (
    <>
      {found && (
        <Text aria-live="polite" aria-atomic="true" fw={700}>
          {count}
        </Text>
      )}
      {fetching && !result && <PageLoader />}
      {!found && empty && result && result.items.length === 0 && <Text>{empty}</Text>}
      {result && result.items.length > 0 && (
        <Stack gap="md" opacity={fetching ? 0.6 : 1}>
          <CaptionTable
            tableRef={focus.ref}
            tabIndex={-1}
            rows={result.items}
            caption={caption(page, pages, result.totalCount)}
            striped
            highlightOnHover
            verticalSpacing="sm"
            {...table}
          />
          <ListPager
            label={pagesLabel}
            page={page}
            pages={pages}
            onChange={(next) => {
              focus.focusWhenLoaded();
              onPage(next);
            }}
          />
        </Stack>
      )}
    </>
  );
}
