import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, runAxe, type Browser } from './browser.ts';

/**
 * Type in a field, then click a button at once, as people do: the field's change (committed on
 * blur, i.e. on the button's mousedown) and the click must both count. Before, the change redrew
 * the page between mousedown and mouseup, the button under the pointer was replaced and the click
 * was lost. Each action also puts the focus on its result. Mill (WK198210) keeps the runs small.
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
const focusKey = () =>
  page.evaluate(() => document.activeElement?.getAttribute('data-focus-key') ?? document.activeElement?.id ?? document.activeElement?.tagName ?? null);

describe('a field typed in and the button clicked right after both count', () => {
  test('"Nieuw scenario" after typing a name: the name is kept and the scenario is added', async () => {
    await page.goto(new URL('?area=WK198210&tab=plan', baseUrl).href);
    await expect.poll(() => field('scenario-name').count(), { timeout: 30_000 }).toBe(1);
    await field('scenario-name').fill('Eerste plan');
    await page.getByRole('button', { name: 'Nieuw scenario' }).click();
    await expect.poll(() => page.locator('.sb-switcher__list button').count()).toBe(2);
    expect(await page.locator('.sb-switcher__list button').nth(0).textContent()).toContain('Eerste plan');
  });

  test('a scenario switch after typing: the edit stays with its scenario and the switch happens', async () => {
    await field('scenario-name').fill('Tweede plan');
    await field('route-b-count').fill('3');
    await page.locator('.sb-switcher__list button[data-index="0"]').click();
    await expect.poll(() => page.locator('.sb-switcher__list button[data-index="0"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.sb-switcher__list button[data-index="1"]').textContent()).toContain('Tweede plan');
    expect(await field('scenario-name').inputValue()).toBe('Eerste plan');
    await page.locator('.sb-switcher__list button[data-index="1"]').click();
    await expect.poll(() => field('route-b-count').inputValue()).toBe('3');
  });

  test('"Bereken en vergelijk" after typing the number of futures: both count, results come, focus on them', async () => {
    await field('shared-reps').fill('4');
    await page.getByRole('button', { name: 'Bereken en vergelijk' }).click();
    await expect.poll(() => page.url()).toContain('tab=results');
    await expect.poll(() => page.locator('.sb-headlines article.sb-headline').count(), { timeout: 120_000 }).toBe(2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.getByRole('tab', { name: /Scenario's/ }).click();
    await expect.poll(() => field('shared-reps').inputValue()).toBe('4');
  });

  test('the map plays the years by itself and stops at the horizon', async () => {
    await page.getByRole('tab', { name: /Kaart/ }).click();
    const play = page.locator('[data-play]');
    await expect.poll(() => play.count(), { timeout: 30_000 }).toBe(1);
    await play.click();
    await expect.poll(() => page.locator('.sb-slider').inputValue()).not.toBe('10');
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('.sb-slider').inputValue(), { timeout: 20_000 }).toBe('10');
    await expect.poll(() => play.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('false');
  });

  test('every tab: no serious or critical accessibility problems (axe)', async () => {
    for (const name of [/Gebied/, /Scenario's/, /Resultaten/, /Kaart/, /Raadsverslag/, /Onderzoek/]) {
      await page.getByRole('tab', { name }).click();
      await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
      await page.waitForTimeout(300);
      const blocking = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking, String(name)).toEqual([]);
    }
  });

  test('"Nieuwe groep maken" after typing in the search box; "Bewaar groep" right after typing the name', async () => {
    await page.getByRole('tab', { name: /Gebied/ }).click();
    const search = page.getByRole('combobox').first();
    await search.fill('Mill');
    await page.getByRole('button', { name: 'Nieuwe groep maken' }).click();
    await expect.poll(() => page.locator('#group-name').count()).toBe(1);
    expect(await search.inputValue()).toBe('Mill');
    await expect.poll(focusKey).toBe('group-name');
    await page.locator('.sb-group__boxes input[type="checkbox"]').first().check();
    await page.locator('#group-name').fill('Kerkdorp Test');
    await page.getByRole('button', { name: 'Bewaar groep' }).click();
    await expect.poll(() => page.locator('[data-group="Kerkdorp Test"]').count()).toBe(1);
    // Focus on the saved group's first button ("Plan voor deze groep").
    await expect.poll(focusKey).toBe('group-plan-Kerkdorp Test');
  });
});

describe('a name typed while the CBS table is still loading', () => {
  test('gets its options once the table is there, and a click opens the gemeente', async () => {
    const tab = await browser.newTab();
    const p = tab.page;
    await p.goto(new URL('/', baseUrl).href, { waitUntil: 'commit' });
    const box = p.getByRole('combobox').first();
    await box.waitFor({ timeout: 30_000 });
    await box.pressSequentially('Land van Cuijk');
    await p.getByRole('option').first().click({ timeout: 30_000 });
    await expect.poll(() => new URL(p.url()).searchParams.get('area')).toBe('GM1982');
    await p.close();
  });
});
