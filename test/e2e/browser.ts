import { mkdtemp, readFile, rm, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * The system Chromium (Debian package) driven by playwright-core; no browser is ever downloaded.
 * Each session gets a fresh profile, records every request and every console error, and blocks
 * anything that would leave the test server, so "no other hosts" is checked, not assumed.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const outputDir = resolve(fileURLToPath(new URL('../..', import.meta.url)), 'test-output');

const args = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Tab {
  page: Page;
  /** Every URL asked for since this tab opened (workers included), in order. */
  requests: string[];
  /** Console errors, uncaught exceptions and CSP violations. */
  errors: string[];
  /** Requests to any origin other than the app's. */
  foreign(): string[];
  screenshot(name: string): Promise<void>;
}

export interface Browser {
  context: BrowserContext;
  /** A new page; requests are recorded for the whole profile, so tests in a file run one after another. */
  newTab(viewport?: { width: number; height: number }): Promise<Tab>;
  close(): Promise<void>;
}

/** One browser with one tab for a whole test file: opened before its tests (handed to `opened`), closed after them. */
export function useTab(baseUrl: string, opened: (tab: Tab) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await openBrowser(baseUrl);
    opened(await browser.newTab());
  });
  afterAll(async () => {
    await browser?.close();
  });
}

/**
 * `profile`: a user-data-dir to use and keep (a "browser restart" is closing and opening again on
 * the same one); without it a fresh profile is made and removed on close.
 */
export async function openBrowser(baseUrl: string, options: { profile?: string } = {}): Promise<Browser> {
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'sneeuwbal-chromium-')));
  // headless: false because the headless mode is chosen by the --headless=new argument above.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: false,
    args,
    viewport: { width: 1280, height: 900 },
  });
  const origin = new URL(baseUrl).origin;
  const requests: string[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
  });
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => route.abort('blockedbyclient'),
  );
  const spare = context.pages();
  return {
    context,
    async newTab(viewport) {
      const page = spare.pop() ?? (await context.newPage());
      if (viewport) await page.setViewportSize(viewport);
      const first = requests.length;
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      const mine = () => requests.slice(first);
      return {
        page,
        get requests() {
          return mine();
        },
        errors,
        foreign: () => mine().filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin),
        async screenshot(name) {
          await mkdir(outputDir, { recursive: true });
          await page.screenshot({ path: join(outputDir, `${name}.png`), fullPage: true });
        },
      };
    },
    async close() {
      await context.close();
      if (!options.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}

let axeSource: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

/**
 * Runs axe-core in the page. The source goes in through DevTools evaluation, which the page's
 * CSP (script-src 'self') does not block, so the app is checked under its real policy.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 5).map((n) => String(n.target)),
    }));
  });
}
