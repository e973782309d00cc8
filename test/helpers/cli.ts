/** Helpers for the CLI tests: the real binary, main() in this process, stack-trace detection and temporary input files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';

const bin = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the real `sneeuwbal` binary (node src/cli/bin.mjs) from another directory: the bundled data
 * must be found relative to the code, not the working directory.
 */
export function sneeuwbal(...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: tmpdir(), maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** main() in this process, as the binary runs it (no second start-up of the TypeScript loader); the output captured. */
export async function runMain(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

/** A plain message, never a stack trace. */
export const hasStackTrace = (text: string) => /\n\s+at .+:\d+:\d+/.test(text);

/** A new temporary directory; the function returned writes `text` to `name` in it and gives its path. */
export function tempFiles(prefix: string): (name: string, text: string) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
}
