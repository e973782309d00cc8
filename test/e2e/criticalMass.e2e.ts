import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { outputDir, useTab, type Tab } from './browser.ts';

/**
 * The critical-mass box on Mill (WK198210) reads coherently (issue #9): the plain-words headline,
 * the curve, the reason and R agree — one number where the replications decide it, with its
 * interval; R next to a reached answer never below 1; the monotone fit drawn with the raw points.
 * Runs the app's own search with the CLI's defaults (hundreds of replications only at the deciding k).
 */
const baseUrl = inject('baseUrl');
let tab: Tab;
let page: Page;
useTab(baseUrl, (t) => ((tab = t), (page = t.page)));

const field = (key: string) => page.locator(`[data-focus-key="${key}"]`);

describe('the critical-mass answer on Mill', () => {
  test('headline, curve, reason and R agree', async () => {
    await page.goto(new URL('?area=WK198210', baseUrl).href);
    await page.getByRole('button', { name: /Maak een startplan voor Mill/ }).click();
    await field('shared-reps').fill('8');
    await field('shared-reps').press('Enter');
    await page.getByRole('button', { name: 'Alle drie routes tegelijk' }).click();
    await page.getByRole('button', { name: 'Bereken en vergelijk' }).click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toContain('tab=results');
    await page.getByRole('button', { name: 'Bereken de kritische massa' }).click();
    await expect.poll(() => page.locator('[data-critical]').count(), { timeout: 400_000 }).toBe(1);

    const box = page.locator('.sb-critical__answer');
    const code = await box.getAttribute('data-reason');
    const critical = await box.getAttribute('data-critical');
    const headline = (await page.locator('.sb-critical__headline').textContent())!;
    const reason = (await page.locator('.sb-critical__reason').textContent())!;
    // Plain words first: no P(…), R ≈ or k90 in the headline.
    expect(headline).not.toMatch(/P\(|R ≈|k90|k50/);
    if (critical !== 'none') {
      expect(['reached', 'saturated']).toContain(code);
      expect(headline).toMatch(new RegExp(`Start ${critical} cirkels? in Mill`));
      expect(reason).toContain(`Met ${critical} gestarte`);
      expect(reason).not.toMatch(/Geen kritische massa/);
    } else {
      expect(headline).not.toMatch(/^Start /);
      expect(reason).not.toMatch(/rolt de sneeuwbal in minstens/);
    }
    // R with its interval in the details; "R < 1" only with the interval below 1, never next to a reached answer.
    const rText = (await page.locator('.sb-critical__r').textContent()) ?? '';
    const m = rText.match(/R ≈ ([\d,]+) \(95%-interval ([\d,]+)–([\d,]+)\)/);
    expect(m, rText).not.toBeNull();
    const [r, lo, hi] = m!.slice(1).map((x) => Number(x.replace(',', '.')));
    expect(lo).toBeLessThanOrEqual(r);
    expect(hi).toBeGreaterThanOrEqual(r);
    if (code === 'reached') expect(hi).toBeGreaterThanOrEqual(1);
    if (code === 'r-below-one') expect(hi).toBeLessThan(1);
    // The curve: drawn, with the monotone fit, and the note no longer claims what the curve does not show.
    await expect.poll(() => page.locator('figure[data-chart="critical-mass"] svg[role="img"]').count()).toBe(1);
    expect(await page.locator('.sb-critical .sb-note').textContent()).toMatch(/de lijn is de best passende kans die niet daalt/);
    await page.locator('.sb-critical').screenshot({ path: join(outputDir, 'critical-mass-mill.png') });
    expect(tab.errors).toEqual([]);
  }, 600_000);
});
