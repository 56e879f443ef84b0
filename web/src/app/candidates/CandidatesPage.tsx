import { Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState, type FormEvent, type Ref } from 'react';
import { useQuery } from 'urql';
import { describeProblem, fieldError } from '../api/errors';
import { AnchorLink } from '../components/links';
import { ListPager, useFocusAfterPaging } from '../components/ListPager';
import { Page, PageLoader } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { CandidateFilterOptionsQuery, CandidatesQuery, PAGE_SIZE, type CandidateRow } from './documents';
import { candidatesText } from './messages';
import { hasFilters, type CandidateSearch } from './search';

const t = candidatesText.list;

const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'sv');

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
  const table = useFocusAfterPaging<HTMLTableElement>(Boolean(data) && !fetching);

  useEffect(() => setText(search.q ?? ''), [search.q]);

  const sectors = useMemo(() => (options.data?.sectors ?? []).map((s) => ({ value: s.id, label: s.name })).sort(byName), [options.data]);
  const teams = useMemo(() => (options.data?.teams ?? []).map((s) => ({ value: s.id, label: s.name })).sort(byName), [options.data]);

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
    table.focusWhenLoaded();
    void navigate({ search: (prev) => ({ ...prev, sida: next > 1 ? next : undefined }) });
  }

  const problem = error ? describeProblem(error) : options.error ? describeProblem(options.error) : null;
  const result = data?.candidates;
  const pages = result ? Math.max(1, Math.ceil(result.totalCount / PAGE_SIZE)) : 1;
  const from = (page - 1) * PAGE_SIZE + 1;
  const count = !result || fetching ? '' : result.totalCount === 0 ? t.empty : t.found(result.totalCount, from, from + result.items.length - 1);

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
            <Select
              label={t.sector}
              placeholder={t.anySector}
              data={sectors}
              value={search.bransch ?? null}
              onChange={(value) => searchFor({ bransch: value ?? undefined })}
              clearable
              clearButtonProps={{ 'aria-label': t.clearSector }}
              w={260}
            />
            <Select
              label={t.team}
              placeholder={t.anyTeam}
              data={teams}
              value={search.team ?? null}
              onChange={(value) => searchFor({ team: value ?? undefined })}
              clearable
              clearButtonProps={{ 'aria-label': t.clearTeam }}
              w={260}
            />
            <Checkbox
              label={t.openOnly}
              checked={search.inskrivna ?? false}
              onChange={(e) => searchFor({ inskrivna: e.currentTarget.checked || undefined })}
              mb={8}
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

      {problem && <ProblemAlert problem={problem} onRetry={() => (error ? reload : reloadOptions)({ requestPolicy: 'network-only' })} />}
      <Text aria-live="polite" aria-atomic="true" fw={700}>
        {count}
      </Text>
      {fetching && !data && <PageLoader />}
      {result && result.items.length > 0 && (
        <Stack gap="md" opacity={fetching ? 0.6 : 1}>
          <CandidateTable tableRef={table.ref} rows={result.items} caption={t.caption(page, pages)} />
          <ListPager label={t.pagesLabel} page={page} pages={pages} onChange={goToPage} />
        </Stack>
      )}
    </Page>
  );
}

function CandidateTable({ rows, caption, tableRef }: { rows: CandidateRow[]; caption: string; tableRef: Ref<HTMLTableElement> }) {
  return (
    <Table ref={tableRef} tabIndex={-1} captionSide="top" striped highlightOnHover withTableBorder verticalSpacing="sm">
      <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t.name}</Table.Th>
          <Table.Th scope="col">{t.identity}</Table.Th>
          <Table.Th scope="col">{t.municipality}</Table.Th>
          <Table.Th scope="col">{t.swedish}</Table.Th>
          <Table.Th scope="col">{t.sectors}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((person) => (
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
        ))}
      </Table.Tbody>
    </Table>
  );
}
