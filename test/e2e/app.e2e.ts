import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser, type Tab } from './browser.ts';

/**
 * The app as a person uses it, in the real production build under its real CSP: open a
 * gemeente by link, read table and map, switch language, search, choose with keyboard and mouse.
 * Every test also checks that nothing went wrong on the way: no console errors and no request
 * to another host.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser(baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

const rows = (page: Page, level: 'wijk' | 'buurt') => page.locator(`table[data-level="${level}"] tbody tr`);

async function open(path: string): Promise<Tab> {
  const tab = await browser.newTab();
  await tab.page.goto(new URL(path, baseUrl).href);
  return tab;
}

function expectClean(tab: Tab) {
  expect(tab.errors, 'console errors').toEqual([]);
  expect(tab.foreign(), 'requests to other hosts').toEqual([]);
}

describe('a gemeente opened by link', () => {
  test('?area=GM1982 shows Land van Cuijk with its 33 wijken, a map and the source', async () => {
    const tab = await open('?area=GM1982');
    const { page } = tab;
    await expect.poll(() => rows(page, 'wijk').count(), { timeout: 30_000 }).toBe(33);
    expect(await page.locator('h1').textContent()).toBe('Land van Cuijk');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect.poll(() => page.locator('svg.sb-map__svg path.sb-map__area').count(), { timeout: 10_000 }).toBe(33);
    // Every area has a real outline, not an empty or globe-sized path.
    const box = await page.locator('svg.sb-map__svg').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    const attributions = await page.getByText('Bron: CBS, Kerncijfers wijken en buurten 2024; geometrie CBS/Kadaster (bewerkt)').count();
    expect(attributions).toBeGreaterThanOrEqual(2); // under the map and under the table
    // Dutch number formatting: thousands with a dot.
    const gemeenteFigures = await page.locator('.sb-figures').first().textContent();
    expect(gemeenteFigures).toContain('91.722');
    expect(await page.locator('caption').first().textContent()).toBe('Wijken in Land van Cuijk');
    expect(tab.requests.some((url) => /kwb-2024.*\.csv/.test(url))).toBe(true);
    expect(tab.requests.some((url) => /GM1982\.topo.*\.json/.test(url))).toBe(true);
    await tab.screenshot('gm1982-nl');
    expectClean(tab);
  });

  test('a wijk or buurt code opens its gemeente with that area chosen', async () => {
    const tab = await open('?area=WK198210');
    const { page } = tab;
    await expect.poll(() => rows(page, 'wijk').count(), { timeout: 30_000 }).toBe(33);
    expect(await page.locator('h1').textContent()).toBe('Land van Cuijk');
    expect(await page.locator('tr[aria-current="true"] th').textContent()).toContain('Mill');
    expect(await page.locator('.sb-card--selected h2').textContent()).toBe('Gekozen gebied: Mill');

    await page.goto(new URL('?area=BU19821001', baseUrl).href);
    await expect.poll(() => rows(page, 'buurt').count(), { timeout: 30_000 }).toBe(101);
    expect(await page.locator('table tr[aria-current="true"] th').first().textContent()).toContain('Mill-Centrum');
    await expect.poll(() => page.locator('path.sb-map__area[aria-current="true"]').getAttribute('data-code')).toBe('BU19821001');
    expectClean(tab);
  });

  test('a gemeente with a tiny geometry file (Rozendaal, < 4 kB) gets its map too', async () => {
    // Guards against Vite inlining small files as data: URLs, which the CSP would refuse.
    const tab = await open('?area=GM0277');
    await expect.poll(() => tab.page.locator('path.sb-map__area').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(tab.requests.some((url) => /GM0277\.topo.*\.json/.test(url))).toBe(true);
    expectClean(tab);
  });

  test('an unknown code says so instead of showing an empty page', async () => {
    const tab = await open('?area=GM9999');
    await expect.poll(() => tab.page.locator('[role="alert"]').textContent(), { timeout: 30_000 }).toContain('GM9999');
    // A wijk that does not exist in an existing gemeente: the gemeente opens, with the message.
    await tab.page.goto(new URL('?area=WK198299', baseUrl).href);
    await expect.poll(() => tab.page.locator('h1').textContent(), { timeout: 30_000 }).toBe('Land van Cuijk');
    expect(await tab.page.locator('[role="alert"]').textContent()).toContain('WK198299');
    expect(tab.foreign()).toEqual([]);
  });

  test('missing CBS values read "onbekend", never 0', async () => {
    const tab = await open('?area=GM0034&level=buurt');
    const { page } = tab;
    await expect.poll(() => rows(page, 'buurt').count(), { timeout: 30_000 }).toBeGreaterThan(200);
    const row = page.locator('tr[data-code="BU00340304"]'); // Park Uithof: no 65+ figure in the 2024 file
    const cells = await row.locator('td').allTextContents();
    expect(cells).toContain('onbekend');
    expect(cells.slice(2)).not.toContain('0');
    await tab.screenshot('gm0034-buurten');
    expectClean(tab);
  });
});

describe('interaction', () => {
  test('the English switch changes text, <html lang> and the URL, and survives a reload', async () => {
    const tab = await open('?area=GM1982');
    const { page } = tab;
    await expect.poll(() => rows(page, 'wijk').count(), { timeout: 30_000 }).toBe(33);
    await page.locator('#lang-switch').click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('caption').first().textContent()).toBe('Wijken in Land van Cuijk');
    expect(await page.locator('thead').first().textContent()).toContain('Inhabitants');
    expect(await page.locator('#lang-switch').textContent()).toBe('Nederlands');
    await expect.poll(() => page.url()).toContain('lang=en');
    expect(await page.title()).toContain('Land van Cuijk');
    await page.reload();
    await expect.poll(() => rows(page, 'wijk').count(), { timeout: 30_000 }).toBe(33);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.sb-figures').first().textContent()).toContain('91,722');
    await tab.screenshot('gm1982-en');
    await page.locator('#lang-switch').click();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect.poll(() => page.url()).not.toContain('lang=');
    expectClean(tab);
  });

  test('search finds Mill and Helmond and opens them with the keyboard', async () => {
    const tab = await open('');
    const { page } = tab;
    const input = page.getByRole('combobox', { name: 'Zoek een gemeente, wijk of buurt' });
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toContain('Gegevens geladen');
    await input.fill('Mill');
    const options = page.locator('[role="option"]');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    const texts = await options.allTextContents();
    expect(texts.some((t) => t.startsWith('Mill') && t.includes('Land van Cuijk') && t.includes('WK198210'))).toBe(true);
    await tab.screenshot('search-mill');
    const index = texts.findIndex((t) => t.includes('WK198210'));
    for (let i = 0; i <= index; i++) await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBeTruthy();
    await input.press('Enter');
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('Land van Cuijk');
    await expect.poll(() => page.url()).toContain('area=WK198210');

    await input.fill('Helmond');
    await expect.poll(async () => (await options.allTextContents())[0] ?? '').toContain('GM0794');
    await input.press('ArrowDown');
    await input.press('Enter');
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('Helmond');
    await expect.poll(() => rows(page, 'wijk').count()).toBe(12);
    await expect.poll(() => page.url()).toContain('area=GM0794');
    expectClean(tab);
  });

  test('a wijk is chosen by click on the map, by keyboard on the map and from the table', async () => {
    const tab = await open('?area=GM1982');
    const { page } = tab;
    await expect.poll(() => page.locator('path.sb-map__area').count(), { timeout: 30_000 }).toBe(33);
    const first = page.locator('path.sb-map__area').nth(3);
    const code = await first.getAttribute('data-code');
    await first.click();
    await expect.poll(() => page.url()).toContain(`area=${code}`);
    expect(await page.locator('tr[aria-current="true"]').getAttribute('data-code')).toBe(code);

    // Keyboard: the map is one Tab stop, arrows move, Enter chooses.
    const focused = page.locator('path.sb-map__area[tabindex="0"]');
    await focused.focus();
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(next).toBeTruthy();
    expect(next).not.toBe(code);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`area=${next}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe(next);

    await page
      .locator('button.sb-choose', { hasText: /^Mill$/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toContain('area=WK198210');
    await page.getByRole('button', { name: 'Toon de hele gemeente' }).click();
    await expect.poll(() => page.url()).toContain('area=GM1982');
    expectClean(tab);
  });

  test('the table sorts by a column, with aria-sort and the order in the URL', async () => {
    const tab = await open('?area=GM1982');
    const { page } = tab;
    await expect.poll(() => rows(page, 'wijk').count(), { timeout: 30_000 }).toBe(33);
    await page
      .getByRole('button', { name: /65 jaar en ouder/ })
      .first()
      .click();
    const header = page.locator('th[aria-sort]');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => page.url()).toContain('sort=-age65plus');
    const values = (await page.locator('table[data-level="wijk"] tbody tr td:nth-child(4)').allTextContents()).map((t) => Number(t.replace(/\./g, '')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await page.locator('input[type="radio"][value="buurt"]').check();
    await expect.poll(() => rows(page, 'buurt').count()).toBe(101);
    await expect.poll(() => page.url()).toContain('level=buurt');
    expectClean(tab);
  });
});
