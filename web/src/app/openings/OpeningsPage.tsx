import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, type Ref } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../api/errors';
import { useMunicipalityOptions } from '../api/municipalities';
import { AnchorLink, ButtonLink } from '../components/links';
import { ListPager, useFocusAfterPaging } from '../components/ListPager';
import { Page, PageLoader } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { formatDate } from '../i18n/dates';
import { formatNumber } from '../i18n/sv';
import { mayUse, useViewer } from '../session/session';
import { OpeningFilterOptionsQuery, OpeningsQuery, PAGE_SIZE, type OpeningRow } from './documents';
import { openingsText } from './messages';
import { hasFilters, OPENING_KINDS, OPENING_STATUSES, validateOpeningSearch, type OpeningSearch } from './search';

const t = openingsText.list;
const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'sv');

/** "Platser": the openings the viewer may read, filtered by status, kind, the workplace's municipality, sector and team, a page at a time. */
export function OpeningsPage({ search }: { search: OpeningSearch }) {
  const viewer = useViewer();
  const navigate = useNavigate({ from: '/platser' });
  const page = search.sida ?? 1;
  const variables = {
    status: search.status,
    kind: search.typ,
    municipalityConceptId: search.kommun,
    sectorId: search.bransch,
    teamId: search.team,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const [{ data, error, fetching }, reload] = useQuery({ query: OpeningsQuery, variables });
  const [options, reloadOptions] = useQuery({ query: OpeningFilterOptionsQuery });
  const municipalities = useMunicipalityOptions();
  const table = useFocusAfterPaging<HTMLTableElement>(Boolean(data) && !fetching);

  const sectors = useMemo(() => (options.data?.sectors ?? []).map((s) => ({ value: s.id, label: s.name })).sort(byLabel), [options.data]);
  const teams = useMemo(() => (options.data?.teams ?? []).map((s) => ({ value: s.id, label: s.name })).sort(byLabel), [options.data]);

  /** A new filter starts on the list's first page; the old one stays in the history for the back button. */
  function filter(change: Partial<OpeningSearch>) {
    void navigate({ search: (prev) => validateOpeningSearch({ ...prev, ...change, sida: undefined }) });
  }

  function retry() {
    if (error) return reload({ requestPolicy: 'network-only' });
    if (options.error) reloadOptions({ requestPolicy: 'network-only' });
    if (municipalities.error) municipalities.reload();
  }

  function goToPage(next: number) {
    table.focusWhenLoaded();
    void navigate({ search: (prev) => ({ ...prev, sida: next > 1 ? next : undefined }) });
  }

  const optionsError = options.error ?? municipalities.error;
  const problem = error ? describeProblem(error) : optionsError ? describeProblem(optionsError) : null;
  const result = data?.openings;
  const pages = result ? Math.max(1, Math.ceil(result.totalCount / PAGE_SIZE)) : 1;
  const from = (page - 1) * PAGE_SIZE + 1;
  const count = !result || fetching ? '' : result.totalCount === 0 ? t.empty : t.found(result.totalCount, from, from + result.items.length - 1);

  return (
    <Page title={t.title} intro={t.intro}>
      {mayUse(viewer, 'createOpening') && (
        <Group>
          <ButtonLink to="/platser/ny" variant="filled">
            {t.newOpening}
          </ButtonLink>
        </Group>
      )}
      <form role="search" aria-label={t.filtersLabel} onSubmit={(e) => e.preventDefault()}>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t.status}
              placeholder={t.anyStatus}
              data={OPENING_STATUSES.map((s) => ({ value: s, label: openingsText.status[s] }))}
              value={search.status ?? null}
              onChange={(value) => filter({ status: validateOpeningSearch({ status: value }).status })}
              clearable
              clearButtonProps={{ 'aria-label': t.clearStatus }}
              w={180}
            />
            <Select
              label={t.kind}
              placeholder={t.anyKind}
              data={OPENING_KINDS.map((k) => ({ value: k, label: openingsText.kind[k] }))}
              value={search.typ ?? null}
              onChange={(value) => filter({ typ: validateOpeningSearch({ typ: value }).typ })}
              clearable
              clearButtonProps={{ 'aria-label': t.clearKind }}
              w={280}
            />
            <Select
              label={t.municipality}
              placeholder={t.anyMunicipality}
              data={municipalities.options}
              value={search.kommun ?? null}
              onChange={(value) => filter({ kommun: value ?? undefined })}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t.clearMunicipality }}
              nothingFoundMessage={t.nothingFound}
              w={220}
            />
            <Select
              label={t.sector}
              placeholder={t.anySector}
              data={sectors}
              value={search.bransch ?? null}
              onChange={(value) => filter({ bransch: value ?? undefined })}
              clearable
              clearButtonProps={{ 'aria-label': t.clearSector }}
              w={260}
            />
            <Select
              label={t.team}
              placeholder={t.anyTeam}
              data={teams}
              value={search.team ?? null}
              onChange={(value) => filter({ team: value ?? undefined })}
              clearable
              clearButtonProps={{ 'aria-label': t.clearTeam }}
              w={280}
            />
          </Group>
          {hasFilters(search) && (
            <Group>
              <Button variant="outline" color="blue.9" size="xs" onClick={() => void navigate({ search: {} })}>
                {t.clear}
              </Button>
            </Group>
          )}
        </Stack>
      </form>

      {problem && <ProblemAlert problem={problem} onRetry={retry} />}
      <Text aria-live="polite" aria-atomic="true" fw={700}>
        {count}
      </Text>
      {fetching && !data && <PageLoader />}
      {result && result.items.length > 0 && (
        <Stack gap="md" opacity={fetching ? 0.6 : 1}>
          <OpeningsTable ref={table.ref} rows={result.items} caption={t.caption(page, pages)} />
          <ListPager label={t.pagesLabel} page={page} pages={pages} onChange={goToPage} />
        </Stack>
      )}
    </Page>
  );
}

function OpeningsTable({ rows, caption, ref }: { rows: OpeningRow[]; caption: string; ref: Ref<HTMLTableElement> }) {
  const c = t.columns;
  const none = openingsText.none;
  return (
    <Table ref={ref} tabIndex={-1} captionSide="top" striped highlightOnHover withTableBorder verticalSpacing="sm">
      <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {[c.title, c.employer, c.kind, c.status, c.startOn, c.places, c.municipality, c.team].map((heading) => (
            <Table.Th key={heading} scope="col">
              {heading}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((opening) => (
          <Table.Tr key={opening.id}>
            <Table.Th scope="row" fw={400}>
              <AnchorLink to="/platser/$openingId" params={{ openingId: opening.id }} fw={700}>
                {opening.title}
              </AnchorLink>
            </Table.Th>
            <Table.Td>{opening.employer?.name ?? none}</Table.Td>
            <Table.Td>{openingsText.kind[opening.kind] ?? opening.kind}</Table.Td>
            <Table.Td>{openingsText.status[opening.status] ?? opening.status}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(opening.startOn)}</Table.Td>
            <Table.Td>{formatNumber(opening.places)}</Table.Td>
            <Table.Td>{opening.municipality?.label ?? none}</Table.Td>
            <Table.Td>{opening.team ? sectorOfTeam(opening.team.name) : none}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Under the column "Bransch-team", a sector team by its sector ("Bransch-team Vård och omsorg" is "Vård och omsorg"), so the table fits beside the menu. */
function sectorOfTeam(name: string): string {
  return name.replace(/^Bransch-team /, '');
}
