import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Headers from the server that serves the built app (`npm start` = vite preview). The meta CSP in
 * index.html cannot say frame-ancestors (browsers ignore it there), so the policy also comes as a
 * header, with frame-ancestors 'none' against click-jacking; the rest is the meta policy. nosniff
 * stops a CSV or JSON from being run as script; no-referrer keeps a link's scenarios (`sc`) off
 * other sites' logs.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

// The app's index.html lives in src/ so the top level stays as the client asked;
// bundled data in data/ is imported as assets (see src/ui/data), public/ holds static files.
export default defineConfig({
  root: 'src',
  publicDir: '../public',
  base: './',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Bundled data stays a file even when tiny: an inlined data: URL would bloat the JS and be
    // refused by the CSP (connect-src 'self'), so small gemeenten would lose their map.
    assetsInlineLimit: (file) => (file.includes('/data/') ? false : undefined),
  },
  worker: { format: 'es' },
  server: { port: 5173, fs: { allow: [here] } },
  preview: { port: 5173, headers: SECURITY_HEADERS },
  test: {
    root: here,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], environment: 'node', testTimeout: 60_000, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          globalSetup: ['test/e2e/setup.ts'],
          fileParallelism: false,
        },
      },
      {
        // Timings of the built app in Chromium (load, main-thread blocking while simulating): a
        // benchmark with budgets, run by `npm run bench:app`, not part of `npm test` (no wall-clock
        // assertions in tests).
        extends: true,
        test: {
          name: 'perf',
          include: ['test/e2e/**/*.perf.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          globalSetup: ['test/e2e/setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
