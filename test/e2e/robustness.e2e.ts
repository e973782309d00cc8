import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { encodeWorkspace } from '../../src/ui/state/workspaceCodec.ts';
import { defaultWorkspace } from '../../src/ui/state/workspace.ts';
import { openBrowser, type Browser } from './browser.ts';

/**
 * Issue #15 in the built app: the server's security headers, and a Web Worker stopped from
 * outside in the middle of a run (no error event, no answer) — the run must still finish, with its
 * share computed by another worker, instead of hanging at "De berekening is gestart.".
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser(baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

test('the preview server sends a CSP with frame-ancestors, nosniff and a referrer policy', async () => {
  const res = await fetch(baseUrl);
  expect(res.status).toBe(200);
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
});

test('a worker terminated mid-run: the run still finishes, its share rerun by another worker', async () => {
  const tab = await browser.newTab();
  const p = tab.page;
  // Keep every Worker the app makes, so the test can stop one the way the browser would: silently.
  await p.addInitScript(() => {
    const Original = window.Worker;
    // A dead worker is noticed after 4 s of silence instead of 20 (see silenceOf in browser-pool.ts).
    (window as unknown as { sneeuwbalSilenceMs: number }).sneeuwbalSilenceMs = 4000;
    const made: Worker[] = [];
    (window as unknown as { __sbWorkers: Worker[] }).__sbWorkers = made;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        made.push(this);
      }
    };
  });
  const sc = await encodeWorkspace({ ...defaultWorkspace(), reps: 60 });
  await p.goto(new URL(`?area=GM1982&tab=results&sc=${sc}`, baseUrl).href);
  await expect.poll(() => p.locator('.sb-progress').isVisible(), { timeout: 60_000 }).toBe(true);
  // Two or more simulation workers (named sneeuwbal-sim-N) exist once replications are handed out.
  await expect.poll(() => p.evaluate(() => (window as unknown as { __sbWorkers: Worker[] }).__sbWorkers.length), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  const stopped = await p.evaluate(() => {
    const all = (window as unknown as { __sbWorkers: Worker[] }).__sbWorkers;
    const last = all[all.length - 1];
    last.terminate();
    return all.length;
  });
  expect(stopped).toBeGreaterThanOrEqual(2);
  // The pool notices the silence (4 s here) and reruns the share: results appear, no error shown.
  await expect.poll(() => p.locator('.sb-headlines article.sb-headline').count(), { timeout: 150_000 }).toBeGreaterThan(0);
  await expect.poll(() => p.locator('.sb-progress').isHidden(), { timeout: 30_000 }).toBe(true);
  // No error shown: every alert (the page's #alert region included) is hidden or empty, and the run says it finished.
  expect(await p.locator('[role="alert"]:visible').allTextContents()).toEqual([]);
  expect(await p.locator('.sb-run-status [role="status"]').textContent()).not.toMatch(/gestopt|fout|mislukt/i);
  expect(tab.errors).toEqual([]);
  await p.close();
}, 240_000);

test('scenarios too large for a link: the address leaves them out and the page says why (no HTTP 431 on reopening)', async () => {
  const tab = await browser.newTab();
  const p = tab.page;
  // 120 groups with random names: about 10,000 characters of link, more than a server safely takes.
  let seed = 15;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
  const name = () => Array.from({ length: 80 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)]).join('');
  const groups = Array.from({ length: 120 }, () => ({ name: name(), buurten: ['BU19820101'] }));
  const sc = await encodeWorkspace({ ...defaultWorkspace(), groups });
  const url = new URL(`?area=GM1982&sc=${sc}`, baseUrl).href;
  expect(url.length).toBeGreaterThan(8000);
  expect(url.length).toBeLessThan(16_000); // the test's own link must still open
  await p.goto(url);
  await expect
    .poll(() => p.locator('#alert').textContent(), { timeout: 60_000 })
    .toMatch(/passen niet meer in de link van deze pagina \([\d.]+ tekens; servers weigeren links boven 8\.000\)/);
  await expect.poll(() => p.url().length, { timeout: 10_000 }).toBeLessThanOrEqual(8000);
  expect(p.url()).toContain('area=GM1982');
  expect(p.url()).not.toContain('sc=');
  const reopened = await fetch(p.url());
  expect(reopened.status).toBe(200);
  await p.close();
});

test('a link with values beyond the limits opens, and the page says which were set back to their defaults', async () => {
  const tab = await browser.newTab();
  const p = tab.page;
  // A hand-edited link: 99,999 replications (the app allows 1,000) and a takeoff rule judged after 99 years (at most 20).
  const sc = await encodeWorkspace({ ...defaultWorkspace(), reps: 99_999, takeoff: { ...defaultWorkspace().takeoff, years: 99 } });
  await p.goto(new URL(`?area=WK198210&tab=plan&sc=${sc}`, baseUrl).href);
  const notice = () => p.locator('#notice').textContent();
  await expect.poll(notice, { timeout: 60_000 }).toContain('Niet alles uit deze link paste binnen de grenzen');
  expect(await notice()).toContain('reps moet een heel getal van 1 tot en met 1000 zijn (aantal herhalingen); gekregen: 99999');
  expect(await notice()).toContain('takeoff.years moet een getal van 1 tot en met 20 zijn');
  await p.close();
});
