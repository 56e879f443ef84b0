import { Group, Stack, Table, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { describeProblem } from '../platform/api/errors';
import { FilterSelect, nameOptions } from '../platform/components/FilterSelect';
import { AnchorLink, ButtonLink } from '../platform/components/links';
import { Page } from '../platform/components/Page';
import { PagedTable } from '../platform/components/PagedTable';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { mayUse, useViewer } from '../platform/session/session';
import { MeetingChoicesQuery, MeetingsQuery, type MeetingListItem } from './documents';
import { currentQuarter, formatSpan } from './format';
import { mt } from './messages';
import { QuarterPlan } from './QuarterPlan';
import { MEETING_STATUSES, validateMeetingSearch, type MeetingSearch } from './search';

const t = mt.list;
const PAGE_SIZE = 25;

/** "Rekryteringsträffar": the quarter's plan against the target, and the meetings by status, team and municipality. */
export function MeetingsPage({ search }: { search: MeetingSearch }) {
  const viewer = useViewer();
  const navigate = useNavigate({ from: '/moten' });
  const page = search.sida ?? 1;
  const quarter = search.ar && search.kvartal ? { year: search.ar, quarter: search.kvartal } : currentQuarter();
  const variables = { status: search.status, teamId: search.team, principalId: search.kommun, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const [{ data, error, fetching }, reload] = useQuery({ query: MeetingsQuery, variables });
  const [choices] = useQuery({ query: MeetingChoicesQuery });

  const teams = useMemo(() => nameOptions((choices.data?.teams ?? []).filter((team) => team.sectorId)), [choices.data]);
  const municipalities = useMemo(() => nameOptions((choices.data?.organisations ?? []).filter((o) => o.kind === 'MUNICIPALITY')), [choices.data]);

  function filter(change: Partial<MeetingSearch>) {
    void navigate({ search: (prev) => validateMeetingSearch({ ...prev, ...change, sida: undefined }) });
  }

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
              <FilterSelect
                label={t.status}
                placeholder={t.all}
                data={MEETING_STATUSES.map((s) => ({ value: s, label: mt.status[s] }))}
                value={search.status}
                onChange={(value) => filter({ status: validateMeetingSearch({ status: value }).status })}
                w={220}
              />
              <FilterSelect label={t.team} placeholder={t.all} data={teams} value={search.team} onChange={(team) => filter({ team })} w={300} />
              <FilterSelect
                label={t.principal}
                placeholder={t.all}
                data={municipalities}
                value={search.kommun}
                onChange={(kommun) => filter({ kommun })}
                w={200}
              />
            </Group>
          </form>
          {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
          <PagedTable
            result={data?.meetings}
            fetching={fetching}
            page={page}
            pageSize={PAGE_SIZE}
            texts={{ empty: t.empty, caption: (_page, _pages, total) => t.caption(total), pagesLabel: t.pager }}
            columns={[t.meeting, t.when, t.principal, t.team, t.place, t.status, t.invited]}
            row={meetingRow}
            highlightOnHover={false}
            onPage={(next) => void navigate({ search: (prev) => ({ ...prev, sida: next > 1 ? next : undefined }) })}
          />
        </Stack>
      </section>
    </Page>
  );
}

function meetingRow(m: MeetingListItem) {
  return (
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
  );
}
