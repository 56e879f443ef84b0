import { Button, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatMoment } from '../organisations/admin/AdminPage';
import { CaptionTable } from '../platform/components/CaptionTable';
import { historyText as t } from './messages';
import { CandidateHistoryQuery, EmployerHistoryQuery, OpeningHistoryQuery, type RecordChangeRow } from './documents';
import { QueryState } from '../platform/components/QueryState';

/** A value as the reader knows it: an emptied value said as empty, a list as a list. */
function shown(values: readonly string[], format?: (value: string) => string): string {
  return values.length === 0 ? t.empty : values.map((v) => (format ? format(v) : v)).join(', ');
}

interface ChangeTableProps {
  changes: readonly RecordChangeRow[];
  /** The record's fields by their API name, in Swedish */
  fieldNames: Record<string, string>;
  /** How a field's value reads, where the API gives it as a code (taxonomy concepts and sectors come named) */
  format?(field: string, value: string): string;
}

/** Who changed which field from what to what, and when, newest first: the one table every record's history is shown in. */
export function ChangeTable({ changes, fieldNames, format }: ChangeTableProps) {
  return (
    <CaptionTable
      caption={t.caption}
      columns={[t.when, t.who, t.field, t.change]}
      rows={changes}
      empty={t.none}
      row={(h) => (
        <Table.Tr key={h.id}>
          <Table.Td>{formatMoment(h.at)}</Table.Td>
          <Table.Td>{h.user?.name}</Table.Td>
          <Table.Th scope="row">{fieldNames[h.field] ?? h.field}</Table.Th>
          <Table.Td>
            {shown(h.beforeText, format && ((v) => format(h.field, v)))} → {shown(h.afterText, format && ((v) => format(h.field, v)))}
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}

const QUERIES = { candidate: CandidateHistoryQuery, employer: EmployerHistoryQuery, opening: OpeningHistoryQuery } as const;

function LoadedHistory({ kind, id }: { kind: keyof typeof QUERIES; id: string }) {
  const [result, reload] = useQuery({ query: QUERIES[kind] as typeof OpeningHistoryQuery, variables: { id }, requestPolicy: 'network-only' });
  return (
    <QueryState state={result} reload={reload}>
      {(data) => {
        const record = (data as unknown as Record<string, { history: RecordChangeRow[] }>)[kind];
        return <ChangeTable changes={record.history} fieldNames={t.fields[kind]} />;
      }}
    </QueryState>
  );
}

/** "Ändringshistorik": shown when asked for, so that opening a record does not read its whole history. */
export function ChangeHistory({ kind, id }: { kind: keyof typeof QUERIES; id: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby="andringshistorik">
      <Title order={2} size="h3" id="andringshistorik">
        {t.heading}
      </Title>
      <Button variant="outline" color="blue.9" w="fit-content" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? t.hide : t.show}
      </Button>
      {open && <LoadedHistory kind={kind} id={id} />}
    </Stack>
  );
}
