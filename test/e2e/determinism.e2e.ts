import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { setRoute } from '../../src/ui/state/edits.ts';
import { encodeWorkspace } from '../../src/ui/state/workspaceCodec.ts';
import { defaultWorkspace } from '../../src/ui/state/workspace.ts';
import { openBrowser, outputDir, type Browser } from './browser.ts';

/**
 * Determinism across environments: a scenario simulated in the browser (area built in the data
 * worker, replications in the Web Worker pool, summary on the page) gives byte-identical JSON for
 * the summary, the monthly series and the buurten as the same scenario file run by
 * `sneeuwbal simulate --scenario FILE --json` in Node with another number of workers.
 */
const baseUrl = inject('baseUrl');
const repo = fileURLToPath(new URL('../..', import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser(baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

test('browser Web Workers and the Node CLI give byte-identical results for the same seed', async () => {
  let ws = { ...defaultWorkspace(), reps: 6, seed: 11, months: 60 };
  ws = setRoute(setRoute(setRoute(ws, 'a', { count: 1 }), 'b', { count: 2, placement: 'spread' }), 'c', { count: 0 });
  const sc = await encodeWorkspace(ws);
  const tab = await browser.newTab();
  const { page } = tab;

  // The scenario file, exported from the scenario page exactly as a user would.
  await page.goto(new URL(`?area=WK198210&tab=plan&sc=${sc}`, baseUrl).href);
  const [scenarioDownload] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Download scenario (JSON)' }).click(),
  ]);
  const scenarioFile = join(outputDir, 'determinism-scenario.json');
  await writeFile(scenarioFile, await readFile((await scenarioDownload.path())!));

  // The browser's numbers.
  await page.getByRole('tab', { name: /Resultaten/ }).click();
  await expect.poll(() => page.locator('[data-export="result-json"]').count(), { timeout: 120_000 }).toBe(1);
  const [resultDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="result-json"]').click()]);
  const browserResult = JSON.parse(await readFile((await resultDownload.path())!, 'utf8'));
  await writeFile(join(outputDir, 'determinism-browser.json'), JSON.stringify(browserResult, null, 2));
  expect(tab.errors).toEqual([]);

  // The same file through the command line, with 3 worker threads.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [resolve(repo, 'src/cli/bin.mjs'), 'simulate', '--scenario', scenarioFile, '--json', '--workers', '3'],
    { cwd: repo, maxBuffer: 64 * 1024 * 1024 },
  );
  const nodeResult = JSON.parse(stdout);
  await writeFile(join(outputDir, 'determinism-node.json'), JSON.stringify(nodeResult, null, 2));

  expect(nodeResult.scenario).toEqual(browserResult.scenario);
  expect(browserResult.summary.reps).toBe(6);
  expect(browserResult.summary.seed).toBe(11);
  for (const part of ['summary', 'series', 'buurten', 'cost', 'takeoffRule', 'parameters'] as const) {
    expect(JSON.stringify(browserResult[part]), part).toBe(JSON.stringify(nodeResult[part]));
  }
}, 180_000);
