import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { MonthlyReportsService } from '../../src/modules/statistics/monthly-reports.service.js';
import { BrowserHarness, expectAccessible, signIn } from '../support/browser.js';

const SHARE = 'numerator denominator percent';
const DAYS = `count median withinTarget { ${SHARE} }`;
const ROW = `key label total enrolled newlyEnrolled exits openAtEnd overdueFollowUps shareOfEnrolled { ${SHARE} } shareOfExits { ${SHARE} } currentPlan { ${SHARE} }
  workingDaysToPlan { ${DAYS} } workingDaysToSector { ${DAYS} }
  monthly { month enrolled newlyEnrolled exited exitsToWorkOrStudies }`;
const STATISTICS = `query($from: String!, $to: String!, $groupBy: StatisticsGroupBy!) {
  statistics(from: $from, to: $to, groupBy: $groupBy) { rows { ${ROW} } total { ${ROW} } } }`;

interface Share {
  numerator: number;
  denominator: number;
  percent: number | null;
}
interface WorkingDays {
  count: number;
  median: number | null;
  withinTarget: Share;
}
interface Row {
  label: string;
  enrolled: number;
  newlyEnrolled: number;
  exits: number;
  overdueFollowUps: number;
  shareOfEnrolled: Share;
  shareOfExits: Share;
  currentPlan: Share;
  workingDaysToPlan: WorkingDays;
  workingDaysToSector: WorkingDays;
  monthly: Array<{ month: string; enrolled: number; newlyEnrolled: number; exited: number; exitsToWorkOrStudies: number }>;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const number = (n: number) => new Intl.NumberFormat('sv-SE').format(n);
/** A median as the dashboard writes it: at most two decimals, a decimal comma, a dash when nothing was done. */
const median = (m: number | null) => (m === null ? '–' : new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(m));
/** A number or nothing as the CSV writes it: a decimal comma, an empty field for nothing. */
const csvNumber = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
const share = (s: Share) => `${s.percent === null ? 'ingen andel' : `${s.percent} %`} (${number(s.numerator)} av ${number(s.denominator)})`;
/** Spaces as a person reads them: the thousands' no-break space and line breaks as one space. */
const clean = (text: string) => text.replace(/[\u00a0\u202f\s]+/g, ' ').trim();

/** What is read of a table element in the page (the spec is compiled without the DOM's types). */
interface HtmlTable {
  tHead: { rows: ArrayLike<{ cells: Iterable<{ innerText: string }> }> } | null;
  tBodies: ArrayLike<{ rows: Iterable<{ cells: Iterable<{ innerText: string }> }> }>;
}

/** A table as text: its column headers and, per row, the row header and cells. */
async function tableOf(table: Locator): Promise<{ headers: string[]; rows: string[][] }> {
  const raw = await table.evaluate((element) => {
    const t = element as unknown as HtmlTable;
    return {
      headers: [...t.tHead!.rows[0]!.cells].map((c) => c.innerText),
      rows: [...t.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.innerText)),
    };
  });
  return { headers: raw.headers.map(clean), rows: raw.rows.map((r) => r.map(clean)) };
}

/** The row of a table whose header cell is `label`, as header -> cell. */
function rowOf(table: { headers: string[]; rows: string[][] }, label: string): Record<string, string> {
  const row = table.rows.find((r) => r[0] === label);
  if (!row) throw new Error(`No row ${label} in ${JSON.stringify(table.rows.map((r) => r[0]))}`);
  return Object.fromEntries(table.headers.map((h, i) => [h, row[i]!]));
}

/** The Swedish CSV (BOM, semicolons, CRLF, decimal commas) as header -> value per line. */
function parseCsv(text: string): Array<Record<string, string>> {
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l.length > 0);
  const split = (line: string) => line.split(';').map((f) => f.replace(/^"|"$/g, ''));
  return lines.map((line) => Object.fromEntries(split(header!).map((h, i) => [h, split(line)[i]!])));
}

/** The managers' statistics dashboard, "Statistik", as manager1 uses it in Chromium. */
describe('The web app: the statistics dashboard', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await BrowserHarness.start();
  });
  afterAll(() => h?.close());

  /** This year so far ("I år"): the demo's history is the last 400 days. */
  const to = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const from = `${to.slice(0, 4)}-01-01`;
  const api = async (groupBy: string) => (await h.t.ok<{ statistics: { rows: Row[]; total: Row } }>('manager1', STATISTICS, { from, to, groupBy })).statistics;

  async function choose(page: Page, label: string, option: string): Promise<void> {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  /** The charts draw themselves a moment after the page: photographed once their lines are there. */
  const chartsDrawn = (page: Page) => page.locator('.recharts-line').first().waitFor();

  it('manager1 reads this year per sector: the screen and the CSV and XLSX downloads give the API’s figures', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'manager1');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Statistik' }).click();
    await page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();
    expect(await page.title()).toBe('Statistik – Brygga');
    await page.getByRole('button', { name: 'Förra året' }).click();
    await page.getByRole('button', { name: 'I år' }).click();
    await choose(page, 'Gruppera per', 'Bransch');
    await page.waitForURL((url) => url.searchParams.get('grupp') === 'bransch' && url.searchParams.get('fran') === from);
    expect(new URL(page.url()).searchParams.get('till')).toBe(to);
    await page.getByText(`Perioden ${from}–${to}.`).waitFor();
    expect(await page.getByRole('button', { name: 'I år' }).getAttribute('aria-pressed')).toBe('true');
    const caption = `Indikatorer per bransch, ${from}–${to}`;
    await page.getByRole('table', { name: caption }).waitFor();
    await chartsDrawn(page);
    await expectAccessible(page, 'statistik-bransch');
    // a table wider than the page scrolls on its own: the page itself never scrolls sideways
    expect(await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)).toBeLessThanOrEqual(0);

    const stats = await api('SECTOR');
    const screen = await tableOf(page.getByRole('table', { name: caption }));
    expect(screen.rows.map((r) => r[0])).toEqual([...stats.rows, stats.total].map((r) => r.label));
    for (const row of [...stats.rows, stats.total]) {
      expect(rowOf(screen, row.label)).toMatchObject({
        Inskrivna: number(row.enrolled),
        Nyinskrivna: number(row.newlyEnrolled),
        Avslut: number(row.exits),
        'Arbete eller studier, andel av inskrivna': share(row.shareOfEnrolled),
        'Arbete eller studier, andel av avslut (Kolada)': share(row.shareOfExits),
        'Med aktuell plan': share(row.currentPlan),
        'Arbetsdagar till plan, median': median(row.workingDaysToPlan.median),
        'Arbetsdagar till branschval, median': median(row.workingDaysToSector.median),
        'Försenade veckouppföljningar': number(row.overdueFollowUps),
      });
    }
    // the key figures are the total's
    const cards = page.getByRole('region', { name: 'Nyckeltal' });
    await expect(
      cards
        .getByRole('listitem')
        .filter({ hasText: /^Inskrivna/ })
        .innerText(),
    ).resolves.toContain(number(stats.total.enrolled));

    // the CSV file, downloaded as a person does, holds the same figures
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`brygga-statistik-alla-${from}-${to}-sector.csv`);
    const csv = parseCsv(await readFile((await download.path())!, 'utf8'));
    await page
      .getByRole('status')
      .filter({ hasText: `Filen ${download.suggestedFilename()} är nedladdad.` })
      .waitFor();
    expect(csv.map((l) => l['Grupp'])).toEqual([...stats.rows, stats.total].map((r) => r.label));
    for (const row of [...stats.rows, stats.total]) {
      const line = csv.find((l) => l['Grupp'] === row.label)!;
      expect(line).toMatchObject({
        Från: from,
        Till: to,
        Gruppering: 'Bransch',
        Inskrivna: String(row.enrolled),
        Nyinskrivna: String(row.newlyEnrolled),
        Avslut: String(row.exits),
        'Till arbete eller studier, andel av inskrivna (%)': row.shareOfEnrolled.percent === null ? '' : String(row.shareOfEnrolled.percent),
        'Till arbete eller studier, andel av avslut (%) (Kolada)': row.shareOfExits.percent === null ? '' : String(row.shareOfExits.percent),
        'Med aktuell plan': String(row.currentPlan.numerator),
        'Planer upprättade': String(row.workingDaysToPlan.count),
        'Arbetsdagar till plan, median': csvNumber(row.workingDaysToPlan.median),
        'Plan inom 1 arbetsdag (%)': csvNumber(row.workingDaysToPlan.withinTarget.percent),
        Branschval: String(row.workingDaysToSector.count),
        'Arbetsdagar till branschval, median': csvNumber(row.workingDaysToSector.median),
        'Branschval inom 5 arbetsdagar (%)': csvNumber(row.workingDaysToSector.withinTarget.percent),
        'Försenade veckouppföljningar': String(row.overdueFollowUps),
      });
    }
    // the workbook: the same indicators, and the monthly series on a sheet of its own
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner Excel (XLSX)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe(`brygga-statistik-alla-${from}-${to}-sector.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Indikatorer')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (row: number, header: string) => sheet.getRow(row).getCell(headers.indexOf(header) + 1).value;
    expect([...stats.rows, stats.total].map((_, i) => [cell(i + 2, 'Grupp'), cell(i + 2, 'Inskrivna'), cell(i + 2, 'Avslut')])).toEqual(
      [...stats.rows, stats.total].map((r) => [r.label, r.enrolled, r.exits]),
    );
    expect(workbook.getWorksheet('Månadsvis')).toBeDefined();
    await expectAccessible(page, 'statistik-nedladdad');
    await context.close();
  });

  it('shows Trelleborg and Svedala side by side, and the chart’s table holds the monthly figures', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'manager1');
    await page.goto(`/statistik?fran=${from}&till=${to}&grupp=bransch`);
    await page.getByRole('table', { name: `Indikatorer per bransch, ${from}–${to}` }).waitFor();
    await choose(page, 'Gruppera per', 'Huvudman');
    await page.getByRole('heading', { name: 'Huvudmännen sida vid sida', level: 2 }).waitFor();
    const table = page.getByRole('table', { name: `Indikatorer per huvudman, ${from}–${to}` });
    await table.waitFor();
    const stats = await api('PRINCIPAL');
    const screen = await tableOf(table);
    expect(screen.headers).toEqual(['Indikator', 'Svedala kommun', 'Trelleborgs kommun', 'Totalt']);
    const byLabel = (label: string) => screen.rows.find((r) => r[0] === label)!;
    expect(byLabel('Inskrivna').slice(1)).toEqual([...stats.rows, stats.total].map((r) => number(r.enrolled)));
    expect(byLabel('Arbete eller studier, andel av avslut (Kolada)').slice(1)).toEqual([...stats.rows, stats.total].map((r) => share(r.shareOfExits)));
    // working days from first contact to plan and to sector: the median and the share within the target
    expect(byLabel('Arbetsdagar till plan, median').slice(1)).toEqual([...stats.rows, stats.total].map((r) => median(r.workingDaysToPlan.median)));
    expect(byLabel('Plan inom 1 arbetsdag').slice(1)).toEqual([...stats.rows, stats.total].map((r) => share(r.workingDaysToPlan.withinTarget)));
    expect(byLabel('Arbetsdagar till branschval, median').slice(1)).toEqual([...stats.rows, stats.total].map((r) => median(r.workingDaysToSector.median)));
    expect(byLabel('Branschval inom 5 arbetsdagar').slice(1)).toEqual([...stats.rows, stats.total].map((r) => share(r.workingDaysToSector.withinTarget)));
    await chartsDrawn(page);
    await expectAccessible(page, 'statistik-huvudman');

    // the chart's data as a table, opened with the keyboard
    const toggle = page.getByRole('button', { name: 'Visa månadsdiagrammets data som tabell' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const monthly = page.getByRole('table', { name: 'Inskrivna och avslut per månad (diagrammets data)' });
    await monthly.waitFor();
    expect(await page.getByRole('button', { name: 'Dölj månadstabellen' }).getAttribute('aria-expanded')).toBe('true');
    const months = await tableOf(monthly);
    expect(months.rows).toEqual(
      stats.total.monthly.map((m) => [
        `${MONTHS[Number(m.month.slice(5)) - 1]} ${m.month.slice(0, 4)}`,
        number(m.enrolled),
        number(m.newlyEnrolled),
        number(m.exited),
        number(m.exitsToWorkOrStudies),
      ]),
    );
    expect(months.rows.length).toBeGreaterThan(0);
    await expect(page.getByRole('img', { name: /Diagram: inskrivna, avslut/ }).count()).resolves.toBe(1);
    await expectAccessible(page, 'statistik-diagram-tabell');
    await context.close();
  });

  it('shows the ranking’s exposure over the last year as a chart with its table, and the failed jobs', async () => {
    const { context, page } = await h.newPage();
    await signIn(page, 'manager1');
    await page.goto('/statistik');
    const exposure = page.getByRole('region', { name: 'Rankningens exponering över tid' });
    await exposure.getByText(/^Under de senaste 12 månaderna/).waitFor();
    await expect(exposure.getByText(/fyra femtedelar/).count()).resolves.toBe(1);
    await exposure.getByRole('button', { name: 'Visa exponeringsdiagrammets data som tabell' }).click();
    const table = await tableOf(exposure.getByRole('table', { name: 'Spridning per månad och dimension (diagrammets data)' }));
    expect(table.headers).toEqual(['Månad', 'Platser med förslag', 'Föreslagna', 'Inskrivna', 'Ålder', 'Nyanländ', 'Svenskanivå']);
    expect(table.rows).toHaveLength(12);
    const history = (await h.t.ok('manager1', '{ rankingExposureHistory { appearances } }')).rankingExposureHistory as Array<{ appearances: number }>;
    expect(table.rows.map((r) => r[2])).toEqual(history.map((m) => number(m.appearances)));

    const failed = page.getByRole('region', { name: 'Bakgrundsjobb som har misslyckats' });
    const jobs = (await h.t.ok('manager1', '{ failedJobs { id } }')).failedJobs as unknown[];
    if (jobs.length === 0) await failed.getByText('Inga jobb har misslyckats.').waitFor();
    else expect(await failed.getByRole('row').count()).toBe(jobs.length + 1);
    await chartsDrawn(page);
    await expectAccessible(page, 'statistik-exponering-jobb');
    await context.close();
  });

  it('manager1 sets Svedala’s economic parameters, with the error next to the field, and opens and downloads a monthly report', async () => {
    await h.t.asScheduler(() => h.t.app.get(MonthlyReportsService).produceDue());
    const { monthlyReports } = await h.t.ok('manager1', '{ monthlyReports { totalCount items { id principalName month } } }');
    expect(monthlyReports.totalCount).toBeGreaterThan(0);
    const report = (monthlyReports.items as Array<{ id: string; principalName: string; month: string }>).find((r) => r.principalName === 'Svedala kommun')!;
    const month = `${MONTHS[Number(report.month.slice(5, 7)) - 1]} ${report.month.slice(0, 4)}`;

    const { context, page } = await h.newPage();
    await signIn(page, 'manager1');
    await page.goto('/statistik');
    await page.getByRole('button', { name: 'Sätt parametrar för Svedala kommun' }).click();
    const dialog = page.getByRole('dialog', { name: 'Parametrar för Svedala kommun' });
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Fyll i ett belopp.').first().waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Försörjningsstöd per person och månad (kr)' }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'statistik-parametrar-fel');
    await dialog.getByRole('textbox', { name: 'Försörjningsstöd per person och månad (kr)' }).fill('8000');
    await dialog.getByRole('textbox', { name: 'Kommunalskatt per person i arbete och månad (kr)' }).fill('7500');
    await dialog.getByRole('textbox', { name: 'Kostnad per inskriven (kr)' }).fill('28915');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').filter({ hasText: 'Parametrarna för Svedala kommun är sparade (version 1).' }).waitFor();
    const { statistics } = await h.t.ok(
      'manager1',
      `query($f: String!, $t: String!) { statistics(from: $f, to: $t) { rows { label economy { aidReducedPerMonth } } } }`,
      {
        f: from,
        t: to,
      },
    );
    const aid = statistics.rows.find((r: { label: string }) => r.label === 'Svedala kommun').economy.aidReducedPerMonth as number;
    // the estimates are counted again with the new parameters
    const kronor = clean(new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(aid));
    const economy = page.getByRole('table', { name: 'Ekonomisk effekt per grupp' });
    await economy
      .getByRole('row')
      .filter({ hasText: 'Svedala kommun' })
      .filter({ hasText: new RegExp(kronor.replace(/ /g, '[\\s\\u00a0\\u202f]')) })
      .waitFor();
    expect(rowOf(await tableOf(economy), 'Svedala kommun')['Minskat försörjningsstöd per månad']).toBe(kronor);

    // the monthly report, opened on the page and downloaded
    const reports = page.getByRole('region', { name: 'Månadsrapporter' });
    await reports.getByRole('button', { name: `Visa ${month}, Svedala kommun` }).click();
    await page.getByRole('table', { name: `Månadsrapport ${month}, Svedala kommun: per bransch` }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reports.getByRole('button', { name: `Ladda ner ${month}, Svedala kommun, som CSV` }).click(),
    ]);
    const file = (await h.t.ok('manager1', 'query($id: ID!) { monthlyReportExport(id: $id, format: CSV) { filename base64 } }', { id: report.id }))
      .monthlyReportExport;
    expect(download.suggestedFilename()).toBe(file.filename);
    expect(await readFile((await download.path())!)).toEqual(Buffer.from(file.base64, 'base64'));
    await expectAccessible(page, 'statistik-manadsrapport');
    await context.close();
  });
});
