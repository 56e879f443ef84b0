/**
 * The web benchmark's heavier pages: the statistics dashboard for a year and the person's page with a long history.
 * Each is measured from the moment the browser has read the page's answer to the moment all of it is on screen,
 * beside the time the answer itself took (the baseline of the same run).
 */
import type { Page } from 'playwright-core';
import { summarise } from './metrics.js';
import { LONG_HISTORY, seedLongHistory, type Call } from './web-history.js';
import { MEASURE_RENDER, type RenderMark } from './web-measure.js';

export const PAGE_BUDGET_MS = 500;

type Timing = { sent: number; read: number; shown: number };
type Line = (label: string, value: string) => void;

const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Everything a page shows as rows: table rows, list items, articles and chart surfaces in the main region. */
const CONTENT = 'main tr, main li, main article, main .recharts-surface';

/** Posts one operation with the page's session cookie. */
export function callIn(page: Page): Call {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const json = await page.evaluate(
      async ({ query, variables }) => {
        const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
        return (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> };
      },
      { query, variables },
    );
    if (json.errors?.length) throw new Error(`GraphQL: ${json.errors.map((e) => e.message).join('; ')}`);
    return json.data as T;
  };
}

/**
 * Loads `path` `runs` times (after two warm-up loads, the first of which counts what the page shows when it is
 * complete) and returns the render and answer times.
 */
async function measure(page: Page, path: string, operation: string, runs: number): Promise<{ render: number[]; answer: number[]; expected: number }> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const expected = await page.locator(CONTENT).count();
  const mark: RenderMark = { operation, selector: CONTENT, expected };
  await page.addInitScript(MEASURE_RENDER, mark);
  const render: number[] = [];
  const answer: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    await page.goto(path);
    const timing = await page.waitForFunction(() => (window as unknown as { __render?: Timing }).__render, null, { timeout: 60_000 });
    const t = (await timing.jsonValue()) as Timing;
    if (run === 0) continue;
    render.push(t.shown - t.read);
    answer.push(t.read - t.sent);
  }
  return { render, answer, expected };
}

function report(line: Line, result: { render: number[]; answer: number[]; expected: number }): void {
  const r = summarise(result.render);
  const a = summarise(result.answer);
  line('rows, items and charts on screen', `${result.expected}`);
  line('render: answer read -> all on screen, p50 / p95 / max', `${ms(r.p50)} / ${ms(r.p95)} / ${ms(Math.max(...result.render))}`);
  line('baseline: request sent -> answer read, p50 / p95', `${ms(a.p50)} / ${ms(a.p95)}`);
  line(`render p95 / budget (${PAGE_BUDGET_MS} ms)`, `${(r.p95 / PAGE_BUDGET_MS).toFixed(2)}`);
  line('render p50 / answer p50', `${(r.p50 / a.p50).toFixed(2)}`);
}

/** 4. The dashboard for this year for Trelleborg, grouped by sector, as manager1 sees it. */
export async function dashboard(page: Page, line: Line, runs: number): Promise<void> {
  const { organisations } = await callIn(page)<{ organisations: Array<{ id: string; name: string }> }>('{ organisations { id name } }');
  const trelleborg = organisations.find((o) => o.name.startsWith('Trelleborg'));
  if (!trelleborg) throw new Error('The demo has no organisation named Trelleborg…');
  const today = new Date().toISOString().slice(0, 10);
  const path = `/statistik?fran=${today.slice(0, 4)}-01-01&till=${today}&huvudman=${trelleborg.id}&grupp=bransch`;
  console.log('');
  console.log(
    `4. The statistics dashboard, ${trelleborg.name}, ${today.slice(0, 4)}-01-01..${today} per sector: answer read -> tables and charts on screen, ${runs} runs`,
  );
  report(line, await measure(page, path, 'Statistics', runs));
}

/** 5. The person's page with 100 follow-ups and 10 plan revisions, as secretary1 sees it, and opening the whole history. */
export async function personPage(page: Page, line: Line, runs: number): Promise<void> {
  const candidateId = await seedLongHistory(callIn(page));
  const path = `/arbetssokande/${candidateId}/vag`;
  console.log('');
  console.log(
    `5. A person's page with ${LONG_HISTORY.followUps} follow-ups and ${LONG_HISTORY.planRevisions} plan revisions: answer read -> page on screen, ${runs} runs`,
  );
  report(line, await measure(page, path, 'PersonPath', runs));
  const expand: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(path);
    const name = `Visa alla ${LONG_HISTORY.followUps} uppföljningar`;
    await page.getByText(name, { exact: true }).waitFor();
    // the whole history opens as a table paged ten at a time
    expand.push(await timeToRows(page, name, 10));
  }
  const e = summarise(expand);
  line(`"Visa alla ${LONG_HISTORY.followUps} uppföljningar" -> its first page on screen, p50 / p95`, `${ms(e.p50)} / ${ms(e.p95)}`);
}

/** Clicks the disclosure or button named `name` in the page and measures until `rows` more table rows than before are painted. */
async function timeToRows(page: Page, name: string, rows: number): Promise<number> {
  return page.evaluate(
    ({ name, rows }) =>
      new Promise<number>((resolve, reject) => {
        const target = document.querySelectorAll('main tbody tr').length + rows;
        const button = [...document.querySelectorAll<HTMLElement>('summary, button')].find((b) => b.textContent?.trim() === name);
        if (!button) return reject(new Error(`No button "${name}"`));
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll('main tbody tr').length < target) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => reject(new Error(`${rows} more rows never came after "${name}"`)), 30_000);
        const started = performance.now();
        button.click();
      }),
    { name, rows },
  );
}
