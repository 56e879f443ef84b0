import { Button, Group, Text } from '@mantine/core';
import { useState, type ComponentType, type ReactNode } from 'react';
import type { Problem } from '../api/errors';
import { CheckIcon } from '../components/icons';
import { ProblemAlert } from '../components/ProblemAlert';
import { rankingText } from './messages';

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
  if (onShortlist) {
    return (
      <Group gap={4} c="green.9">
        <CheckIcon size={16} />
        <Text size="sm" fw={700} c="gray.9">
          {rankingText.onShortlist}
        </Text>
      </Group>
    );
  }
  if (!onAdd) return null;
  async function add() {
    if (!onAdd) return;
    setBusy(true);
    setProblem(await onAdd(candidateId, name));
    setBusy(false);
  }
  return (
    <>
      <Button
        variant="outline"
        color="blue.9"
        size="compact-sm"
        loading={busy}
        onClick={add}
        aria-label={`${rankingText.addToShortlist}${rankingText.addFor(name)}`}
      >
        {rankingText.addToShortlist}
      </Button>
      {problem && <ProblemAlert problem={problem} onRetry={add} />}
    </>
  );
}
