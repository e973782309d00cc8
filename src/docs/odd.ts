/**
 * The generated part of the ODD document (src/docs/ODD.md): the parameter table comes from the
 * registry, so the document cannot drift from the model. `npx tsx src/docs/odd.ts` rewrites the
 * block between the markers; test/core/odd.test.ts fails when the committed file is out of date.
 */
import { paramGroups, type ParamGroup } from '../core/params/index.ts';

export const START = '<!-- parameters:start (generated from src/core/params; run `npm run docs`) -->';
export const END = '<!-- parameters:end -->';

const GROUPS: Record<ParamGroup, string> = {
  policy: 'Policy levers', structure: 'Model structure (checks)', demography: 'Demography (fixed from data)', population: 'Population synthesis',
  network: 'Ties and space', information: 'Information', joining: 'Joining', founding: 'Self-initiation and founding', routes: 'Seeding routes',
  circles: 'Circle life', cost: 'Cost',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function parameterTable(): string {
  const lines: string[] = [START, ''];
  for (const { group, specs } of paramGroups()) {
    lines.push(`**${GROUPS[group]}**`, '', '| name | default | range | unit | fit | meaning (en) | betekenis (nl) | source |', '|---|---|---|---|---|---|---|---|');
    for (const s of specs) {
      lines.push(`| \`${s.name}\` | ${s.default} | ${s.min} … ${s.max}${s.integer ? ' (whole)' : ''} | ${s.unit} | ${s.calibrate ? 'yes' : 'no'} | ${cell(s.label.en)}: ${cell(s.help.en)} | ${cell(s.label.nl)} | ${cell(s.source)} |`);
    }
    lines.push('');
  }
  lines.push(END);
  return lines.join('\n');
}

/** The document with its generated block replaced. */
export function withParameterTable(doc: string): string {
  const a = doc.indexOf(START), b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error('ODD.md lacks the parameter markers');
  return doc.slice(0, a) + parameterTable() + doc.slice(b + END.length);
}

if (typeof process !== 'undefined' && process.argv[1]?.endsWith('odd.ts')) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const path = new URL('./ODD.md', import.meta.url);
  writeFileSync(path, withParameterTable(readFileSync(path, 'utf8')));
}
