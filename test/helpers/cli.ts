/**
 * Run the real `sneeuwbal` binary (node src/cli/bin.mjs) from another directory: the bundled data
 * must be found relative to the code, not the working directory.
 */
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function sneeuwbal(...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: tmpdir(), maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A plain message, never a stack trace. */
export const hasStackTrace = (text: string) => /\n\s+at .+:\d+:\d+/.test(text);
