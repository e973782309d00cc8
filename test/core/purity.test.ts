/**
 * The model core must run unchanged in Node, a Web Worker, tests and notebooks: no DOM, no fetch,
 * no Worker, no Math.random, no Node built-ins, and no imports from the UI, workers or CLI.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const PURE = ['src/core', 'src/experiments', 'src/data', 'src/calibration'].filter((d) => {
  try {
    return statSync(d).isDirectory();
  } catch {
    return false;
  }
});

/** Code without comments, so a comment that names Math.random does not count. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('pure core', () => {
  const all = PURE.flatMap(files);
  it('finds the core files', () => expect(all.length).toBeGreaterThan(20));
  it.each(all)('%s uses no Math.random, DOM, fetch or Worker', (f) => {
    const c = code(readFileSync(f, 'utf8'));
    expect(c).not.toMatch(/Math\.random/);
    expect(c).not.toMatch(/\b(document|window|localStorage|indexedDB|navigator)\s*\./);
    expect(c).not.toMatch(/\bfetch\s*\(/);
    expect(c).not.toMatch(/new\s+(Shared)?Worker\s*\(/);
    expect(c).not.toMatch(/from\s+['"]node:/);
    expect(c).not.toMatch(/from\s+['"][./]*\/(ui|workers|cli)\//);
  });
});
