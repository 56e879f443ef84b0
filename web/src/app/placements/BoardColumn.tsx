import { Button, Stack, Text, Title } from '@mantine/core';
import { PLACEMENT_LIMIT, type BoardPlacement } from './documents';
import { pm, type StageValue } from './messages';
import { PlacementCard } from './PlacementCard';

interface BoardColumnProps {
  stage: StageValue;
  /** The stage's cards the board has read: its newest, as many as "Visa fler" has asked for */
  placements: BoardPlacement[];
  /** How many placements the stage has in the API */
  total: number;
  focusId: string | null;
  onShowMore(): void;
  onChanged(updated: BoardPlacement, announcement: string): void;
  onReload(): void;
}

/** A stage's column: a region named by its heading with the count, and its cards as a list. */
export function BoardColumn({ stage, placements, total, focusId, onShowMore, onChanged, onReload }: BoardColumnProps) {
  const headingId = `steg-${stage.toLowerCase()}`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" p="sm" bg="gray.0" style={{ borderRadius: 8 }}>
      <Title order={2} id={headingId} size="h4">
        {pm.stage[stage]}{' '}
        <Text span fw={400} c="gray.8">
          ({pm.board.count(total)})
        </Text>
      </Title>
      {placements.length === 0 ? (
        <Text size="sm" c="gray.8">
          {pm.board.emptyColumn}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {placements.map((p) => (
            <li key={`${p.id}-${p.version}`}>
              <PlacementCard placement={p} focus={p.id === focusId} onChanged={onChanged} onReload={onReload} />
            </li>
          ))}
        </Stack>
      )}
      {placements.length < Math.min(total, PLACEMENT_LIMIT) && (
        <Button variant="subtle" color="blue.9" size="xs" onClick={onShowMore}>
          {pm.board.showMore}
          <span className="visually-hidden"> {pm.board.showMoreIn(pm.stage[stage])}</span>
        </Button>
      )}
    </Stack>
  );
}
