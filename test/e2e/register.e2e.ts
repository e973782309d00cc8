import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { setRoute } from '../../src/ui/state/edits.ts';
import { defaultWorkspace } from '../../src/ui/state/workspace.ts';
import { encodeWorkspace } from '../../src/ui/state/workspaceCodec.ts';
import { openBrowser, outputDir, runAxe, type Browser, type Tab } from './browser.ts';

/**
 * The register of existing circles as a welfare worker in Land van Cuijk uses it: circles typed
 * into the table (and the button clicked at once), one placed by clicking its buurt on the map,
 * kept in IndexedDB through a browser restart; a scenario then starts from them (the same numbers
 * as `sneeuwbal simulate --circles` for the same seed), the map page and the report open with the
 * same "Vandaag: 3 cirkels, X%"; a file with a bad row is refused naming line and column, and what
 * was saved stays. Buurten with hundreds of people 65+ (CBS 2024), so 8 members always fit.
 */
const baseUrl = inject('baseUrl');
const repo = fileURLToPath(new URL('../..', import.meta.url));
const CUIJK_KERN = 'BU19820801';
const SINT_ANTHONIS = 'BU19822301';
const MILL_CENTRUM = 'BU19821001';
let profile = '';
let browser: Browser | null = null;
let tab: Tab;
let page: Page;

async function start(query: string): Promise<void> {
  browser = await openBrowser(baseUrl, { profile });
  tab = await browser.newTab();
  page = tab.page;
  await page.goto(new URL(query, baseUrl).href);
}
const rows = () => page.locator('[data-register-row]').count();
const text = async (selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();

afterAll(async () => {
  await browser?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('the register of existing circles in the app', () => {
  test('typed into the table and placed on the map, still there after a browser restart', async () => {
    profile = await mkdtemp(join(tmpdir(), 'sneeuwbal-register-'));
    await start('?area=GM1982');
    await expect.poll(() => page.locator('[data-register-form]').count(), { timeout: 30_000 }).toBe(1);
    expect(await text('section.sb-register h2')).toBe('Bestaande cirkels');

    // Typed, then the button clicked at once: what was typed counts.
    for (const [founded, buurt, route, members] of [
      ['2021-03', CUIJK_KERN, 'b', '8'],
      ['2023-10', SINT_ANTHONIS, 'self', '7'],
    ]) {
      await page.locator('#register-new-founded').fill('');
      await page.locator('#register-new-founded').pressSequentially(founded);
      await page.locator('#register-new-buurt').selectOption(buurt);
      await page.locator('#register-new-route').selectOption(route);
      await page.locator('#register-new-members').pressSequentially(members);
      await page.getByRole('button', { name: 'Voeg cirkel toe' }).click();
      await expect.poll(() => page.locator(`[data-register-row] select[data-col="buurt"] >> nth=-1`).inputValue()).toBe(buurt);
    }
    expect(await rows()).toBe(2);

    // Placed by clicking the buurt on the map: the buurt goes into the form.
    await page.getByRole('button', { name: 'Plaats een cirkel op de kaart' }).click();
    const map = page.locator('[data-register-map] svg.sb-map__svg');
    await expect.poll(() => map.count(), { timeout: 30_000 }).toBe(1);
    await map.locator(`path[data-code="${MILL_CENTRUM}"]`).click();
    await expect.poll(() => page.locator('#register-new-buurt').inputValue()).toBe(MILL_CENTRUM);
    await page.locator('#register-new-founded').fill('2024-05');
    await page.locator('#register-new-members').fill('6');
    await page.locator('#register-new-status').selectOption('passive');
    await page.getByRole('button', { name: 'Voeg cirkel toe' }).click();
    await expect.poll(rows).toBe(3);
    await expect.poll(() => map.locator('.sb-map__marker').count()).toBe(3);
    expect(await text('[data-register-today]')).toMatch(/^Vandaag: 3 cirkels, [\d,]+% van de 65-plussers \(21 leden, 2 actief/);
    await page.locator('section.sb-register').screenshot({ path: join(outputDir, 'register-1-card.png') });

    await browser!.close();
    await start('?area=GM1982');
    await expect.poll(rows, { timeout: 30_000 }).toBe(3);
    expect(await page.locator('[data-register-row="2"] select[data-col="buurt"]').inputValue()).toBe(MILL_CENTRUM);
    expect(await page.locator('[data-register-row="2"] select[data-col="status"]').inputValue()).toBe('passive');
    expect(tab.errors).toEqual([]);
  }, 120_000);

  test('a scenario starts from them, as the CLI does with --circles; map page and report agree on today', async () => {
    const [exported] = await Promise.all([page.waitForEvent('download'), page.locator('[data-register-export]').click()]);
    const registerFile = join(outputDir, 'register-app.csv');
    await writeFile(registerFile, await readFile((await exported.path())!));

    let ws = { ...defaultWorkspace(), reps: 4, seed: 11, months: 36 };
    ws = setRoute(setRoute(setRoute(ws, 'a', { count: 0 }), 'b', { count: 2, placement: 'spread' }), 'c', { count: 0 });
    await page.goto(new URL(`?area=GM1982&tab=results&sc=${await encodeWorkspace(ws)}`, baseUrl).href);
    await expect.poll(() => page.locator('[data-export="result-json"]').count(), { timeout: 240_000 }).toBe(1);
    expect(await text('[data-results-register]')).toContain('beginnen bij de 3 cirkels uit het register');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="result-json"]').click()]);
    const app = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(app.scenario.circles).toHaveLength(3);
    expect(app.today.circles).toBe(3);

    // The same scenario and register through the command line, with another number of workers.
    const { circles: _c, ...plain } = app.scenario;
    const scenarioFile = join(outputDir, 'register-scenario.json');
    await writeFile(scenarioFile, JSON.stringify(plain));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [resolve(repo, 'src/cli/bin.mjs'), 'simulate', '--scenario', scenarioFile, '--circles', registerFile, '--json', '--workers', '2'],
      { cwd: repo, maxBuffer: 64 * 1024 * 1024 },
    );
    const cli = JSON.parse(stdout);
    expect(cli.scenario).toEqual(app.scenario);
    for (const part of ['summary', 'series', 'buurten', 'cost', 'today'] as const) expect(JSON.stringify(app[part]), part).toBe(JSON.stringify(cli[part]));

    await page.getByRole('tab', { name: /Scenario's/ }).click();
    await expect.poll(() => text('[data-plan-register]')).toContain('beginnen bij de 3 cirkels uit het register');
    await page.getByRole('tab', { name: /Kaart/ }).click();
    await expect.poll(() => page.locator('[data-today-line]').count()).toBe(1);
    const onMap = await text('[data-today-line]');
    expect(onMap).toMatch(/^Vandaag: 3 cirkels, [\d,]+% van de 65-plussers/);
    expect(await page.locator('[data-today-buurt]').count()).toBe(3);
    expect(await page.locator('svg.sb-map__svg .sb-map__existing-marker').count()).toBe(3);
    await tab.screenshot('register-2-map');
    await page.getByRole('tab', { name: /Raadsverslag/ }).click();
    await expect.poll(() => page.locator('[data-report-today]').count(), { timeout: 30_000 }).toBe(1);
    expect(await text('[data-report-today]')).toBe(onMap);
    await tab.screenshot('register-3-report');
    await page.getByRole('tab', { name: /Gebied/ }).click();
    await expect.poll(() => page.locator('[data-register-today]').count()).toBe(1);
    expect(await text('[data-register-today]')).toBe(onMap);
    expect(tab.errors).toEqual([]);
  }, 300_000);

  test('the critical mass answers how many circles to add to the one in Mill-Centrum', async () => {
    const ws = { ...defaultWorkspace(), reps: 4, seed: 3, months: 36, critical: { route: 'b' as const, target: 0.5, maxK: 2, reps: 6 } };
    await page.goto(new URL(`?area=${MILL_CENTRUM}&tab=results&sc=${await encodeWorkspace(ws)}`, baseUrl).href);
    await expect.poll(() => page.locator('[data-register-answer]').count(), { timeout: 240_000 }).toBe(1);
    // k counts circles added to the register's one (k = 0: the register alone), in the core's words.
    expect(await text('[data-register-answer]')).toMatch(
      /^(Met de ene cirkel die er nu is \(\d{4}-\d{2}\) rolt de sneeuwbal al zonder nieuwe starts|Bovenop de ene cirkel die er nu is \(\d{4}-\d{2}\) zijn nog \d+ nieuwe cirkels nodig|Ook bovenop de ene cirkel die er nu is)/,
    );
    expect(await text('[data-results-register]')).toContain('beginnen bij de ene cirkel uit het register');
    expect(tab.errors).toEqual([]);
  }, 300_000);

  test('a file with a bad row is refused with line and column, and the saved circles stay', async () => {
    await page.goto(new URL('?area=GM1982', baseUrl).href);
    await expect.poll(rows, { timeout: 30_000 }).toBe(3);
    const bad = ['founded,buurt,route,members,status,ended', `2022-01,${CUIJK_KERN},a,7,active,`, `2022-02,${MILL_CENTRUM},b,99,active,`].join('\n');
    await page.locator('[data-drop="register-import"] input[type="file"]').setInputFiles({ name: 'kapot.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect.poll(() => page.locator('[data-register-message="import"]').count()).toBe(1);
    const message = await text('[data-register-message="import"]');
    expect(message).toContain('kapot.csv, regel 3, kolom 4');
    expect(message).toContain("'99' leden");
    expect(await page.locator('[data-register-message="import"]').getAttribute('role')).toBe('alert');
    expect(await rows()).toBe(3);
    await page.reload();
    await expect.poll(rows, { timeout: 30_000 }).toBe(3);

    // A bad edit in the table is refused the same way, naming the row and the column.
    await page.locator('[data-register-row="1"] input[data-col="members"]').fill('0');
    await page.locator('[data-register-row="1"] input[data-col="members"]').press('Tab');
    await expect.poll(() => text('[data-register-message="table"]')).toContain('tabel, rij 2, kolom members');
    expect(await page.locator('[data-register-row="1"] input[data-col="members"]').inputValue()).toBe('7');
  }, 120_000);

  test('the register card passes axe (WCAG 2.1 AA) and speaks English', async () => {
    const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => text('section.sb-register h2')).toBe('Existing circles');
    expect(await text('[data-register-today]')).toMatch(/^Today: 3 circles, [\d.]+% of people aged 65\+/);
    expect(await page.getByRole('button', { name: 'Add circle' }).count()).toBe(1);
    expect((await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  }, 60_000);
});
