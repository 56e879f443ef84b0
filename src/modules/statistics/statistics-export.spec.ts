import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { ExitReason } from '../../candidates/candidate.enums.js';
import { share } from './indicators.js';
import { monthsOf } from './period.js';
import { buildExport, CSV_CONTENT_TYPE, fileNamePart, INDICATOR_SHEET, MONTHLY_SHEET, XLSX_CONTENT_TYPE } from './statistics-export.js';
import { ExportFormat, StatisticsGroupBy } from './statistics.enums.js';
import type { StatisticsResult, StatisticsRow } from './statistics.types.js';

const months = monthsOf('2024-01-01', '2024-03-31');

function row(key: string | null, label: string, enrolled: number, work: number, studies: number, other: number): StatisticsRow {
  return {
    key,
    label,
    total: key === 'total',
    enrolled,
    newlyEnrolled: enrolled - 1,
    exits: work + studies + other,
    exitsByReason: Object.values(ExitReason).map((reason) => ({
      reason,
      count: reason === ExitReason.WORK_UNSUBSIDISED ? work : reason === ExitReason.STUDIES_STUDENT_AID ? studies : reason === ExitReason.MOVED ? other : 0,
    })),
    exitsByOutcome: { work, studies, other, workPending: 0, settled: work + studies + other },
    shareOfEnrolled: share(work + studies, enrolled),
    shareOfExits: share(work + studies, work + studies + other),
    openAtEnd: 4,
    currentPlan: share(3, 4),
    workingDaysToPlan: { count: 2, median: 1.5, mean: 1.5, targetWorkingDays: 1, withinTarget: share(1, 2) },
    workingDaysToSector: { count: 0, median: null, mean: null, targetWorkingDays: 5, withinTarget: share(0, 0) },
    overdueFollowUps: 1,
    monthly: months.map((m, i) => ({ ...m, enrolled: enrolled - i, newlyEnrolled: 1, exited: i, exitsToWorkOrStudies: i === 2 ? work + studies : 0 })),
    economy: key === null ? null : { aidReducedPerMonth: (work + studies) * 8000, taxIncreasePerMonth: work * 7500.5, programmeCost: null },
  };
}

const result: StatisticsResult = {
  from: '2024-01-01',
  to: '2024-03-31',
  asOf: '2024-03-31',
  groupBy: StatisticsGroupBy.SECTOR,
  principalIds: ['p'],
  rows: [row('s1', 'Vård och omsorg', 10, 2, 1, 1), row(null, 'Ingen bransch vald', 3, 0, 0, 1)],
  total: { ...row('total', 'Totalt', 13, 2, 1, 2), key: null, total: true },
};

describe('the CSV export', () => {
  it('is UTF-8 with a BOM, semicolon-separated with decimal commas and Swedish headers, one line per group and the total', async () => {
    const file = await buildExport([{ result }], ExportFormat.CSV, 'brygga-statistik-test');
    expect(file).toMatchObject({ filename: 'brygga-statistik-test.csv', contentType: CSV_CONTENT_TYPE });
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(4);
    const [headers, ...rows] = lines.map((l) => l.split(';'));
    const cell = (r: string[], header: string) => r[headers.indexOf(header)];
    expect(headers.slice(0, 6)).toEqual(['Från', 'Till', 'Räknat per dag', 'Gruppering', 'Grupp', 'Inskrivna']);
    expect(headers).toContain('Avslut: Studier med studiemedel');
    expect(rows.map((r) => cell(r, 'Grupp'))).toEqual(['Vård och omsorg', 'Ingen bransch vald', 'Totalt']);
    expect(rows.map((r) => cell(r, 'Gruppering'))).toEqual(['Bransch', 'Bransch', 'Bransch']);
    const care = rows[0];
    expect(cell(care, 'Inskrivna')).toBe('10');
    expect(cell(care, 'Till arbete eller studier, andel av inskrivna (%)')).toBe('30');
    expect(cell(care, 'Till arbete eller studier, andel av avslut (%) (Kolada)')).toBe('75');
    expect(cell(care, 'Arbetsdagar till plan, median')).toBe('1,5');
    expect(cell(care, 'Ökade skatteintäkter per månad (kr)')).toBe('15001');
    expect(cell(care, 'Avslut: Arbete utan subvention')).toBe('2');
    // no share without a denominator, no estimate without parameters: empty fields, not zeros
    expect(cell(care, 'Branschval inom 5 arbetsdagar (%)')).toBe('');
    expect(cell(rows[1], 'Minskat försörjningsstöd per månad (kr)')).toBe('');
    expect(cell(rows[2], 'Inskrivna')).toBe('13');
  });

  it('quotes a group name that holds the separator', async () => {
    const odd = { ...result, rows: [{ ...result.rows[0], label: 'Hotell; restaurang' }] };
    const text = Buffer.from((await buildExport([{ result: odd }], ExportFormat.CSV, 'x')).base64, 'base64').toString('utf8');
    expect(text).toContain(';"Hotell; restaurang";');
  });
});

describe('the XLSX export', () => {
  it('has a sheet for the rows and one for the monthly series, numbers as numbers', async () => {
    const file = await buildExport([{ result }, { result: { ...result, groupBy: StatisticsGroupBy.TEAM } }], ExportFormat.XLSX, 'brygga-manadsrapport-svedala-kommun-2024-03');
    expect(file).toMatchObject({ filename: 'brygga-manadsrapport-svedala-kommun-2024-03.xlsx', contentType: XLSX_CONTENT_TYPE });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([INDICATOR_SHEET, MONTHLY_SHEET]);

    const values = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    const [headers, ...rows] = values(workbook.getWorksheet(INDICATOR_SHEET)!);
    expect(rows).toHaveLength(6); // two groupings x (two groups + total)
    const col = (header: string) => headers.indexOf(header);
    expect(rows.map((r) => r[col('Gruppering')])).toEqual(['Bransch', 'Bransch', 'Bransch', 'Bransch-team', 'Bransch-team', 'Bransch-team']);
    expect(rows[0][col('Inskrivna')]).toBe(10);
    expect(rows[0][col('Arbetsdagar till plan, median')]).toBe(1.5);
    expect(rows[0][col('Minskat försörjningsstöd per månad (kr)')]).toBe(24_000);
    expect(rows[1][col('Minskat försörjningsstöd per månad (kr)')]).toBeUndefined();

    const [monthHeaders, ...monthRows] = values(workbook.getWorksheet(MONTHLY_SHEET)!);
    expect(monthHeaders).toEqual(['Gruppering', 'Grupp', 'Månad', 'Inskrivna under månaden', 'Nyinskrivna', 'Avslut', 'Avslut till arbete eller studier']);
    expect(monthRows).toHaveLength(2 * 3 * 3);
    expect(monthRows[2]).toEqual(['Bransch', 'Vård och omsorg', '2024-03', 8, 1, 2, 3]);
  });
});

describe('file names', () => {
  it.each([
    ['Svedala kommun', 'svedala-kommun'],
    ['Trelleborgs kommun', 'trelleborgs-kommun'],
    ['Ängelholm/Örkelljunga', 'angelholm-orkelljunga'],
  ])('%s -> %s', (name, part) => {
    expect(fileNamePart(name)).toBe(part);
  });
});
