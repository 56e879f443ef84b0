import { Alert, Anchor, Button, Progress, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeProblem, type Problem } from '../platform/api/errors';
import { CaptionTable } from '../platform/components/CaptionTable';
import { Page } from '../platform/components/Page';
import { ProblemAlert } from '../platform/components/ProblemAlert';
import { QueryState } from '../platform/components/QueryState';
import { formatMoment } from '../organisations/admin/AdminPage';
import { PrincipalExportsQuery, StartPrincipalExportMutation, type PrincipalExportRow } from './documents';
import { messages as t } from './messages';

/** How often the list is asked again while an export is being made. */
const POLL_MS = 2000;

/**
 * "Export av huvudmannens uppgifter": the principal's own administrator (under Administration) or reviewer (under
 * inspection) starts an export of everything the principal owns, follows it while the job writes it, and downloads
 * the package once done (a plain link: the session cookie signs the download in).
 */
export function ExportPage({ wrap }: { wrap?: (page: React.ReactNode) => React.ReactNode }) {
  const [state, reload] = useQuery({ query: PrincipalExportsQuery, requestPolicy: 'cache-and-network' });
  const [startState, start] = useMutation(StartPrincipalExportMutation);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [started, setStarted] = useState(false);
  const busy = state.data?.principalExports.some((e) => e.status === 'QUEUED' || e.status === 'RUNNING') ?? false;

  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => reload({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [busy, state.data, reload]);

  async function startExport(principalId: string) {
    setProblem(null);
    const result = await start({ principalId });
    if (result.error) return setProblem(describeProblem(result.error));
    setStarted(true);
    reload({ requestPolicy: 'network-only' });
  }

  const principal = state.data?.exportablePrincipal;
  const page = (
    <Stack gap="lg">
      <QueryState state={state} reload={reload}>
        {(data) => (
          <Stack gap="md">
            {principal && <Text>{t.intro(principal.name)}</Text>}
            {problem && <ProblemAlert problem={problem} />}
            {started && (
              <Alert color="green.9" role="status">
                {t.started}
              </Alert>
            )}
            {principal && (
              <div>
                <Button onClick={() => void startExport(principal.id)} loading={startState.fetching} disabled={busy}>
                  {t.start}
                </Button>
              </div>
            )}
            <CaptionTable
              caption={t.listCaption}
              columns={[t.columns.requested, t.columns.by, t.columns.status, t.columns.progress, t.columns.size, t.columns.download]}
              rows={data.principalExports}
              empty={t.empty}
              minWidth={720}
              row={(row) => <ExportRow key={row.id} row={row} />}
            />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
  return wrap ? wrap(page) : <Page title={t.title}>{page}</Page>;
}

function ExportRow({ row }: { row: PrincipalExportRow }) {
  const when = formatMoment(row.createdAt as string);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        {when}
      </Table.Th>
      <Table.Td>{row.requestedBy?.name ?? ''}</Table.Td>
      <Table.Td>
        {t.status[row.status] ?? row.status}
        {row.error ? `: ${row.error}` : ''}
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Progress value={row.progress} aria-label={t.progressLabel(row.progress)} />
          <Text size="sm">{t.progress(row.progress, row.rowsWritten)}</Text>
        </Stack>
      </Table.Td>
      <Table.Td>{row.sizeBytes ? t.size(row.sizeBytes) : ''}</Table.Td>
      <Table.Td>
        {row.downloadUrl && (
          <Stack gap={2}>
            <Anchor href={row.downloadUrl} download aria-label={t.download(when)}>
              {t.columns.download}
            </Anchor>
            {row.expiresAt && <Text size="sm">{t.expires(formatMoment(row.expiresAt as string))}</Text>}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
