import { useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import type { Problem } from '../platform/api/errors';
import { CheckIcon } from '../platform/components/icons';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { rankingText } from './messages';
import css from './ranking.module.css';

/** A link to a person's profile; the page gives one that knows the router, a benchmark may give none. */
export type PersonLink = ComponentType<{
  candidateId: string;
  children: ReactNode;
}>;

/** Puts a person on the shortlist; answers with what went wrong, or null. */
export type AddToShortlist = (candidateId: string, name: string) => Promise<Problem | null>;

/** The name as the API gives it for the viewer's role: never completed here. */
export function personName(candidate: { firstName: string; lastName: string }): string {
  return `${candidate.firstName} ${candidate.lastName}`;
}

/** A person's name without a link: for a viewer who may not open profiles, or a benchmark without a router. */
export function PlainName({ children }: { candidateId: string; children: ReactNode }) {
  return <>{children}</>;
}

interface ShortlistButtonProps {
  candidateId: string;
  name: string;
  onShortlist: boolean;
  onAdd?: AddToShortlist;
}

/** "Lägg till i kortlistan", or that the person is on it; a refusal is shown next to the person. */
export function ShortlistButton({ candidateId, name, onShortlist, onAdd }: ShortlistButtonProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  // once added from here, the keyboard stays where the button was: on the words that replace it
  const added = useRef(false);
  const onListRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (onShortlist && added.current) onListRef.current?.focus();
  }, [onShortlist]);
  if (onShortlist) {
    return (
      <span className={css.onList} ref={onListRef} tabIndex={-1}>
        <span className={css.ok}>
          <CheckIcon size={16} />
        </span>
        {rankingText.onShortlist}
      </span>
    );
  }
  if (!onAdd) return null;
  async function add() {
    if (!onAdd || busy) return;
    setBusy(true);
    const refused = await onAdd(candidateId, name);
    added.current = refused === null;
    setProblem(refused);
    setBusy(false);
  }
  return (
    <>
      <button type="button" className={css.button} aria-busy={busy} onClick={add} aria-label={`${rankingText.addToShortlist}${rankingText.addFor(name)}`}>
        {rankingText.addToShortlist}
      </button>
      {problem && <ProblemAlert problem={problem} onRetry={add} />}
    </>
  );
}
