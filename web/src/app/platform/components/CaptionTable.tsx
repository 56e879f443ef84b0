import { Table, Text } from '@mantine/core';
import type { ComponentProps, ReactNode, Ref } from 'react';
import { DataTable, type DataColumn } from './DataTable';

interface CaptionTableProps<Row> extends Omit<ComponentProps<typeof DataTable>, 'children' | 'columns' | 'ref'> {
  /** The column headings; `false` leaves a column out (e.g. actions the viewer may not use) */
  columns: ReadonlyArray<DataColumn | false>;
  rows: readonly Row[];
  /** One <Table.Tr> with its key, the first cell a row heading */
  row(row: Row): ReactNode;
  /** Written out instead of the table when there are no rows (without it, nothing is drawn) */
  empty?: string;
  /** Scroll sideways below this width rather than squeeze the columns */
  minWidth?: number;
  /** Without the frame and the roomier rows, for a table inside a part of a page */
  plain?: boolean;
  tableRef?: Ref<HTMLTableElement>;
}

/** A list's table (a DataTable, one row per item), or its empty state written out when there is nothing to list. */
export function CaptionTable<Row>({ columns, rows, row, empty, minWidth, plain = false, tableRef, ...tableProps }: CaptionTableProps<Row>) {
  if (rows.length === 0) return empty ? <Text>{empty}</Text> : null;
  const table = (
    <DataTable
      columns={columns.filter((column) => column !== false)}
      ref={tableRef}
      {...(plain ? { withTableBorder: false, verticalSpacing: undefined } : {})}
      {...tableProps}
    >
      {rows.map(row)}
    </DataTable>
  );
  return minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table;
}
