import { Button, Checkbox, Group, Stack, Table, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { fieldError, firstProblem } from '../platform/api/errors';
import { ClearFiltersButton, SectorFilter, TeamFilter } from '../platform/components/FilterSelect';
import { AnchorLink } from '../platform/components/links';
import { Page } from '../platform/components/Page';
import { PagedTable } from '../platform/components/PagedTable';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { CandidateFilterOptionsQuery, CandidatesQuery, PAGE_SIZE, type CandidateRow } from './documents';
import { candidatesText } from './messages';
import { hasFilters, type CandidateSearch } from './search';

const t = candidatesText.list;

/** "Arbetssökande": the people the viewer may read, searched by name and filtered, a page at a time. */
export function CandidatesPage({ search }: { search: CandidateSearch }) {
  const navigate = useNavigate({ from: '/arbetssokande' });
  const page = search.sida ?? 1;
  const variables = {
    name: search.q,
    sectorId: search.bransch,
    teamId: search.team,
    openOnly: search.inskrivna ?? false,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const [{ data, error, fetching }, reload] = useQuery({
    query: CandidatesQuery,
    variables,
  });
  const [options, reloadOptions] = useQuery({
    query: CandidateFilterOptionsQuery,
  });
  const [text, setText] = useState(search.q ?? '');

  useEffect(() => setText(search.q ?? ''), [search.q]);

  /** A new search starts on its first page; the old one stays in the history for the back button. */
  function searchFor(change: Partial<CandidateSearch>) {
    void navigate({
      search: (prev) => ({ ...prev, ...change, sida: undefined }),
    });
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
  ]);

  return (
    <Page title={t.title} intro={t.intro}>
      <form role="search" aria-label={t.title} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t.searchLabel}
              description={t.searchDescription}
              descriptionProps={{ c: 'gray.8' }}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              maxLength={100}
              error={fieldError(problem, 'name')}
              miw={300}
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="filled" color="blue.9">
              {t.search}
            </Button>
          </Group>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <SectorFilter records={options.data?.sectors} value={search.bransch} onChange={(bransch) => searchFor({ bransch })} w={260} />
            <TeamFilter records={options.data?.teams} value={search.team} onChange={(team) => searchFor({ team })} w={260} />
            <Checkbox
              label={t.openOnly}
              checked={search.inskrivna ?? false}
              onChange={(e) => searchFor({ inskrivna: e.currentTarget.checked || undefined })}
              mb={8}
            />
          </Group>
          <ClearFiltersButton shown={hasFilters(search)} label={t.clear} onClear={() => void navigate({ search: {} })} />
        </Stack>
      </form>

      {problem && <ProblemAlert problem={problem} onRetry={retry} />}
      <PagedTable
        result={data?.candidates}
        fetching={fetching}
        page={page}
        pageSize={PAGE_SIZE}
        texts={t}
        columns={[t.name, t.identity, t.municipality, t.swedish, t.sectors]}
        row={candidateRow}
        onPage={goToPage}
      />
    </Page>
  );
}

function candidateRow(person: CandidateRow) {
  return (
    <Table.Tr key={person.id}>
      <Table.Th scope="row" fw={400}>
        <AnchorLink to="/arbetssokande/$candidateId" params={{ candidateId: person.id }} fw={700}>
          {person.firstName} {person.lastName}
        </AnchorLink>
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{person.identityNumber}</Table.Td>
      <Table.Td>{person.homeMunicipality?.label ?? candidatesText.none}</Table.Td>
      <Table.Td>{candidatesText.swedishLevel[person.swedishLevel] ?? person.swedishLevel}</Table.Td>
      <Table.Td>{person.wantedSectors.map((s) => s.name).join(', ') || candidatesText.none}</Table.Td>
    </Table.Tr>
  );
}
