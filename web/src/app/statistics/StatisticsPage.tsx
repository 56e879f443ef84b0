import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { describeProblem, fieldError, type Problem } from '../platform/api/errors';
import { DateField } from '../platform/components/DateField';
import { Page, PageLoader } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { today } from '../platform/i18n/dates';
import { mayUse, useViewer } from '../platform/session/session';
import { StatisticsExportQuery, StatisticsQuery, StatisticsScopeQuery } from './documents';
import { saveFile } from './download';
import { Economy } from './Economy';
import { Exposure } from './Exposure';
import { FailedJobs } from './FailedJobs';
import { IndicatorTable } from './IndicatorTable';
import { KeyFigures } from './KeyFigures';
import { messages } from './messages';
import { MonthlyChart } from './MonthlyChart';
import { MonthlyReports } from './MonthlyReports';
import { filtersOf, GROUP_BY, GROUPINGS, presets, type Grouping, type StatisticsSearch } from './search';

const t = messages.filters;

/**
 * "Statistik": the indicators of docs/rules.md for a period, per principal, sector, team or secretary, as key
 * figures, a table and a monthly chart, with the economic effect, downloads giving the same figures, and the
 * monthly reports; for managers also the ranking's exposure over time and the failed background jobs. The filters
 * live in the address, so a view can be shared. Svedala's reviewer sees Svedala's only: the API counts only the
 * principals the viewer reads, and the principal filter offers only those.
 */
export function StatisticsPage({ search }: { search: StatisticsSearch }) {
  const viewer = useViewer();
  const navigate = useNavigate({ from: '/statistik' });
  const filters = filtersOf(search);
  const groupBy = GROUP_BY[filters.grouping];
  const variables = { from: filters.from, to: filters.to, groupBy, principalId: filters.principalId };
  const [{ data, error, fetching, operation }, reload] = useQuery({ query: StatisticsQuery, variables });
  const [scope] = useQuery({ query: StatisticsScopeQuery });
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const [download, setDownload] = useState<{ problem: Problem | null; message: string; busy: boolean }>({ problem: null, message: '', busy: false });
  const client = useClient();

  useEffect(() => {
    setFrom(filters.from);
    setTo(filters.to);
  }, [filters.from, filters.to]);

  const principals = useMemo(() => {
    const readable = scope.data?.viewer.readablePrincipalIds ?? [];
    return (scope.data?.organisations ?? []).filter((o) => readable.includes(o.id)).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }, [scope.data]);
  // the API's rule (statistics-access.ts): per secretary is the employer's follow-up of its staff, for managers
  const groupings = GROUPINGS.filter((g) => g !== 'sekreterare' || viewer.roles.includes('MANAGER'));

  function show(change: Partial<StatisticsSearch>) {
    void navigate({ search: (prev) => ({ ...prev, ...change }) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    show({ fran: from || undefined, till: to || undefined });
  }

  async function exportAs(format: 'CSV' | 'XLSX') {
    setDownload({ problem: null, message: messages.downloads.working, busy: true });
    const result = await client.query(StatisticsExportQuery, { ...variables, format }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) return setDownload({ problem: describeProblem(result.error), message: '', busy: false });
    if (result.data) {
      saveFile(result.data.statisticsExport);
      setDownload({ problem: null, message: messages.downloads.done(result.data.statisticsExport.filename), busy: false });
    }
  }

  const problem = error ? describeProblem(error) : null;
  const result = data?.statistics;
  // while another grouping loads, the figures on screen keep the heading and caption of the grouping they are in
  const shown: Grouping = GROUPINGS.find((g) => GROUP_BY[g] === operation?.variables.groupBy) ?? filters.grouping;
  const groupingLabel = t.groupingLabel[shown];
  const counted = principals.filter((p) => result?.principalIds.includes(p.id));
  const editable = mayUse(viewer, 'setEconomicParameters') ? (scope.data?.viewer.writablePrincipalIds ?? []) : [];

  return (
    <Page title={messages.title} intro={messages.intro}>
      <form aria-label={t.label} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group gap="xs" role="group" aria-label={t.presets}>
            {presets(today()).map((p) => (
              <Button
                key={p.key}
                size="xs"
                variant={p.from === filters.from && p.to === filters.to ? 'filled' : 'outline'}
                color="blue.9"
                aria-pressed={p.from === filters.from && p.to === filters.to}
                onClick={() => show({ fran: p.from, till: p.to })}
              >
                {t.preset[p.key]}
              </Button>
            ))}
          </Group>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <DateField label={t.from} value={from} onChange={setFrom} maxDate={today()} error={fieldError(problem, 'from')} withAsterisk />
            <DateField label={t.to} value={to} onChange={setTo} error={fieldError(problem, 'to')} withAsterisk />
            <Button type="submit" color="blue.9" mb={problem?.fields.from || problem?.fields.to ? 22 : 0}>
              {t.show}
            </Button>
          </Group>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t.principal}
              data={[{ value: '', label: t.allPrincipals }, ...principals.map((p) => ({ value: p.id, label: p.name }))]}
              value={filters.principalId ?? ''}
              onChange={(value) => show({ huvudman: value || undefined })}
              allowDeselect={false}
              error={fieldError(problem, 'principalId')}
              w={280}
            />
            <Select
              label={t.grouping}
              data={groupings.map((g) => ({ value: g, label: t.groupingLabel[g] }))}
              value={filters.grouping}
              onChange={(value) => show({ grupp: (value as Grouping) ?? undefined })}
              allowDeselect={false}
              error={fieldError(problem, 'groupBy')}
              w={280}
            />
          </Group>
        </Stack>
      </form>

      {problem && <ProblemAlert problem={problem} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {fetching && !result && <PageLoader />}
      {result && (
        <Stack gap="xl" opacity={fetching ? 0.6 : 1}>
          <Text fw={700} aria-live="polite">
            {t.period(result.from, result.to, result.asOf)}
          </Text>
          <KeyFigures total={result.total} asOf={result.asOf} />
          <Stack gap="sm" component="section" aria-labelledby="indicators-heading">
            <Title order={2} id="indicators-heading">
              {shown === 'huvudman' ? messages.table.headingByPrincipal : messages.table.heading}
            </Title>
            {result.total.enrolled === 0 && <Text>{messages.table.empty}</Text>}
            <IndicatorTable
              rows={result.rows}
              total={result.total}
              caption={messages.table.caption(groupingLabel, result.from, result.to)}
              sideBySide={shown === 'huvudman'}
            />
          </Stack>
          <MonthlyChart row={result.total} />
          <Stack gap="sm" component="section" aria-labelledby="downloads-heading">
            <Title order={2} id="downloads-heading">
              {messages.downloads.heading}
            </Title>
            <Text c="gray.8">{messages.downloads.intro}</Text>
            <Group gap="sm">
              <Button color="blue.9" variant="outline" disabled={download.busy} onClick={() => void exportAs('CSV')}>
                {messages.downloads.csv}
              </Button>
              <Button color="blue.9" variant="outline" disabled={download.busy} onClick={() => void exportAs('XLSX')}>
                {messages.downloads.xlsx}
              </Button>
            </Group>
            {download.problem && <ProblemAlert problem={download.problem} />}
            <Text role="status" aria-live="polite">
              {download.message}
            </Text>
          </Stack>
          <Economy
            rows={result.rows}
            total={result.total}
            principals={counted}
            editable={editable}
            onChanged={() => reload({ requestPolicy: 'network-only' })}
          />
        </Stack>
      )}
      <MonthlyReports principalId={filters.principalId} />
      {mayUse(viewer, 'rankingExposureHistory') && <Exposure />}
      {mayUse(viewer, 'failedJobs') && <FailedJobs />}
    </Page>
  );
}
