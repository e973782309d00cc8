import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

/**
 * Global setup of the e2e project: builds the production app with Vite's API into
 * test-output/e2e-dist (so a running `npm start` keeps its own dist/), serves it with
 * `vite preview` on a free port, and hands the address to the tests (`inject('baseUrl')`).
 * E2E_BASE_URL=http://… skips both and tests an app that is already running.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    buildMs: number;
  }
}

const repo = fileURLToPath(new URL('../..', import.meta.url));
const configFile = resolve(repo, 'vite.config.ts');
const outDir = resolve(repo, 'test-output/e2e-dist');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await mkdir(resolve(repo, 'test-output'), { recursive: true });
  const given = process.env.E2E_BASE_URL;
  if (given) {
    project.provide('baseUrl', given.endsWith('/') ? given : `${given}/`);
    project.provide('buildMs', 0);
    return async () => {};
  }

  const started = performance.now();
  // root is given absolutely: the config's relative 'src' would otherwise depend on the cwd.
  await build({ configFile, root: resolve(repo, 'src'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const buildMs = performance.now() - started;

  const port = await freePort();
  const server: PreviewServer = await preview({
    configFile,
    root: resolve(repo, 'src'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  project.provide('buildMs', buildMs);
  return async () => {
    await server.close();
  };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
