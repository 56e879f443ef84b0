import { Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { AnchorLink } from '../platform/components/links';
import { daysBetween, today } from '../platform/i18n/dates';
import { personName, stageSince, type BoardPlacement } from './documents';
import { pm, stateLabel, type OutcomeValue, type StageValue } from './messages';
import { PlacementActions } from './PlacementActions';

interface PlacementCardProps {
  placement: BoardPlacement;
  /** Take focus when shown: the card was just moved here */
  focus: boolean;
  onChanged(updated: BoardPlacement, announcement: string): void;
  onReload(): void;
}

/** One placement on the board: who, where, how long in the stage, and its legal next moves. */
export function PlacementCard({ placement, focus, onChanged, onReload }: PlacementCardProps) {
  const ref = useRef<HTMLElement>(null);
  const person = personName(placement);
  const headingId = `placering-${placement.id}`;
  const since = stageSince(placement);
  const days = since ? Math.max(0, daysBetween(since, today())) : 0;

  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);

  return (
    <Paper ref={ref} component="article" tabIndex={-1} withBorder p="sm" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Text component="h3" id={headingId} fw={700} m={0}>
          <AnchorLink to="/placeringar/$placementId" params={{ placementId: placement.id }}>
            {person}
          </AnchorLink>
        </Text>
        <Text size="sm">
          {placement.opening ? `${placement.opening.title}, ${placement.opening.employer?.name ?? ''}`.replace(/, $/, '') : pm.card.openingHidden}
        </Text>
        {placement.stage === 'OUTCOME' && (
          <Text size="sm" fw={700}>
            {stateLabel(placement.stage as StageValue, placement.outcome as OutcomeValue | null)}
          </Text>
        )}
        <Text size="sm" c="gray.8">
          {days === 0 ? pm.card.todayInStage : pm.card.daysInStage(days)}
        </Text>
        <PlacementActions placement={placement} onChanged={onChanged} onReload={onReload} />
      </Stack>
    </Paper>
  );
}
