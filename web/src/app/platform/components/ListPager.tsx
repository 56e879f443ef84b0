import { Pagination } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { sv } from '../i18n/sv';

interface ListPagerProps {
  /** Names the navigation landmark ("Sidor i sökresultatet"): a page may hold more than one */
  label: string;
  /** 1-based */
  page: number;
  pages: number;
  onChange(page: number): void;
}

/** A list's pages as a named navigation, each button saying which page it goes to; nothing when there is one page. */
export function ListPager({ label, page, pages, onChange }: ListPagerProps) {
  if (pages <= 1) return null;
  const t = sv.pager;
  return (
    <nav aria-label={label}>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        color="blue.9"
        withEdges={pages > 5}
        getItemProps={(p) => ({ 'aria-label': t.page(p) })}
        getControlProps={(control) => ({
          'aria-label': { first: t.firstPage, previous: t.previousPage, next: t.nextPage, last: t.lastPage }[control],
        })}
      />
    </nav>
  );
}

/**
 * After a change of page the list (its table) takes the focus once the new page has arrived, so that a keyboard or
 * screen reader user goes on reading at the list's caption instead of staying at the pager.
 */
export function useFocusAfterPaging<T extends HTMLElement>(loaded: boolean) {
  const ref = useRef<T>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (pending && loaded) {
      ref.current?.focus();
      setPending(false);
    }
  }, [pending, loaded]);
  return { ref, focusWhenLoaded: () => setPending(true) };
}
