/** Helpers for the CLI tests: the real binary, stack-trace detection and temporary input files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
