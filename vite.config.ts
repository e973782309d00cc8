import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = fileURLToPath(new URL('.', import.meta.url));

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
  preview: { port: 5173 },
  test: {
    root: here,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], environment: 'node', testTimeout: 60_000 },
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
    ],
  },
});
