import { Table, type TableProps } from '@mantine/core';
import type { ReactNode, Ref } from 'react';

/** A column heading; a numeric column is right-aligned, like its figures. */
export type DataColumn = string | { label: string; numeric: true };

interface DataTableProps extends Omit<TableProps, 'children' | 'caption'> {
  /** What the table shows, above it: its accessible name */
  caption: ReactNode;
  columns: readonly DataColumn[];
  /** The caption in the body text's weight rather than bold */
  plainCaption?: boolean;
  ref?: Ref<HTMLTableElement>;
  /** The body's rows */
  children: ReactNode;
}

/** A table with its caption on top and a heading per column (scope="col"): the rows are the caller's. */
export function DataTable({ caption, columns, plainCaption = false, children, ...table }: DataTableProps) {
  return (
    <Table captionSide="top" withTableBorder verticalSpacing="xs" {...table}>
      <Table.Caption style={plainCaption ? { textAlign: 'left' } : { textAlign: 'left', fontWeight: 700 }} c="gray.9">
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) =>
            typeof column === 'string' ? (
              <Table.Th key={column} scope="col">
                {column}
              </Table.Th>
            ) : (
              <Table.Th key={column.label} scope="col" ta="right">
                {column.label}
              </Table.Th>
            ),
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

/** A numeric column's heading. */
export const numeric = (label: string): DataColumn => ({ label, numeric: true });
