import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { Problem } from '../platform/api/errors';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { mayUse, useViewer } from '../platform/session/session';
import { AdvancePlacementMutation, personName, type BoardPlacement } from './documents';
import { pm, type OutcomeValue, type StageValue } from './messages';
import { OutcomeDialog } from './OutcomeDialog';
import { describeMoveProblem } from './problems';

interface PlacementActionsProps {
  placement: BoardPlacement;
  /** After a move or an outcome: the placement as the API returned it, and the sentence to announce */
  onChanged(updated: BoardPlacement, announcement: string): void;
  /** After a CONFLICT: load the placement again */
  onReload(): void;
}

/**
 * The moves a placement may make now, as the API's nextSteps says (the lifecycle's own rules, never a copy), each a
 * button named with the person so a screen reader's list of buttons says whose it is. The version read is sent, so
 * a placement someone else moved meanwhile answers CONFLICT, shown here next to the placement.
 */
export function PlacementActions({ placement, onChanged, onReload }: PlacementActionsProps) {
  const viewer = useViewer();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [tried, setTried] = useState<StageValue | null>(null);
  const [outcomeOpen, setOutcomeOpen] = useState(false);
  const [{ fetching }, advance] = useMutation(AdvancePlacementMutation);
  const person = personName(placement);
  const stages = mayUse(viewer, 'advancePlacement') ? (placement.nextSteps.stages as StageValue[]) : [];
  const outcomes = mayUse(viewer, 'recordPlacementOutcome') ? (placement.nextSteps.outcomes as OutcomeValue[]) : [];

  async function move(stage: StageValue) {
    setProblem(null);
    setTried(stage);
    const result = await advance({ input: { id: placement.id, version: placement.version, stage } });
    if (result.error) return setProblem(describeMoveProblem(result.error));
    if (result.data) onChanged(result.data.advancePlacement, pm.card.moved(person, pm.stage[stage]));
  }

  if (stages.length === 0 && outcomes.length === 0) return null;
  return (
    <Stack gap="xs">
      {problem && <ProblemAlert problem={problem} onReload={onReload} onRetry={tried ? () => void move(tried) : undefined} />}
      <Group gap="xs">
        {stages.map((stage) => (
          <Button
            key={stage}
            size="xs"
            variant="filled"
            color="blue.9"
            loading={fetching && tried === stage}
            aria-label={pm.card.moveNamed(person, pm.stage[stage])}
            onClick={() => void move(stage)}
          >
            {pm.card.move(pm.stage[stage])}
          </Button>
        ))}
        {outcomes.length > 0 && (
          <Button size="xs" variant="outline" color="blue.9" aria-label={pm.card.recordOutcomeNamed(person)} onClick={() => setOutcomeOpen(true)}>
            {pm.card.recordOutcome}
          </Button>
        )}
      </Group>
      {outcomes.length > 0 && (
        <OutcomeDialog
          placement={placement}
          outcomes={outcomes}
          opened={outcomeOpen}
          onClose={() => setOutcomeOpen(false)}
          onReload={() => {
            setOutcomeOpen(false);
            onReload();
          }}
          onRecorded={(updated, outcome) => {
            setOutcomeOpen(false);
            onChanged(updated, pm.card.outcomeRecorded(person, pm.outcome[outcome]));
          }}
        />
      )}
    </Stack>
  );
}
