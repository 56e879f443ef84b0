import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../platform/api/errors';
import { Page, PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { BoardColumn } from './BoardColumn';
import { OpenOpeningsQuery, PersonQuery, stageSince, type BoardPlacement } from './documents';
import { pm, type StageValue } from './messages';
import type { PlacementSearch } from './search';
import { useBoardPlacements } from './useBoardPlacements';

/** The columns in the order a placement goes through them. */
const STAGES: readonly StageValue[] = ['PROPOSED', 'PRESENTED', 'INTERVIEW', 'INTERNSHIP_STARTED', 'INTERNSHIP_COMPLETED', 'EMPLOYMENT_STARTED', 'OUTCOME'];

/**
 * "Placeringar": the placements as a board, a column per stage: all in the viewer's principals, one opening's or one
 * person's.
 * A card moves only to the stages the API says are next, by buttons (the keyboard's way too); after a move the
 * card has focus in its new column and the move is announced.
 */
export function PlacementsBoardPage({ search }: { search: PlacementSearch }) {
  const navigate = useNavigate({ from: '/placeringar' });
  const [openings, reloadOpenings] = useQuery({ query: OpenOpeningsQuery });
  const [person] = useQuery({ query: PersonQuery, variables: { id: search.candidateId ?? '' }, pause: !search.candidateId });
  const board = useBoardPlacements(search);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const pages = search.sida ?? 1;

  const options = useMemo(
    () =>
      (openings.data?.openings.items ?? [])
        .map((o) => ({ value: o.id, label: o.employer ? `${o.title} – ${o.employer.name}` : o.title }))
        .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
    [openings.data],
  );
  const columns = useMemo(() => {
    const byStage = new Map<string, BoardPlacement[]>(STAGES.map((s) => [s, []]));
    const ordered = [...(board.placements ?? [])].sort((a, b) => (stageSince(a) ?? '').localeCompare(stageSince(b) ?? ''));
    for (const p of ordered) byStage.get(p.stage)?.push(p);
    return byStage;
  }, [board.placements]);

  function changed(updated: BoardPlacement, message: string) {
    board.replace(updated);
    setFocusId(updated.id);
    setAnnouncement(message);
  }
  function reload() {
    setFocusId(null);
    setAnnouncement('');
    board.reload();
  }

  const problem = board.problem ?? (openings.error ? describeProblem(openings.error) : null);
  const personName = person.data ? `${person.data.candidate.firstName} ${person.data.candidate.lastName}` : null;
  const total = Object.values(board.totals).reduce((sum, n) => sum + n, 0);

  return (
    <Page title={pm.board.title} intro={pm.board.intro}>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {search.candidateId ? (
        <Group gap="sm">
          <Text fw={700}>{personName ? pm.board.person(personName) : pm.board.personUnknown}</Text>
          <Button variant="outline" color="blue.9" size="xs" onClick={() => void navigate({ search: {} })}>
            {pm.board.clearPerson}
          </Button>
        </Group>
      ) : (
        <Select
          label={pm.board.opening}
          placeholder={pm.board.anyOpening}
          data={options}
          value={search.openingId ?? null}
          onChange={(value) => void navigate({ search: { openingId: value ?? undefined } })}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': pm.board.clearOpening }}
          nothingFoundMessage={pm.board.nothingFound}
          maw={480}
        />
      )}
      {problem && (
        <ProblemAlert
          problem={problem}
          onRetry={() => {
            reloadOpenings({ requestPolicy: 'network-only' });
            reload();
          }}
        />
      )}
      {board.loading && !board.placements && !problem && <PageLoader />}
      {board.placements && (
        <Stack gap="sm" opacity={board.loading ? 0.6 : 1}>
          <Text aria-live="polite" aria-atomic="true" fw={700}>
            {board.loading ? '' : total === 0 ? pm.board.empty : pm.board.total(total)}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" aria-label={pm.board.columnsLabel} role="group">
            {STAGES.map((stage) => (
              <BoardColumn
                key={stage}
                stage={stage}
                placements={columns.get(stage) ?? []}
                total={board.totals[stage] ?? 0}
                focusId={focusId}
                onShowMore={() => void navigate({ search: (prev) => ({ ...prev, sida: pages + 1 }), resetScroll: false })}
                onChanged={changed}
                onReload={reload}
              />
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </Page>
  );
}
