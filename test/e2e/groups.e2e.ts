import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from './browser.ts';

/**
 * Kerkdorpen are places of their own: made by clicking buurten on the map (65+ per buurt shown),
 * kept in IndexedDB apart from any link, so closing the browser and opening the gemeente again
 * (a plain link, no scenario in it) finds them; renamed and deleted the same way.
 */
const baseUrl = inject('baseUrl');
let profile = '';
let browser: Browser | null = null;
let page: Page;

async function start(): Promise<void> {
  browser = await openBrowser(baseUrl, { profile });
  page = (await browser.newTab()).page;
  await page.goto(new URL('?area=GM1982', baseUrl).href);
  await expect.poll(() => page.locator('table[data-level="wijk"] tbody tr').count(), { timeout: 30_000 }).toBe(33);
}
async function restart(): Promise<void> {
  await browser?.close();
  await start();
}
afterAll(async () => {
  await browser?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('kerkdorpen survive a browser restart', () => {
  test('made on the map, saved, still there after closing and reopening the browser', async () => {
    profile = await mkdtemp(join(tmpdir(), 'sneeuwbal-restart-'));
    await start();
    await page.getByRole('button', { name: 'Nieuwe groep maken' }).click();
    const map = page.locator('.sb-group-form svg.sb-map__svg');
    await expect.poll(() => map.count(), { timeout: 30_000 }).toBe(1);
    // The list shows the people 65+ per buurt.
    expect(await page.locator('.sb-group__boxes label').first().textContent()).toMatch(/– [\d.]+ inwoners van 65\+|onbekend/);
    await map.locator('path.sb-map__area').nth(0).click();
    await expect.poll(() => map.locator('.sb-map__marker').count()).toBe(1);
    await page.locator('.sb-group-form svg.sb-map__svg path.sb-map__area').nth(1).click();
    await expect.poll(() => page.locator('.sb-group-form svg.sb-map__svg .sb-map__marker').count()).toBe(2);
    expect(await page.locator('.sb-group__counter').textContent()).toContain('2 buurten gekozen');
    await page.locator('#group-name').fill('Kerkdorp Noord');
    await page.getByRole('button', { name: 'Bewaar groep' }).click();
    await expect.poll(() => page.locator('[data-group="Kerkdorp Noord"]').textContent()).toContain('2 buurten');

    await restart();
    await expect.poll(() => page.locator('[data-group="Kerkdorp Noord"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('[data-group="Kerkdorp Noord"]').textContent()).toContain('2 buurten');
  });

  test('renamed and deleted, and that too survives a restart', async () => {
    await page.getByRole('button', { name: 'Wijzig: Kerkdorp Noord' }).click();
    await page.locator('#group-name').fill('Kerkdorp Zuid');
    await page.getByRole('button', { name: 'Bewaar groep' }).click();
    await expect.poll(() => page.locator('[data-group="Kerkdorp Zuid"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Nieuwe groep maken' }).click();
    await page.locator('.sb-group__boxes input[type="checkbox"]').first().check();
    await page.locator('#group-name').fill('Weg ermee');
    await page.getByRole('button', { name: 'Bewaar groep' }).click();
    await expect.poll(() => page.locator('[data-group="Weg ermee"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Verwijder: Weg ermee' }).click();
    await expect.poll(() => page.locator('[data-group="Weg ermee"]').count()).toBe(0);

    await restart();
    await expect.poll(() => page.locator('[data-group="Kerkdorp Zuid"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('[data-group="Kerkdorp Noord"]').count()).toBe(0);
    expect(await page.locator('[data-group="Weg ermee"]').count()).toBe(0);
  });
});
