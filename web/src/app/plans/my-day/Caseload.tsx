import { Badge, Checkbox, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { describeProblem } from '../../platform/api/errors';
import { ClearFiltersButton, SectorFilter, TeamFilter } from '../../platform/components/FilterSelect';
import { AnchorLink } from '../../platform/components/links';
import { PagedTable } from '../../platform/components/PagedTable';
import { ProblemAlert } from '../../platform/components/ProblemAlert';
import { formatDate } from '../../platform/i18n/dates';
import { useViewer } from '../../platform/session/session';
import { CaseloadFilterOptionsQuery, CaseloadQuery, PAGE_SIZE, type CaseloadRow } from './documents';
import { myDayText } from './messages';
import { CASELOAD_STATUSES, type CaseloadSearch, type CaseloadStatusName } from './search';

const t = myDayText.caseload;

/**
 * "Mina ärenden": the periods the viewer is the secretary of (or everyone they may read), by status, sector and team,
 * a page at a time. Its counts are the API's caseload figures: Öppna is openCandidates, Uppföljning försenad
 * overdueFollowUps, Utan plan withoutPlan.
 */
export function Caseload({ search }: { search: CaseloadSearch }) {
  const viewer = useViewer();
  const navigate = useNavigate({ from: '/min-dag' });
  const page = search.sida ?? 1;
  const status: CaseloadStatusName = search.status ?? 'OPEN';
  const [{ data, error, fetching }, reload] = useQuery({
    query: CaseloadQuery,
    variables: {
      status,
      secretaryId: search.alla ? undefined : viewer.userId,
      sectorId: search.bransch,
      teamId: search.team,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
    requestPolicy: 'network-only',
  });
  const [options] = useQuery({ query: CaseloadFilterOptionsQuery });

  function filter(change: Partial<CaseloadSearch>) {
    void navigate({ search: (prev) => ({ ...prev, ...change, sida: undefined }), hash: 'mina-arenden' });
  }

  function goToPage(next: number) {
    void navigate({ search: (prev) => ({ ...prev, sida: next > 1 ? next : undefined }), hash: 'mina-arenden' });
  }

  const filtered = Boolean(search.status || search.bransch || search.team || search.alla);

  return (
    <Stack component="section" aria-labelledby="mina-arenden" gap="sm">
      <Title order={2} id="mina-arenden" size="h3">
        {t.title}
      </Title>
      <Group align="flex-end" gap="sm" wrap="wrap" role="group" aria-label={t.filters}>
        <Select
          label={t.status}
          data={CASELOAD_STATUSES.map((value) => ({ value, label: t.statuses[value] }))}
          value={status}
          onChange={(value) => filter({ status: value && value !== 'OPEN' ? (value as CaseloadStatusName) : undefined })}
          allowDeselect={false}
          w={220}
        />
        <SectorFilter records={options.data?.sectors} value={search.bransch} onChange={(bransch) => filter({ bransch })} w={240} />
        <TeamFilter records={options.data?.teams} value={search.team} onChange={(team) => filter({ team })} w={260} />
        <Checkbox label={t.everyone} checked={search.alla ?? false} onChange={(e) => filter({ alla: e.currentTarget.checked || undefined })} mb={8} />
      </Group>
      <ClearFiltersButton shown={filtered} label={t.clear} onClear={() => void navigate({ search: {}, hash: 'mina-arenden' })} />
      {status === 'AWAITING_FIRST_MEETING' && !search.alla && <Text c="gray.8">{t.awaitingHint}</Text>}
      {error && <ProblemAlert problem={describeProblem(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      <PagedTable
        result={data?.caseloadEnrolments}
        fetching={fetching}
        page={page}
        pageSize={PAGE_SIZE}
        texts={t}
        columns={[t.name, t.firstContact, t.sectorTeam, t.plan, t.followUp]}
        row={caseloadRow}
        onPage={goToPage}
      />
    </Stack>
  );
}

function caseloadRow(e: CaseloadRow) {
  return (
    <Table.Tr key={e.id}>
      <Table.Th scope="row" fw={400}>
        <AnchorLink to="/arbetssokande/$candidateId/vag" params={{ candidateId: e.candidateId }} fw={700}>
          {`${e.candidate.firstName} ${e.candidate.lastName}`}
        </AnchorLink>
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.firstContactOn)}</Table.Td>
      <Table.Td>{[e.sector?.name, e.team?.name].filter(Boolean).join(', ') || t.none}</Table.Td>
      <Table.Td>
        {e.plan ? formatDate(e.plan.establishedOn) : t.noPlan}
        {e.plan?.sickListed && ` (${t.sickListed})`}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {e.exitOn ? (
          t.exited(formatDate(e.exitOn))
        ) : e.nextFollowUpDue ? (
          <>
            {formatDate(e.nextFollowUpDue)}
            {e.followUpOverdue && (
              <Badge variant="outline" color="red.9" ml={6}>
                {t.overdue}
              </Badge>
            )}
          </>
        ) : (
          t.none
        )}
      </Table.Td>
    </Table.Tr>
  );
}
