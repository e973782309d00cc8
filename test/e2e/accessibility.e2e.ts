import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { encodeWorkspace } from '../../src/ui/state/workspaceCodec.ts';
import { defaultWorkspace } from '../../src/ui/state/workspace.ts';
import { openBrowser, outputDir, runAxe, type AxeViolation, type Browser } from './browser.ts';

/**
 * axe-core on every state of the first page: start page, search popup open, a gemeente with a
 * chosen wijk (Dutch and English), and the buurt level. Serious and critical violations fail;
 * the full list goes to test-output/axe.json for a person to read. axe finds only part of what
 * WCAG asks, so this does not replace a manual audit.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
const report: Record<string, AxeViolation[]> = {};

beforeAll(async () => {
  browser = await openBrowser(baseUrl);
});
afterAll(async () => {
  await writeFile(join(outputDir, 'axe.json'), JSON.stringify(report, null, 2));
  await browser?.close();
});

function blocking(violations: AxeViolation[]) {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test('start page and open search popup', async () => {
  const tab = await browser.newTab();
  const { page } = tab;
  await page.goto(baseUrl);
  await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toContain('Gegevens geladen');
  report.start = await runAxe(page);
  expect(blocking(report.start)).toEqual([]);

  await page.getByRole('combobox').fill('Mill');
  await expect.poll(() => page.locator('[role="option"]').count()).toBeGreaterThan(0);
  await page.getByRole('combobox').press('ArrowDown');
  report.searchOpen = await runAxe(page);
  expect(blocking(report.searchOpen)).toEqual([]);
  expect(tab.errors).toEqual([]);
});

test('gemeente page with a chosen wijk, in Dutch and English, and at buurt level', async () => {
  const tab = await browser.newTab();
  const { page } = tab;
  await page.goto(new URL('?area=WK198210', baseUrl).href);
  await expect.poll(() => page.locator('path.sb-map__area').count(), { timeout: 30_000 }).toBe(33);
  report.gemeenteNl = await runAxe(page);
  expect(blocking(report.gemeenteNl)).toEqual([]);

  await page.locator('#lang-switch').click();
  report.gemeenteEn = await runAxe(page);
  expect(blocking(report.gemeenteEn)).toEqual([]);

  await page.goto(new URL('?area=BU19821001', baseUrl).href);
  await expect.poll(() => page.locator('path.sb-map__area').count(), { timeout: 30_000 }).toBe(101);
  report.buurten = await runAxe(page);
  expect(blocking(report.buurten)).toEqual([]);
  expect(tab.errors).toEqual([]);
});

test('keyboard: skip link first, then the language switch and the search box', async () => {
  const tab = await browser.newTab();
  const { page } = tab;
  await page.goto(new URL('?area=GM1982', baseUrl).href);
  await expect.poll(() => page.locator('path.sb-map__area').count(), { timeout: 30_000 }).toBe(33);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip-link');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
  // The focused element always has a visible outline (focus-visible styles apply).
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('planner tabs: one Tab stop, arrow keys move and open, focus follows; pages pass axe in English too', async () => {
  const sc = await encodeWorkspace({ ...defaultWorkspace(), reps: 4, months: 48 });
  const tab = await browser.newTab();
  const { page } = tab;
  await page.goto(new URL(`?area=WK198210&lang=en&sc=${sc}`, baseUrl).href);
  await expect.poll(() => page.locator('path.sb-map__area').count(), { timeout: 30_000 }).toBe(33);
  const tabs = page.getByRole('tab');
  expect(await tabs.count()).toBe(7);
  expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
  await page.getByRole('tab', { name: /Area/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.url()).toContain('tab=plan');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-plan');
  expect(await page.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-plan');
  report.planEn = await runAxe(page);
  expect(blocking(report.planEn)).toEqual([]);

  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.locator('.sb-headlines article').count(), { timeout: 120_000 }).toBe(1);
  expect(await page.locator('.sb-headlines article').textContent()).toMatch(/After 4 years we expect \d+ circles?\. In 8 of 10 simulated futures/);
  report.resultsEn = await runAxe(page);
  expect(blocking(report.resultsEn)).toEqual([]);

  await page.keyboard.press('End');
  await expect.poll(() => page.url()).toContain('tab=research');
  await page.keyboard.press('Home');
  await expect.poll(() => page.url()).not.toContain('tab=');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-area');
  report.areaEn = await runAxe(page);
  expect(blocking(report.areaEn)).toEqual([]);
  expect(tab.errors).toEqual([]);
}, 180_000);
