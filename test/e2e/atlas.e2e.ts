import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { bundleRows, type AtlasBundle } from '../../src/experiments/atlasBundle.ts';
import { ATLAS_FILLS, classOf, countsOf } from '../../src/ui/charts/atlasSpec.ts';
import { defaultDraft, defaultWorkspace } from '../../src/ui/state/workspace.ts';
import { encodeWorkspace } from '../../src/ui/state/workspaceCodec.ts';
import { outputDir, runAxe, useTab, type Tab } from './browser.ts';

/**
 * The atlas tab on Land van Cuijk (issue #14, point 4): opened without computing anything, it reads
 * the national count and the gemeente sentence from the bundled atlas, its map and table agree
 * place by place, and axe finds nothing. The expected numbers are counted from the committed
 * bundle, so the test follows a re-bundled atlas.
 */
const baseUrl = inject('baseUrl');
let tab: Tab;
let page: Page;
useTab(baseUrl, (t) => ((tab = t), (page = t.page)));

const bundle = JSON.parse(readFileSync(new URL('../../data/atlas-wijk-2024.json', import.meta.url), 'utf8')) as AtlasBundle;
const rows = bundleRows(bundle);
const budget = (bundle.provenance.settings as { budget: number }).budget;
const nl = (n: number) => n.toLocaleString('nl-NL');

describe('the atlas in the app', () => {
  test('national count, gemeente sentence, map and table agree, no axe violations', async () => {
    await page.goto(new URL('?area=GM1982&tab=atlas', baseUrl).href);
    await expect.poll(() => page.locator('[data-atlas="national-count"]').count(), { timeout: 60_000 }).toBe(1);
    const count = (await page.locator('[data-atlas="national-count"]').textContent())!;
    expect(count).toContain(`Berekend voor ${nl(rows.length)} van ${nl(bundle.provenance.places)} wijken.`);
    const sentence = (await page.locator('[data-atlas="sentence"]').textContent())!;
    const own = countsOf(
      rows.filter((r) => r.gemeente === 'GM1982'),
      bundle.counts.GM1982,
      budget,
    );
    if (own.computed)
      expect(sentence).toContain(
        `Land van Cuijk: ${nl(own.withinBudget)} van ${nl(own.answered)} berekende wijken met 65-plussers haalt de kritische massa met hooguit ${budget} cirkels.`,
      );
    else expect(sentence).toContain('Land van Cuijk: nog geen van de');
    const all = countsOf(rows, bundle.provenance.places, budget);
    if (all.answered)
      expect(sentence).toContain(
        `In heel Nederland (berekend: ${nl(all.computed)} van ${nl(all.places)} wijken): ${nl(all.withinBudget)} van ${nl(all.answered)} wijken`,
      );
    expect(await page.locator('[data-atlas="shows"]').textContent()).toMatch(/meegeleverde atlas: standaardinstellingen/);
    // The default settings are the bundle's: no note that they differ.
    expect(await page.locator('#tab-panel').textContent()).not.toContain('Uw instellingen wijken af');
    // Nothing was computed to show this.
    expect(await page.locator('.sb-progress').getAttribute('hidden')).not.toBeNull();

    // The gemeente's map and table: one row per wijk shape, the same class (colour) for each.
    const shapes = page.locator('figure.sb-map').first().locator('path.sb-map__area');
    const n = await shapes.count();
    expect(n).toBe(bundle.counts.GM1982);
    const table = page.locator('[data-atlas-table="gemeente"] tbody tr');
    expect(await table.count()).toBe(n);
    for (let i = 0; i < n; i++) {
      const row = table.nth(i);
      const code = (await row.getAttribute('data-code'))!;
      const cls = (await row.getAttribute('data-class'))!;
      expect(cls).toBe(classOf(rows.find((r) => r.code === code)));
      const fill = await page.locator(`figure.sb-map path.sb-map__area[data-code="${code}"]`).first().getAttribute('fill');
      if (cls === 'missing') expect(fill).toMatch(/^url\(#/);
      else expect(fill).toBe(ATLAS_FILLS[cls as keyof typeof ATLAS_FILLS]);
    }
    // The national map: every gemeente, and its table says the same class.
    const national = page.locator('[data-atlas-table="national"] tbody tr');
    expect(await national.count()).toBe(Object.keys(bundle.counts).length);
    expect(await page.locator('figure.sb-map').nth(1).locator('path.sb-map__area').count()).toBe(Object.keys(bundle.counts).length);
    const cuijk = page.locator('[data-atlas-table="national"] tr[data-code="GM1982"]');
    const cls = (await cuijk.getAttribute('data-class'))!;
    const fill = await page.locator('figure.sb-map').nth(1).locator('path[data-code="GM1982"]').getAttribute('fill');
    expect(cls === 'missing' ? /^url\(#/.test(fill!) : fill === ATLAS_FILLS[cls as keyof typeof ATLAS_FILLS]).toBe(true);

    const violations = await runAxe(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.locator('#tab-panel').screenshot({ path: join(outputDir, 'atlas-land-van-cuijk.png') });

    // English: the same sentence in English.
    await page.locator('#lang-switch').click();
    await expect.poll(() => page.locator('[data-atlas="sentence"]').textContent()).toMatch(/Land van Cuijk: (\d+ of \d+ computed wijken|none of its)/);
    // The national map is one Tab stop on the open gemeente; arrow keys and Enter open another gemeente's atlas.
    const current = page.locator('figure.sb-map').nth(1).locator('path.sb-map__area[tabindex="0"]');
    expect(await current.getAttribute('data-code')).toBe('GM1982');
    await current.focus();
    await page.keyboard.press('ArrowRight');
    const next = (await page.evaluate(() => document.activeElement?.getAttribute('data-code')))!;
    expect(next).toMatch(/^GM\d{4}$/);
    expect(next).not.toBe('GM1982');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`area=${next}`);
    expect(page.url()).toContain('tab=atlas');
    expect(tab.errors).toEqual([]);
  });

  test('recomputes the gemeente’s wijken with the user’s settings in the workers, and says so', async () => {
    // Schiermonnikoog: one wijk, so the ranking at wijk level takes seconds. A link with a changed parameter (willingness to join).
    const sc = await encodeWorkspace({ ...defaultWorkspace(), scenarios: [{ ...defaultDraft(), params: { willing: 0.4 } }] });
    await page.goto(new URL(`?area=GM0088&tab=atlas&sc=${sc}`, baseUrl).href);
    await expect.poll(() => page.locator('[data-atlas="shows"]').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.locator('[data-atlas="shows"]').textContent()).toMatch(/meegeleverde atlas/);
    expect(await page.locator('#tab-panel').textContent()).toContain('Uw instellingen wijken af van de standaard');
    await page.getByRole('button', { name: 'Bereken de wijken met mijn instellingen' }).click();
    await expect
      .poll(() => page.locator('[data-atlas="shows"]').textContent(), { timeout: 300_000 })
      .toMatch(/uw eigen instellingen, zojuist berekend in deze browser/);
    // The wijk now has an answer, on the map and in the table alike, and the link asks for the ranking at wijk level.
    const row = page.locator('[data-atlas-table="gemeente"] tbody tr');
    expect(await row.count()).toBe(1);
    const cls = (await row.getAttribute('data-class'))!;
    expect(cls).not.toBe('missing');
    const fill = await page
      .locator(`figure.sb-map path.sb-map__area[data-code="${await row.getAttribute('data-code')}"]`)
      .first()
      .getAttribute('fill');
    expect(fill).toBe(ATLAS_FILLS[cls as keyof typeof ATLAS_FILLS]);
    expect(await page.locator('[data-atlas="sentence"]').textContent()).toMatch(/Schiermonnikoog: \d van 1 berekende wijken/);
    expect(await page.locator('#tab-panel').textContent()).not.toContain('Uw instellingen wijken af');
    expect(tab.errors).toEqual([]);
  });
});
