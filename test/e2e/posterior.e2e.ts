import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { setRoute } from '../../src/ui/state/edits.ts';
import { defaultWorkspace, type Workspace } from '../../src/ui/state/workspace.ts';
import { encodeWorkspace } from '../../src/ui/state/workspaceCodec.ts';
import { openBrowser, outputDir, runAxe, type Browser } from './browser.ts';

/**
 * "Reken met de onzekerheid uit de kalibratie": a researcher reads a saved posterior on the
 * research tab; the scenario results and the critical-mass answer then say they average over it,
 * and the numbers equal `sneeuwbal simulate --params posterior.json` with the same seed; "Waar
 * hangt dit van af?" then names the parameters the answer rests on.
 */
const baseUrl = inject('baseUrl');
const repo = fileURLToPath(new URL('../..', import.meta.url));
const MILL = 'WK198210';
const POSTERIOR = JSON.stringify({
  sneeuwbal: { kind: 'posterior', area: [MILL], start: '2024-01', observed: 'mill.csv', seed: 3, model: 'simple', epsilon: 0.4, simulations: 900 },
  parameters: {},
  posterior: {
    names: ['dropout', 'split'],
    particles: [
      [0.01, 0.05],
      [0.25, 0.3],
    ],
    weights: [0.7, 0.3],
  },
});
let browser: Browser | null = null;

afterAll(async () => {
  await browser?.close();
});

describe('computing with the calibration’s uncertainty in the app', () => {
  test('a saved posterior drives the results, which say so and equal simulate --params', async () => {
    browser = await openBrowser(baseUrl);
    const tab = await browser.newTab();
    const page = tab.page;
    let ws: Workspace = { ...defaultWorkspace(), reps: 4, seed: 5, months: 36, critical: { route: 'b', target: 0.5, maxK: 2, reps: 4 } };
    ws = setRoute(setRoute(setRoute(ws, 'a', { count: 0 }), 'b', { count: 2, placement: 'spread' }), 'c', { count: 0 });
    await page.goto(new URL(`?area=${MILL}&tab=research&sc=${await encodeWorkspace(ws)}`, baseUrl).href);
    const input = page.locator('[data-drop="cal-posterior-file"] input[type="file"]');
    await expect.poll(() => input.count(), { timeout: 60_000 }).toBe(1);
    await input.setInputFiles({ name: 'posterior.json', mimeType: 'application/json', buffer: Buffer.from(POSTERIOR) });
    await expect.poll(() => page.locator('[data-posterior-state="on"]').textContent()).toMatch(/^Gemiddeld over de kalibratie van WK198210, 2 deeltjes/);
    expect((await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    // A file without a posterior is refused by name, and the one in use stays.
    await input.setInputFiles({ name: 'vast.json', mimeType: 'application/json', buffer: Buffer.from('{"parameters":{"dropout":0.1}}') });
    await expect.poll(() => page.locator('.sb-cal-uncertainty [role="alert"]').textContent()).toContain('vast.json');
    expect(await page.locator('[data-posterior-state="on"]').count()).toBe(1);

    await page.getByRole('tab', { name: /Resultaten/ }).click();
    await expect.poll(() => page.locator('[data-export="result-json"]').count(), { timeout: 240_000 }).toBe(1);
    expect(await page.locator('[data-posterior-note="results"]').textContent()).toMatch(/^Gemiddeld over de kalibratie van Mill, 2 deeltjes/);
    await expect.poll(() => page.locator('[data-posterior-note="critical"]').count(), { timeout: 240_000 }).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="result-json"]').click()]);
    const app = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(app.posterior).toEqual({ names: ['dropout', 'split'], particles: 2 });

    await mkdir(outputDir, { recursive: true });
    const scenarioFile = join(outputDir, 'posterior-scenario.json');
    const paramsFile = join(outputDir, 'posterior.json');
    await writeFile(scenarioFile, JSON.stringify(app.scenario));
    await writeFile(paramsFile, POSTERIOR);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [resolve(repo, 'src/cli/bin.mjs'), 'simulate', '--scenario', scenarioFile, '--params', paramsFile, '--json', '--workers', '2'],
      { cwd: repo, maxBuffer: 64 * 1024 * 1024 },
    );
    const cli = JSON.parse(stdout);
    for (const part of ['summary', 'series', 'buurten', 'cost', 'posterior'] as const) expect(JSON.stringify(app[part]), part).toBe(JSON.stringify(cli[part]));

    // "Waar hangt dit van af?" by the answer: the three parameters, named in plain words.
    await page.getByRole('button', { name: 'Waar hangt dit van af?' }).click();
    await expect.poll(() => page.locator('[data-drivers="done"]').count(), { timeout: 300_000 }).toBe(1);
    const lines = await page.locator('[data-drivers="done"] li').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^[A-Z][^(]+ \(\w+\): met /);
    await tab.screenshot('posterior-drivers');
    expect((await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    // Kept where the scenarios are (IndexedDB), not in the link: after a reload it is still in use.
    expect(page.url()).not.toContain('particles');
    await page.reload();
    await expect.poll(() => page.locator('[data-posterior-note="results"]').count(), { timeout: 240_000 }).toBe(1);
    expect(tab.errors).toEqual([]);
  }, 600_000);
});
