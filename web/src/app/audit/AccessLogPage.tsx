import { Button, Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import dayjs from 'dayjs';
import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { describeProblem, fieldError } from '../platform/api/errors';
import { DateField } from '../platform/components/DateField';
import { ClearFiltersButton } from '../platform/components/FilterSelect';
import { AnchorLink } from '../platform/components/links';
import { Page } from '../platform/components/Page';
import { PagedTable } from '../platform/components/PagedTable';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { mayUse, useViewer } from '../platform/session/session';
import { AccessLogQuery, PAGE_SIZE, PersonSearchQuery, type AccessLogEntry } from './documents';
import { messages as t } from './messages';
import { periodInstants, type AccessLogSearch } from './search';

/**
 * "Åtkomstlogg": who read whose record, when, why (the purpose, and the case when the screen named one), and
 * through which operation, for the principals the viewer reads
 * (Svedala's reviewer: Svedala's people). Filtered to a person (found by name, or from their page with ?person=)
 * and a period, 25 a page. Reading only: there is nothing to change here.
 */
export function AccessLogPage({ search }: { search: AccessLogSearch }) {
  const viewer = useViewer();
  const navigate = useNavigate({ from: '/atkomstlogg' });
  const page = search.sida ?? 1;
  const variables = { candidateId: search.person, ...periodInstants(search), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const [{ data, error, fetching }, reload] = useQuery({ query: AccessLogQuery, variables });
  const [from, setFrom] = useState(search.fran ?? '');
  const [to, setTo] = useState(search.till ?? '');
  const [name, setName] = useState('');
  const [term, setTerm] = useState('');
  const [people] = useQuery({ query: PersonSearchQuery, variables: { name: term }, pause: term.length < 2 });

  useEffect(() => {
    setFrom(search.fran ?? '');
    setTo(search.till ?? '');
  }, [search.fran, search.till]);

  function filter(change: Partial<AccessLogSearch>) {
    void navigate({ search: (prev) => ({ ...prev, ...change, sida: undefined }) });
  }

  function submitPeriod(event: FormEvent) {
    event.preventDefault();
    filter({ fran: from || undefined, till: to || undefined });
  }

  function searchPeople(event: FormEvent) {
    event.preventDefault();
    setTerm(name.trim());
  }

  function goToPage(next: number) {
    void navigate({ search: (prev) => ({ ...prev, sida: next > 1 ? next : undefined }) });
  }

  const problem = error ? describeProblem(error) : null;
  const log = data?.accessLog;
  const personName = search.person ? (log?.items.find((e) => e.candidateName)?.candidateName ?? null) : null;
  const found = people.data?.candidates.items ?? [];

  return (
    <Page title={t.title} intro={t.intro}>
      <Stack gap="sm">
        <form role="search" aria-label={t.personSearchForm} onSubmit={searchPeople} noValidate>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t.personSearch}
              description={t.personSearchDescription}
              descriptionProps={{ c: 'gray.8' }}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={100}
              miw={300}
            />
            <Button type="submit" color="blue.9">
              {t.search}
            </Button>
          </Group>
        </form>
        {term.length >= 2 && people.data && (
          <Stack gap={4}>
            <Text aria-live="polite">{t.searchResults(found.length)}</Text>
            <ul style={{ margin: 0 }}>
              {found.map((p) => (
                <li key={p.id}>
                  <AnchorLink to="/atkomstlogg" search={{ person: p.id, fran: search.fran, till: search.till }} onClick={() => setTerm('')}>
                    {t.choose(`${p.firstName} ${p.lastName}`, p.birthDate)}
                  </AnchorLink>
                </li>
              ))}
            </ul>
          </Stack>
        )}
        {people.error && <ProblemAlert problem={describeProblem(people.error)} />}
        <form aria-label={t.filters} onSubmit={submitPeriod} noValidate>
          <Group align="flex-end" gap="sm">
            <DateField label={t.from} value={from} onChange={setFrom} error={fieldError(problem, 'from')} />
            <DateField label={t.to} value={to} onChange={setTo} error={fieldError(problem, 'to')} />
            <Button type="submit" color="blue.9">
              {t.show}
            </Button>
          </Group>
        </form>
        <ClearFiltersButton shown={Boolean(search.person || search.fran || search.till)} label={t.clear} onClear={() => void navigate({ search: {} })} />
      </Stack>

      {search.person && (
        <Group gap="sm">
          <Text fw={700}>{personName ? t.forPerson(personName) : t.forChosenPerson}</Text>
          {personName && mayUse(viewer, 'candidate') && (
            <AnchorLink to="/arbetssokande/$candidateId" params={{ candidateId: search.person }}>
              {t.personPage(personName)}
            </AnchorLink>
          )}
        </Group>
      )}
      {problem && <ProblemAlert problem={problem} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      <PagedTable
        result={log}
        fetching={fetching}
        page={page}
        pageSize={PAGE_SIZE}
        texts={t}
        columns={[t.when, t.who, t.organisation, t.person, t.purpose, t.caseId, t.operation]}
        row={accessLogRow}
        highlightOnHover={false}
        verticalSpacing="xs"
        onPage={goToPage}
      />
    </Page>
  );
}

function accessLogRow(e: AccessLogEntry) {
  return (
    <Table.Tr key={e.id}>
      <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
        {dayjs(e.at as string).format('YYYY-MM-DD HH:mm:ss')}
      </Table.Th>
      <Table.Td>{e.user?.name ?? t.unknownUser}</Table.Td>
      <Table.Td>{e.user?.organisation.name ?? t.unknownUser}</Table.Td>
      <Table.Td>
        <AnchorLink to="/atkomstlogg" search={{ person: e.candidateId }}>
          {e.candidateName ?? t.unknownPerson}
        </AnchorLink>
      </Table.Td>
      <Table.Td>{t.purposeLabel[e.purpose] ?? e.purpose}</Table.Td>
      <Table.Td>{e.caseId ? <Code>{e.caseId}</Code> : t.noCase}</Table.Td>
      <Table.Td>{t.operationLabel[e.operation] ?? <Code>{e.operation}</Code>}</Table.Td>
    </Table.Tr>
  );
}
