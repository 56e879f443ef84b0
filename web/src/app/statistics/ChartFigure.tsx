import '@mantine/charts/styles.css';
import { LineChart, type LineChartProps } from '@mantine/charts';
import { Button } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

/** The lines' looks in order: colours told apart by the line's dashes too. */
const LINE_LOOKS = [{ color: 'blue.9' }, { color: 'orange.9', strokeDasharray: '6 3' }, { color: 'teal.9', strokeDasharray: '2 2' }];

interface ChartFigureProps {
  /** What the chart shows, in words, above it */
  summary: ReactNode;
  texts: { chartLabel: string; showTable: string; hideTable: string };
  /** A point per month, with a value under each line's name */
  data: LineChartProps['data'];
  /** The lines' names, at most three */
  lines: readonly string[];
  /** The chart's height and anything particular to it (axis, reference lines) */
  chart: Omit<LineChartProps, 'data' | 'dataKey' | 'series'>;
  /** The chart's figures: its text alternative, shown on request */
  table: ReactNode;
}

/**
 * A line chart month by month, with what it shows in words beside it and its data as a table on request (the table is
 * the chart's text alternative, for a screen reader and for anyone who wants the figures). The chart itself is one picture.
 */
export function ChartFigure({ summary, texts, data, lines, chart, table }: ChartFigureProps) {
  const [shown, setShown] = useState(false);
  const tableId = useId();
  return (
    <>
      {summary}
      <div role="img" aria-label={texts.chartLabel}>
        <LineChart
          data={data}
          dataKey="month"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={lines.map((name, i) => ({ name, ...LINE_LOOKS[i]! }))}
          lineChartProps={{ accessibilityLayer: false }}
          lineProps={{ isAnimationActive: false }}
          {...chart}
        />
      </div>
      <Button variant="outline" color="blue.9" size="xs" w="fit-content" aria-expanded={shown} aria-controls={tableId} onClick={() => setShown((s) => !s)}>
        {shown ? texts.hideTable : texts.showTable}
      </Button>
      <div id={tableId} hidden={!shown}>
        {table}
      </div>
    </>
  );
}
