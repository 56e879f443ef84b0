/**
 * Statistics as files to download: CSV for any tool and XLSX for Excel, with Swedish column headers (the
 * controllers and the principal's reviewers read them). Pure builders: the rows in, the file's bytes out.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { ExitReason } from '../../candidates/candidate.enums.js';
import { ExportFormat, StatisticsGroupBy } from './statistics.enums.js';
import type { ExportFile, StatisticsResult, StatisticsRow } from './statistics.types.js';

/** A table to write: headers and rows of cells. */
export interface ExportTable {
  headers: string[];
  rows: Array<Array<string | number | null>>;
}

/** One grouping of a file (a monthly report has two: per sector and per team). */
export interface ExportSection {
  result: StatisticsResult;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheets of the workbook. */
export const INDICATOR_SHEET = 'Indikatorer';
export const MONTHLY_SHEET = 'Månadsvis';

const GROUPING_LABEL: Record<StatisticsGroupBy, string> = {
  [StatisticsGroupBy.PRINCIPAL]: 'Huvudman',
  [StatisticsGroupBy.SECTOR]: 'Bransch',
  [StatisticsGroupBy.TEAM]: 'Bransch-team',
  [StatisticsGroupBy.SECRETARY]: 'Arbetsmarknadssekreterare',
};

/** The exit reasons as the administration writes them. */
export const EXIT_REASON_LABEL: Record<ExitReason, string> = {
  [ExitReason.WORK_UNSUBSIDISED]: 'Arbete utan subvention',
  [ExitReason.WORK_SUBSIDISED]: 'Subventionerat arbete',
  [ExitReason.MUNICIPAL_LABOUR_MARKET_EMPLOYMENT]: 'Kommunal arbetsmarknadsanställning',
  [ExitReason.STUDIES_STUDENT_AID]: 'Studier med studiemedel',
  [ExitReason.STUDIES_OTHER]: 'Övriga studier',
  [ExitReason.MOVED]: 'Flyttat',
  [ExitReason.SICKNESS_BENEFIT]: 'Sjukersättning',
  [ExitReason.OTHER_SUPPORT]: 'Annan försörjning',
  [ExitReason.UNKNOWN]: 'Okänd orsak',
};

/** The indicator columns: header and value of a row. */
const INDICATORS: Array<[string, (r: StatisticsRow) => string | number | null]> = [
  ['Inskrivna', (r) => r.enrolled],
  ['Nyinskrivna', (r) => r.newlyEnrolled],
  ['Avslut', (r) => r.exits],
  ['Avslut till arbete', (r) => r.exitsByOutcome.work],
  ['Avslut till studier', (r) => r.exitsByOutcome.studies],
  ['Övriga avslut', (r) => r.exitsByOutcome.other],
  ['Avslut till arbete, månadskontroll ej klar', (r) => r.exitsByOutcome.workPending],
  ['Till arbete eller studier, andel av inskrivna (%)', (r) => r.shareOfEnrolled.percent],
  ['Till arbete eller studier, andel av avslut (%) (Kolada)', (r) => r.shareOfExits.percent],
  ['Pågående vid periodens slut', (r) => r.openAtEnd],
  ['Med aktuell plan', (r) => r.currentPlan.numerator],
  ['Andel med aktuell plan (%)', (r) => r.currentPlan.percent],
  ['Planer upprättade', (r) => r.workingDaysToPlan.count],
  ['Arbetsdagar till plan, median', (r) => r.workingDaysToPlan.median],
  ['Arbetsdagar till plan, medel', (r) => roundTo(r.workingDaysToPlan.mean, 2)],
  ['Plan inom 1 arbetsdag (%)', (r) => r.workingDaysToPlan.withinTarget.percent],
  ['Branschval', (r) => r.workingDaysToSector.count],
  ['Arbetsdagar till branschval, median', (r) => r.workingDaysToSector.median],
  ['Branschval inom 5 arbetsdagar (%)', (r) => r.workingDaysToSector.withinTarget.percent],
  ['Försenade veckouppföljningar', (r) => r.overdueFollowUps],
  ['Minskat försörjningsstöd per månad (kr)', (r) => r.economy?.aidReducedPerMonth ?? null],
  ['Ökade skatteintäkter per månad (kr)', (r) => r.economy?.taxIncreasePerMonth ?? null],
  ['Programkostnad (kr)', (r) => r.economy?.programmeCost ?? null],
  ...Object.values(ExitReason).map((reason): [string, (r: StatisticsRow) => number] => [
    `Avslut: ${EXIT_REASON_LABEL[reason]}`,
    (r) => r.exitsByReason.find((e) => e.reason === reason)?.count ?? 0,
  ]),
];

const PERIOD_HEADERS = ['Från', 'Till', 'Räknat per dag', 'Gruppering', 'Grupp'];

/** One line per group and a total line per section, with the period. */
export function indicatorTable(sections: readonly ExportSection[]): ExportTable {
  return {
    headers: [...PERIOD_HEADERS, ...INDICATORS.map(([header]) => header)],
    rows: sections.flatMap(({ result }) =>
      [...result.rows, result.total].map((row) => [
        result.from,
        result.to,
        result.asOf,
        GROUPING_LABEL[result.groupBy],
        row.label,
        ...INDICATORS.map(([, value]) => value(row)),
      ]),
    ),
  };
}

/** The monthly series: one line per group (and total) and month. */
export function monthlyTable(sections: readonly ExportSection[]): ExportTable {
  return {
    headers: ['Gruppering', 'Grupp', 'Månad', 'Inskrivna under månaden', 'Nyinskrivna', 'Avslut', 'Avslut till arbete eller studier'],
    rows: sections.flatMap(({ result }) =>
      [...result.rows, result.total].flatMap((row) =>
        row.monthly.map((m) => [GROUPING_LABEL[result.groupBy], row.label, m.month, m.enrolled, m.newlyEnrolled, m.exited, m.exitsToWorkOrStudies]),
      ),
    ),
  };
}

/**
 * CSV as Excel with Swedish settings opens it by double-click: UTF-8 with a byte-order mark (else Excel guesses
 * Windows-1252 and garbles å, ä, ö), semicolons between fields (the Swedish list separator, since the comma is the
 * decimal sign), decimal commas, CRLF line ends. Fields are quoted when they hold a separator, quote or line break.
 */
export function toCsv(table: ExportTable): Buffer {
  const text = stringify([table.headers, ...table.rows], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    cast: { number: (n: number) => String(n).replace('.', ',') },
  });
  return Buffer.from(text, 'utf8');
}

/** An Excel workbook with one sheet per table; numbers stay numbers, headers bold and frozen. */
export async function toXlsx(sheets: ReadonlyArray<{ name: string; table: ExportTable }>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Brygga';
  for (const { name, table } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? undefined));
    sheet.columns.forEach((column, i) => {
      column.width = Math.min(40, Math.max(10, table.headers[i].length + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The file of one or more groupings: CSV holds the indicator table (the monthly series is a second table and a
 * CSV file has one, so it is in the workbook only); XLSX holds the indicators and the monthly series.
 */
export async function buildExport(sections: readonly ExportSection[], format: ExportFormat, basename: string): Promise<ExportFile> {
  if (format === ExportFormat.CSV) {
    return { filename: `${basename}.csv`, contentType: CSV_CONTENT_TYPE, base64: toCsv(indicatorTable(sections)).toString('base64') };
  }
  const xlsx = await toXlsx([
    { name: INDICATOR_SHEET, table: indicatorTable(sections) },
    { name: MONTHLY_SHEET, table: monthlyTable(sections) },
  ]);
  return { filename: `${basename}.xlsx`, contentType: XLSX_CONTENT_TYPE, base64: xlsx.toString('base64') };
}

/** A file-name part from a name: "Svedala kommun" -> "svedala-kommun", å/ä/ö -> a/a/o. */
export function fileNamePart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function roundTo(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
