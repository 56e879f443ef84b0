import { Group, Stack, Table } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { firstProblem } from '../platform/api/errors';
import { useMunicipalityOptions } from '../platform/api/municipalities';
import { ClearFiltersButton, FilterSelect, SectorFilter, TeamFilter } from '../platform/components/FilterSelect';
import { AnchorLink, ButtonLink } from '../platform/components/links';
import { Page } from '../platform/components/Page';
import { PagedTable } from '../platform/components/PagedTable';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { formatDate } from '../platform/i18n/dates';
import { formatNumber } from '../platform/i18n/sv';
import { mayUse, useViewer } from '../platform/session/session';
import { OpeningFilterOptionsQuery, OpeningsQuery, PAGE_SIZE, type OpeningRow } from './documents';
import { openingsText } from './messages';
import { hasFilters, OPENING_KINDS, OPENING_STATUSES, validateOpeningSearch, type OpeningSearch } from './search';

const t = openingsText.list;

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

  /** A new filter starts on the list's first page; the old one stays in the history for the back button. */
  function filter(change: Partial<OpeningSearch>) {
    void navigate({ search: (prev) => validateOpeningSearch({ ...prev, ...change, sida: undefined }) });
  }

  function goToPage(next: number) {
    void navigate({ search: (prev) => ({ ...prev, sida: next > 1 ? next : undefined }) });
  }

  const c = t.columns;
  const { problem, retry } = firstProblem([
    { error, reload: () => reload({ requestPolicy: 'network-only' }) },
    { error: options.error, reload: () => reloadOptions({ requestPolicy: 'network-only' }) },
    municipalities,
  ]);

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
            <FilterSelect
              label={t.status}
              placeholder={t.anyStatus}
              data={OPENING_STATUSES.map((s) => ({ value: s, label: openingsText.status[s] }))}
              value={search.status}
              onChange={(value) => filter({ status: validateOpeningSearch({ status: value }).status })}
              clearLabel={t.clearStatus}
              w={180}
            />
            <FilterSelect
              label={t.kind}
              placeholder={t.anyKind}
              data={OPENING_KINDS.map((k) => ({ value: k, label: openingsText.kind[k] }))}
              value={search.typ}
              onChange={(value) => filter({ typ: validateOpeningSearch({ typ: value }).typ })}
              clearLabel={t.clearKind}
              w={280}
            />
            <FilterSelect
              label={t.municipality}
              placeholder={t.anyMunicipality}
              data={municipalities.options}
              value={search.kommun}
              onChange={(kommun) => filter({ kommun })}
              searchable
              clearLabel={t.clearMunicipality}
              nothingFoundMessage={t.nothingFound}
              w={220}
            />
            <SectorFilter records={options.data?.sectors} value={search.bransch} onChange={(bransch) => filter({ bransch })} w={260} />
            <TeamFilter records={options.data?.teams} value={search.team} onChange={(team) => filter({ team })} w={280} />
          </Group>
          <ClearFiltersButton shown={hasFilters(search)} label={t.clear} onClear={() => void navigate({ search: {} })} />
        </Stack>
      </form>

      {problem && <ProblemAlert problem={problem} onRetry={retry} />}
      <PagedTable
        result={data?.openings}
        fetching={fetching}
        page={page}
        pageSize={PAGE_SIZE}
        texts={t}
        columns={[c.title, c.employer, c.kind, c.status, c.startOn, c.places, c.municipality, c.team]}
        row={openingRow}
        onPage={goToPage}
      />
    </Page>
  );
}

function openingRow(opening: OpeningRow) {
  const none = openingsText.none;
  return (
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
  );
}

/** Under the column "Bransch-team", a sector team by its sector ("Bransch-team Vård och omsorg" is "Vård och omsorg"), so the table fits beside the menu. */
function sectorOfTeam(name: string): string {
  return name.replace(/^Bransch-team /, '');
}
