import { Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../api/errors';
import { AnchorLink, ButtonLink } from '../components/links';
import { ListPager, useFocusAfterPaging } from '../components/ListPager';
import { Page, PageLoader } from '../components/Page';
import { ProblemAlert } from '../components/ProblemAlert';
import { mayUse, useViewer } from '../session/session';
import { MeetingChoicesQuery, MeetingsQuery, type MeetingListItem } from './documents';
import { currentQuarter, formatSpan } from './format';
import { mt } from './messages';
import { QuarterPlan } from './QuarterPlan';
import { MEETING_STATUSES, validateMeetingSearch, type MeetingSearch } from './search';

const t = mt.list;
const PAGE_SIZE = 25;
const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'sv');

/** "Rekryteringsträffar": the quarter's plan against the target, and the meetings by status, team and municipality. */
export function MeetingsPage({ search }: { search: MeetingSearch }) {
  const viewer = useViewer();
  const navigate = useNavigate({ from: '/moten' });
  const page = search.sida ?? 1;
  const quarter = search.ar && search.kvartal ? { year: search.ar, quarter: search.kvartal } : currentQuarter();
  const variables = { status: search.status, teamId: search.team, principalId: search.kommun, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const [{ data, error, fetching }, reload] = useQuery({ query: MeetingsQuery, variables });
  const [choices] = useQuery({ query: MeetingChoicesQuery });
  const table = useFocusAfterPaging<HTMLTableElement>(Boolean(data) && !fetching);

  const teams = useMemo(
    () =>
      (choices.data?.teams ?? [])
        .filter((team) => team.sectorId)
        .map((team) => ({ value: team.id, label: team.name }))
        .sort(byLabel),
    [choices.data],
  );
  const municipalities = useMemo(
    () =>
      (choices.data?.organisations ?? [])
        .filter((o) => o.kind === 'MUNICIPALITY')
        .map((o) => ({ value: o.id, label: o.name }))
        .sort(byLabel),
    [choices.data],
  );

  function filter(change: Partial<MeetingSearch>) {
    void navigate({ search: (prev) => validateMeetingSearch({ ...prev, ...change, sida: undefined }) });
  }

  const result = data?.meetings;
  const pages = result ? Math.max(1, Math.ceil(result.totalCount / PAGE_SIZE)) : 1;
  return (
    <Page title={t.title} intro={t.intro}>
      {mayUse(viewer, 'planMeeting') && (
        <Group>
          <ButtonLink to="/moten/ny" variant="filled">
            {t.plan}
          </ButtonLink>
        </Group>
      )}
      <QuarterPlan year={quarter.year} quarter={quarter.quarter} onQuarter={(ar, kvartal) => void navigate({ search: (prev) => ({ ...prev, ar, kvartal }) })} />
      <section aria-labelledby="moten-lista">
        <Stack gap="sm">
          <Title order={2} size="h3" id="moten-lista">
            {t.heading}
          </Title>
          <form role="search" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
            <Group align="flex-end" gap="sm">
              <Select
                label={t.status}
                placeholder={t.all}
                data={MEETING_STATUSES.map((s) => ({ value: s, label: mt.status[s] }))}
                value={search.status ?? null}
                onChange={(value) => filter({ status: validateMeetingSearch({ status: value }).status })}
                clearable
                w={220}
              />
              <Select
                label={t.team}
                placeholder={t.all}
                data={teams}
                value={search.team ?? null}
                onChange={(value) => filter({ team: value ?? undefined })}
                clearable
                w={300}
              />
              <Select
                label={t.principal}
                placeholder={t.all}
                data={municipalities}
                value={search.kommun ?? null}
                onChange={(value) => filter({ kommun: value ?? undefined })}
                clearable
                w={200}
              />
            </Group>
          </form>
          {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
          {fetching && !data && <PageLoader />}
          {result && result.items.length === 0 && <Text>{t.empty}</Text>}
          {result && result.items.length > 0 && (
            <Stack gap="md" opacity={fetching ? 0.6 : 1}>
              <MeetingsTable ref={table.ref} rows={result.items} caption={t.caption(result.totalCount)} />
              <ListPager
                label={t.pager}
                page={page}
                pages={pages}
                onChange={(next) => {
                  table.focusWhenLoaded();
                  void navigate({ search: (prev) => ({ ...prev, sida: next > 1 ? next : undefined }) });
                }}
              />
            </Stack>
          )}
        </Stack>
      </section>
    </Page>
  );
}

function MeetingsTable({ rows, caption, ref }: { rows: readonly MeetingListItem[]; caption: string; ref?: React.Ref<HTMLTableElement> }) {
  return (
    <Table ref={ref} tabIndex={-1} captionSide="top" striped withTableBorder verticalSpacing="sm">
      <Table.Caption style={{ textAlign: 'left', fontWeight: 700 }} c="gray.9">
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {[t.meeting, t.when, t.principal, t.team, t.place, t.status, t.invited].map((heading) => (
            <Table.Th key={heading} scope="col">
              {heading}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Th scope="row" fw={400}>
              <AnchorLink to="/moten/$meetingId" params={{ meetingId: m.id }} fw={700}>
                {m.title}
              </AnchorLink>
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatSpan(m.startsAt, m.endsAt)}</Table.Td>
            <Table.Td>{m.principal.name}</Table.Td>
            <Table.Td>{m.team.name.replace(/^Bransch-team /, '')}</Table.Td>
            <Table.Td>{m.venue?.name ?? mt.format[m.format]}</Table.Td>
            <Table.Td>{mt.status[m.status]}</Table.Td>
            <Table.Td>{t.seats(m.invitationCounts.invited, m.invitationCounts.invited - m.invitationCounts.seated)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
