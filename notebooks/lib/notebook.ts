/**
 * A notebook here is a TypeScript script that imports the project's own modules, runs an analysis
 * and writes what it found as Markdown with SVG figures and CSV tables (headless, reproducible:
 * fixed seeds, no wall-clock numbers in the files). Run one with
 *   npx tsx notebooks/<name>.ts [--quick] [--out DIR] [--workers N]
 * Each notebook exports `run(options)` so test/notebooks can run it in quick mode.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InlinePool, type ReplicationPool } from '../../src/experiments/pool.ts';
import { NodePool } from '../../src/workers/node-pool.ts';

export interface NotebookOptions {
  /** Small particle counts and replications: proves the notebook runs (CI), not its conclusions. */
  quick: boolean;
  outDir: string;
  workers: number;
}

export const notebooksDir = fileURLToPath(new URL('..', import.meta.url));

export function parseOptions(argv: string[], name: string): NotebookOptions {
  const at = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const workers = Number(at('--workers') ?? Math.min(4, availableParallelism()));
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers must be a whole number ≥ 1, not ${at('--workers')}`);
  return { quick: argv.includes('--quick'), outDir: resolve(at('--out') ?? join(notebooksDir, 'output', name)), workers };
}

export const poolFor = (o: NotebookOptions): ReplicationPool => (o.workers > 1 ? new NodePool(o.workers) : new InlinePool());

const cell = (v: unknown) =>
  String(v ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
const csvCell = (v: unknown) => {
  const s = typeof v === 'number' ? String(Number(v.toPrecision(8))) : String(v ?? '');
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Collects Markdown and writes it with its files into one folder. */
export class Notebook {
  private parts: string[] = [];
  readonly files: string[] = [];

  constructor(
    readonly title: string,
    readonly outDir: string,
    quick: boolean,
  ) {
    mkdirSync(outDir, { recursive: true });
    this.parts.push(`# ${title}`, '');
    if (quick) this.parts.push('> Quick mode: tiny particle counts and replications, to prove the notebook runs. Do not read the numbers as results.', '');
  }

  heading(text: string, level = 2): void {
    this.parts.push(`${'#'.repeat(level)} ${text}`, '');
  }

  text(...paragraphs: string[]): void {
    for (const p of paragraphs) this.parts.push(p, '');
  }

  table(headers: string[], rows: unknown[][]): void {
    this.parts.push(
      `| ${headers.map(cell).join(' | ')} |`,
      `|${headers.map(() => ' --- ').join('|')}|`,
      ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      '',
    );
  }

  /** Write a file next to the Markdown and return its name. */
  file(name: string, content: string): string {
    writeFileSync(join(this.outDir, name), content);
    this.files.push(name);
    return name;
  }

  csv(name: string, headers: string[], rows: unknown[][]): void {
    this.file(name, [headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n');
    this.parts.push(`Data: [${name}](${name})`, '');
  }

  figure(name: string, svg: string, caption: string): void {
    this.file(name, svg);
    this.parts.push(`![${caption}](${name})`, '', `Figure: ${caption}`, '');
  }

  /** Writes index.md; returns the list of files written. */
  write(): string[] {
    this.file('index.md', this.parts.join('\n'));
    return this.files;
  }
}

/** Run `main` when the module is the script node was started with (not when a test imports it). */
export function runIfMain(meta: ImportMeta, name: string, run: (o: NotebookOptions) => Promise<unknown>): void {
  if (!process.argv[1] || pathToFileURL(resolve(process.argv[1])).href !== meta.url) return;
  const options = parseOptions(process.argv.slice(2), name);
  run(options).then(
    () => console.log(`${name}: written to ${options.outDir}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
