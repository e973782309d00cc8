import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { openBrowser, outputDir } from './browser.ts';

/**
 * Load timings of the production build, cold (a fresh profile each run, so nothing is cached):
 * first contentful paint, the moment the gemeente table is on screen, the worker's fetch and
 * parse of the national table, and the longest main-thread task while loading. Numbers go to
 * test-output/performance.json; the assertions are loose budgets because CI machines are shared.
 */
const baseUrl = inject('baseUrl');
const buildMs = inject('buildMs');

interface Run {
  firstContentfulPaintMs: number | null;
  tableVisibleMs: number;
  workerFetchMs: number;
  workerParseMs: number;
  regions: number;
  longestTaskMs: number;
  longTasks: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('cold load of ?area=GM1982: paint, table, worker parse and main-thread blocking', async () => {
  const runs: Run[] = [];
  for (let i = 0; i < 3; i++) {
    const browser = await openBrowser(baseUrl);
    try {
      // Long tasks (> 50 ms) are recorded from the very start; the init script is added through
      // DevTools and so is not subject to the page's CSP.
      await browser.context.addInitScript(() => {
        const tasks: number[] = [];
        (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
      });
      const tab = await browser.newTab();
      const { page } = tab;
      await page.goto(new URL('?area=GM1982', baseUrl).href);
      await expect.poll(() => page.locator('table[data-level="wijk"] tbody tr').count(), { timeout: 30_000 }).toBe(33);
      await expect.poll(() => page.locator('path.sb-map__area').count(), { timeout: 30_000 }).toBe(33);
      const run = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const table = performance.getEntriesByName('sneeuwbal:area-table')[0];
        const loaded = performance.getEntriesByName('sneeuwbal:table-loaded')[0] as PerformanceMark;
        const detail = loaded.detail as { fetchMs: number; parseMs: number; regions: number };
        const tasks = (window as unknown as { __longTasks: number[] }).__longTasks;
        return {
          firstContentfulPaintMs: paint ? paint.startTime : null,
          tableVisibleMs: table.startTime,
          workerFetchMs: detail.fetchMs,
          workerParseMs: detail.parseMs,
          regions: detail.regions,
          longestTaskMs: Math.max(0, ...tasks),
          longTasks: tasks.length,
        };
      });
      runs.push(run);
      expect(tab.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }
  const summary = {
    buildMs: Math.round(buildMs),
    runs,
    median: {
      firstContentfulPaintMs: median(runs.map((r) => r.firstContentfulPaintMs ?? NaN)),
      tableVisibleMs: median(runs.map((r) => r.tableVisibleMs)),
      workerFetchMs: median(runs.map((r) => r.workerFetchMs)),
      workerParseMs: median(runs.map((r) => r.workerParseMs)),
      longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
    },
  };
  await writeFile(join(outputDir, 'performance.json'), JSON.stringify(summary, null, 2));
  console.log('performance (ms):', JSON.stringify(summary.median));

  expect(runs.every((r) => r.regions === 18_310)).toBe(true);
  expect(summary.median.tableVisibleMs).toBeLessThan(10_000);
  // Parsing happens in the worker, so no single main-thread task comes near the parse time.
  expect(summary.median.longestTaskMs).toBeLessThan(Math.max(250, summary.median.workerParseMs));
});
