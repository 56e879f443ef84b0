import { Button, Checkbox, Group, Stack, Table, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { fieldError, firstProblem } from '../platform/api/errors';
import { useMunicipalityOptions } from '../platform/api/municipalities';
import { ClearFiltersButton, FilterSelect, SectorFilter } from '../platform/components/FilterSelect';
import { AnchorLink } from '../platform/components/links';
import { Page } from '../platform/components/Page';
import { PagedTable } from '../platform/components/PagedTable';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { sv } from '../platform/i18n/sv';
import { messages as registerMessages } from './registration/messages';
import { mayUse, useViewer } from '../platform/session/session';
import { EmployerFilterOptionsQuery, EmployersQuery, PAGE_SIZE, type EmployerRow } from './documents';
import { hasFilters, searchArguments, type EmployerSearch } from './search';

/** "Arbetsgivare": the employer register, searched by name or organisationsnummer and filtered, a page at a time. */
export function EmployersPage({ search }: { search: EmployerSearch }) {
  const viewer = useViewer();
  const navigate = useNavigate({ from: '/arbetsgivare' });
  const page = search.sida ?? 1;
  const variables = {
    ...searchArguments(search.q),
    municipalityConceptId: search.kommun,
    sectorId: search.bransch,
    responsibleUserId: search.mina ? viewer.userId : undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const [{ data, error, fetching }, reload] = useQuery({ query: EmployersQuery, variables });
  const [options, reloadOptions] = useQuery({ query: EmployerFilterOptionsQuery });
  const municipalities = useMunicipalityOptions();
  const [text, setText] = useState(search.q ?? '');

  // the back button (or a link) changes the address: the field shows what is searched for
  useEffect(() => setText(search.q ?? ''), [search.q]);

  /** A new search starts on its first page; the old one stays in the history for the back button. */
  function searchFor(change: Partial<EmployerSearch>) {
    void navigate({ search: (prev) => ({ ...prev, ...change, sida: undefined }) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    searchFor({ q: text.trim() || undefined });
  }

  function goToPage(next: number) {
    void navigate({ search: (prev) => ({ ...prev, sida: next > 1 ? next : undefined }) });
  }

  const { problem, retry } = firstProblem([
    { error, reload: () => reload({ requestPolicy: 'network-only' }) },
    { error: options.error, reload: () => reloadOptions({ requestPolicy: 'network-only' }) },
    municipalities,
  ]);
  const searchError = fieldError(problem, 'name') ?? fieldError(problem, 'organisationNumberPrefix');

  return (
    <Page title={sv.employers.title} intro={sv.employers.intro}>
      {mayUse(viewer, 'createEmployer') && (
        <AnchorLink to="/arbetsgivare/ny" fw={700} w="fit-content">
          {registerMessages.link}
        </AnchorLink>
      )}
      <form role="search" aria-label={sv.employers.title} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={sv.employers.searchLabel}
              description={sv.employers.searchDescription}
              descriptionProps={{ c: 'gray.8' }}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              maxLength={100}
              error={searchError}
              miw={300}
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="filled" color="blue.9">
              {sv.employers.search}
            </Button>
          </Group>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <FilterSelect
              label={sv.employers.municipality}
              placeholder={sv.employers.anyMunicipality}
              data={municipalities.options}
              value={search.kommun}
              onChange={(kommun) => searchFor({ kommun })}
              searchable
              clearLabel={sv.employers.clearMunicipality}
              nothingFoundMessage={sv.employers.nothingFound}
              w={240}
            />
            <SectorFilter records={options.data?.sectors} value={search.bransch} onChange={(bransch) => searchFor({ bransch })} w={280} />
            <Checkbox
              label={sv.employers.mine}
              checked={search.mina ?? false}
              onChange={(e) => searchFor({ mina: e.currentTarget.checked || undefined })}
              mb={8}
            />
          </Group>
          <ClearFiltersButton shown={hasFilters(search)} label={sv.employers.clear} onClear={() => void navigate({ search: {} })} />
        </Stack>
      </form>

      {problem && <ProblemAlert problem={problem} onRetry={retry} />}
      <PagedTable
        result={data?.employers}
        fetching={fetching}
        page={page}
        pageSize={PAGE_SIZE}
        texts={sv.employers}
        columns={[
          sv.employers.name,
          sv.employers.organisationNumber,
          sv.employers.municipality,
          sv.employers.sector,
          sv.employers.responsible,
          sv.employers.status,
        ]}
        row={employerRow}
        onPage={goToPage}
      />
    </Page>
  );
}

function employerRow(employer: EmployerRow) {
  return (
    <Table.Tr key={employer.id}>
      <Table.Th scope="row" fw={400}>
        <AnchorLink to="/arbetsgivare/$employerId" params={{ employerId: employer.id }} fw={700}>
          {employer.name}
        </AnchorLink>
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{employer.organisationNumber}</Table.Td>
      <Table.Td>{employer.municipality?.label ?? sv.employer.unknownMunicipality}</Table.Td>
      <Table.Td>{employer.sectors.map((s) => s.name).join(', ') || sv.employers.none}</Table.Td>
      <Table.Td>{employer.responsible?.name ?? sv.employers.none}</Table.Td>
      <Table.Td>{sv.employers.statusLabel[employer.status] ?? employer.status}</Table.Td>
    </Table.Tr>
  );
}
