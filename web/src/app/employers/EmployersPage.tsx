import { Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState, type FormEvent, type Ref } from 'react';
import { useQuery } from 'urql';
import { describeProblem, fieldError } from '../api/errors';
import { useMunicipalityOptions } from '../api/municipalities';
import { AnchorLink } from '../components/links';
import { ListPager, useFocusAfterPaging } from '../components/ListPager';
import { Page, PageLoader } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { sv } from '../i18n/sv';
import { messages as registerMessages } from '../employer-register/messages';
import { mayUse, useViewer } from '../session/session';
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
  const table = useFocusAfterPaging<HTMLTableElement>(Boolean(data) && !fetching);

  // the back button (or a link) changes the address: the field shows what is searched for
  useEffect(() => setText(search.q ?? ''), [search.q]);

  const sectors = useMemo(
    () => (options.data?.sectors ?? []).map((s) => ({ value: s.id, label: s.name })).sort((a, b) => a.label.localeCompare(b.label, 'sv')),
    [options.data],
  );

  /** A new search starts on its first page; the old one stays in the history for the back button. */
  function searchFor(change: Partial<EmployerSearch>) {
    void navigate({ search: (prev) => ({ ...prev, ...change, sida: undefined }) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    searchFor({ q: text.trim() || undefined });
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
  const searchError = fieldError(problem, 'name') ?? fieldError(problem, 'organisationNumberPrefix');
  const result = data?.employers;
  const pages = result ? Math.max(1, Math.ceil(result.totalCount / PAGE_SIZE)) : 1;
  const from = (page - 1) * PAGE_SIZE + 1;
  const count =
    !result || fetching ? '' : result.totalCount === 0 ? sv.employers.empty : sv.employers.found(result.totalCount, from, from + result.items.length - 1);

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
            <Select
              label={sv.employers.municipality}
              placeholder={sv.employers.anyMunicipality}
              data={municipalities.options}
              value={search.kommun ?? null}
              onChange={(value) => searchFor({ kommun: value ?? undefined })}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': sv.employers.clearMunicipality }}
              nothingFoundMessage={sv.employers.nothingFound}
              w={240}
            />
            <Select
              label={sv.employers.sector}
              placeholder={sv.employers.anySector}
              data={sectors}
              value={search.bransch ?? null}
              onChange={(value) => searchFor({ bransch: value ?? undefined })}
              clearable
              clearButtonProps={{ 'aria-label': sv.employers.clearSector }}
              w={280}
            />
            <Checkbox
              label={sv.employers.mine}
              checked={search.mina ?? false}
              onChange={(e) => searchFor({ mina: e.currentTarget.checked || undefined })}
              mb={8}
            />
          </Group>
          {hasFilters(search) && (
            <Group>
              <Button variant="outline" color="blue.9" size="xs" onClick={() => void navigate({ search: {} })}>
                {sv.employers.clear}
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
          <EmployerTable ref={table.ref} rows={result.items} caption={sv.employers.caption(page, pages)} />
          <ListPager label={sv.employers.pagesLabel} page={page} pages={pages} onChange={goToPage} />
        </Stack>
      )}
    </Page>
  );
}

function EmployerTable({ rows, caption, ref }: { rows: EmployerRow[]; caption: string; ref: Ref<HTMLTableElement> }) {
  return (
    <Table ref={ref} tabIndex={-1} captionSide="top" striped highlightOnHover withTableBorder verticalSpacing="sm">
      <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{sv.employers.name}</Table.Th>
          <Table.Th scope="col">{sv.employers.organisationNumber}</Table.Th>
          <Table.Th scope="col">{sv.employers.municipality}</Table.Th>
          <Table.Th scope="col">{sv.employers.sector}</Table.Th>
          <Table.Th scope="col">{sv.employers.responsible}</Table.Th>
          <Table.Th scope="col">{sv.employers.status}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((employer) => (
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
        ))}
      </Table.Tbody>
    </Table>
  );
}
