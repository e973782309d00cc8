/**
 * A Node pool holds the process open only while its workers have runs to answer: a CLI command that
 * fails after starting its workers, or simply forgets close(), still ends. Checked in a child
 * process, since the question is whether that process exits.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const url = (path: string) => JSON.stringify(new URL(path, import.meta.url).href);
// Runs a small Mill scenario on two workers, prints the number of months, then returns without close().
const script = `
import { register } from 'tsx/esm/api';
register();
const { NodePool } = await import(${url('../../src/workers/node-pool.ts')});
const { runScenario } = await import(${url('../../src/experiments/run.ts')});
const { validateScenario } = await import(${url('../../src/experiments/scenario.ts')});
const { area, MILL } = await import(${url('../helpers/areas.ts')});
const pool = new NodePool(2);
const scenario = validateScenario({ area: [MILL], plan: { b: { count: 2 } }, reps: 4, seed: 3, months: 24 });
const result = await runScenario(scenario, area(MILL), pool);
console.log(result.series.length);
`;

describe('NodePool', () => {
  it('lets the process exit once its runs are answered, without close()', async () => {
    // Inside the project (test-output/ is ignored), so the script finds tsx in node_modules.
    const dir = fileURLToPath(new URL('../../test-output/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'pool-without-close.mjs');
    writeFileSync(file, script);
    const r = await new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [file], { cwd: fileURLToPath(new URL('.', import.meta.url)), timeout: 60_000 }, (error, stdout, stderr) =>
        resolve({ code: child.exitCode, signal: child.signalCode ?? (error as { signal?: string } | null)?.signal ?? null, stdout, stderr }),
      );
    });
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(Number(r.stdout.trim())).toBeGreaterThan(0);
  }, 90_000);
});
