import { Button, Stack, Text, Title } from '@mantine/core';
import { CARDS_PER_COLUMN, type BoardPlacement } from './documents';
import { pm, type StageValue } from './messages';
import { PlacementCard } from './PlacementCard';

interface BoardColumnProps {
  stage: StageValue;
  placements: BoardPlacement[];
  /** Screenfuls of cards shown ("Visa fler" adds one) */
  pages: number;
  focusId: string | null;
  onShowMore(): void;
  onChanged(updated: BoardPlacement, announcement: string): void;
  onReload(): void;
}

/** A stage's column: a region named by its heading with the count, and its cards as a list. */
export function BoardColumn({ stage, placements, pages, focusId, onShowMore, onChanged, onReload }: BoardColumnProps) {
  const headingId = `steg-${stage.toLowerCase()}`;
  const shown = placements.slice(0, pages * CARDS_PER_COLUMN);
  // a card just moved here is shown even if it would be past "Visa fler"
  const moved = placements.find((p) => p.id === focusId && !shown.includes(p));
  if (moved) shown.push(moved);
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" p="sm" bg="gray.0" style={{ borderRadius: 8 }}>
      <Title order={2} id={headingId} size="h4">
        {pm.stage[stage]}{' '}
        <Text span fw={400} c="gray.8">
          ({pm.board.count(placements.length)})
        </Text>
      </Title>
      {placements.length === 0 ? (
        <Text size="sm" c="gray.8">
          {pm.board.emptyColumn}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {shown.map((p) => (
            <li key={`${p.id}-${p.version}`}>
              <PlacementCard placement={p} focus={p.id === focusId} onChanged={onChanged} onReload={onReload} />
            </li>
          ))}
        </Stack>
      )}
      {shown.length < placements.length && (
        <Button variant="subtle" color="blue.9" size="xs" onClick={onShowMore}>
          {pm.board.showMore}
          <span className="visually-hidden"> {pm.board.showMoreIn(pm.stage[stage])}</span>
        </Button>
      )}
    </Stack>
  );
}
