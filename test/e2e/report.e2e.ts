import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, outputDir, runAxe, type Browser } from './browser.ts';

/**
 * The council report prints to exactly one A4 page, in Dutch and in English, for the scenario
 * marked as the proposal; it names where, the plan per route, the cost in total and per year, the
 * expectations after 5 and 10 years, and carries the link and seed in its footer, no command line.
 * Pages are counted in the PDF Chromium makes (its page objects).
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser(baseUrl);
  page = (await browser.newTab()).page;
});
afterAll(async () => {
  await browser?.close();
});

const field = (key: string) => page.locator(`[data-focus-key="${key}"]`);

/** Page objects in a PDF: "/Type /Page" (not "/Pages", the tree above them). */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function printed(name: string): Promise<number> {
  await mkdir(outputDir, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  // What was printed, at the printable width of A4 (180 mm at 96 dpi), to see why when it does not fit.
  const size = page.viewportSize();
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.screenshot({ path: join(outputDir, `${name}.png`), fullPage: true });
  if (size) await page.setViewportSize(size);
  await page.emulateMedia({ media: 'screen' });
  await writeFile(join(outputDir, `${name}.pdf`), pdf);
  return pdfPages(pdf);
}

describe('the council report', () => {
  test('one A4 page in Dutch for the proposal, with plan, cost per year, 5 and 10 years, link and seed', async () => {
    await page.goto(new URL('?area=WK198210&tab=plan', baseUrl).href);
    await expect.poll(() => field('shared-reps').count(), { timeout: 30_000 }).toBe(1);
    await field('shared-reps').fill('6');
    await page.getByRole('button', { name: 'Nieuw scenario' }).click();
    await page.getByRole('button', { name: 'Alleen route b' }).click();
    await page.getByRole('tab', { name: /Raadsverslag/ }).click();
    await expect.poll(() => page.locator('[data-report-expect] tbody tr').count(), { timeout: 120_000 }).toBe(2);
    await expect.poll(() => page.locator('.sb-progress').isHidden(), { timeout: 120_000 }).toBe(true);
    await field('report-proposal').selectOption('1');
    await expect.poll(() => page.locator('.sb-report__sub').textContent()).toContain('voorstel: scenario');
    await expect.poll(() => page.locator('.sb-report svg.sb-map__svg').count(), { timeout: 30_000 }).toBe(1);
    const text = (await page.locator('.sb-report').textContent()) ?? '';
    expect(text).toContain('Na 5 jaar');
    expect(text).toContain('Na 10 jaar');
    expect(text).toMatch(/gemiddeld € [\d.]+ per jaar/);
    expect(text).toMatch(/cirkels via route b/);
    expect(text).not.toContain('npx');
    expect(await page.locator('.sb-report__footer').textContent()).toMatch(/Startgetal 1.*\?area=WK198210.*tab=report/);
    const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(violations).toEqual([]);
    expect(await printed('report-nl')).toBe(1);
  });

  test('one A4 page in English', async () => {
    await page.locator('#lang-switch').click();
    await expect.poll(() => page.locator('.sb-report__sub').textContent()).toContain('proposal: scenario');
    await expect.poll(() => page.locator('.sb-report svg.sb-map__svg').count(), { timeout: 30_000 }).toBe(1);
    const text = (await page.locator('.sb-report').textContent()) ?? '';
    expect(text).toContain('After 10 years');
    expect(text).toMatch(/€ [\d,]+ a year on average/);
    expect(await printed('report-en')).toBe(1);
  });
});

describe('one count per area', () => {
  test("Mill's people 65+ are the same number on the area page, the plan box, the map page and the report", async () => {
    await page.locator('#lang-switch').click();
    await expect.poll(() => page.locator('.sb-report__sub').textContent()).toContain('voorstel: scenario');
    const number = (text: string | null, pattern: RegExp) => text?.match(pattern)?.[1] ?? null;
    const report = number(await page.locator('[data-report-where]').textContent(), /Mill \(wijk\): ([\d.]+) inwoners/);
    await page.getByRole('tab', { name: /Kaart/ }).click();
    await expect.poll(() => page.locator('[data-area-count]').count()).toBe(1);
    const map = number(await page.locator('[data-area-count]').textContent(), /Mill: ([\d.]+) inwoners/);
    await page.getByRole('tab', { name: /Gebied/ }).click();
    await expect.poll(() => page.locator('.sb-planning').count()).toBe(1);
    const planBox = number(await page.locator('.sb-planning').textContent(), /met ([\d.]+) inwoners van 65 jaar en ouder/);
    const card = page.locator('.sb-card--selected .utrecht-data-list__item', { hasText: '65 jaar en ouder' }).first();
    const areaPage = number(await card.locator('dd').textContent(), /([\d.]+)/);
    expect(areaPage).toBe('1.590');
    expect({ planBox, map, report }).toEqual({ planBox: areaPage, map: areaPage, report: areaPage });
  });
});
