/**
 * The preview server's security headers (vite.config.ts) and the page's meta CSP say the same,
 * except frame-ancestors, which only a header can carry (issue #15 point 9).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import config, { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../vite.config.ts';

test('the CSP header is the meta policy plus frame-ancestors, and the server sends it with nosniff and a referrer policy', () => {
  const html = readFileSync(new URL('../../src/index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1];
  expect(CONTENT_SECURITY_POLICY).toBe(`${meta}; frame-ancestors 'none'`);
  expect((config as { preview?: { headers?: Record<string, string> } }).preview?.headers).toBe(SECURITY_HEADERS);
  expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
});
