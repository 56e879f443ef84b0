import '@mantine/charts/styles.css';
import { Button } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

interface ChartFigureProps {
  /** What the chart shows, in words, above it */
  summary: ReactNode;
  /** The chart's accessible name */
  label: string;
  chart: ReactNode;
  /** The chart's figures: its text alternative, shown on request */
  table: ReactNode;
  showTable: string;
  hideTable: string;
}

/**
 * A chart with what it shows in words beside it and its data as a table on request (the table is the chart's text
 * alternative, for a screen reader and for anyone who wants the figures). The chart itself is one picture.
 */
export function ChartFigure({ summary, label, chart, table, showTable, hideTable }: ChartFigureProps) {
  const [shown, setShown] = useState(false);
  const tableId = useId();
  return (
    <>
      {summary}
      <div role="img" aria-label={label}>
        {chart}
      </div>
      <Button variant="outline" color="blue.9" size="xs" w="fit-content" aria-expanded={shown} aria-controls={tableId} onClick={() => setShown((s) => !s)}>
        {shown ? hideTable : showTable}
      </Button>
      <div id={tableId} hidden={!shown}>
        {table}
      </div>
    </>
  );
}
