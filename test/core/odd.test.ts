/**
 * The ODD document and the parameter registry cannot drift: the committed parameter table must be
 * exactly what the registry generates (run `npm run docs` after changing a parameter), and every
 * parameter named in the prose must exist.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/core/params/index.ts';
import { END, parameterTable, PATTERNS_END, PATTERNS_START, START } from '../../src/docs/odd.ts';
import { FIELD } from '../../src/experiments/patternDefs.ts';
import { defaultTakeoff } from '../../src/experiments/takeoff.ts';

const doc = readFileSync(new URL('../../src/docs/ODD.md', import.meta.url), 'utf8');

describe('ODD document', () => {
  it('has the generated parameter table of the current registry', () => {
    const block = doc.slice(doc.indexOf(START), doc.indexOf(END) + END.length);
    expect(block).toBe(parameterTable());
  });

  it('lists every parameter and names no parameter that does not exist', () => {
    const names = new Set<string>(registry.map((s) => s.name));
    for (const n of names) expect(doc, n).toContain(`\`${n}\``);
    const prose = doc.slice(0, doc.indexOf(START));
    const named = [...prose.matchAll(/`([a-z][A-Za-z0-9]+)`/g)].map((m) => m[1]).filter((w) => /[A-Z]/.test(w) || names.has(w));
    // Besides parameters the prose names the takeoff rule's fields and a few functions.
    const other = new Set([...Object.keys(defaultTakeoff), 'withEstimates', 'streamKey', 'monthKey', 'u01']);
    const unknown = named.filter((w) => !names.has(w) && !other.has(w));
    expect(unknown).toEqual([]);
  });

  it('carries the generated patterns table with one row per field pattern (npm run docs)', () => {
    const block = doc.slice(doc.indexOf(PATTERNS_START), doc.indexOf(PATTERNS_END));
    expect(block.length).toBeGreaterThan(PATTERNS_START.length);
    for (const f of Object.values(FIELD)) expect(block).toContain(`| ${f.label.en} | ${f.fieldText.replace(/\|/g, '\\|')} |`);
  });

  it('has the seven ODD elements', () => {
    for (const h of [
      'Purpose and patterns',
      'Entities, state variables and scales',
      'Process overview and scheduling',
      'Design concepts',
      'Initialisation',
      'Input data',
      'Submodels',
    ]) {
      expect(doc).toContain(h);
    }
  });
});
