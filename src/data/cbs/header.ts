/**
 * Header row → what each column means. The form of the file (kwb short names, OData keys or
 * StatLine labels) follows from which style of header matched most; columns the reader does not
 * know are ignored, so extra CBS themes never get in the way.
 */
import type { TableForm, Variable } from '../types.ts';
import { IDENTITY, VARIABLES, normaliseLabel, odataStem, statlineTitle, type IdentityRole, type ValueKind } from './dictionary.ts';

interface VariableColumn {
  variable: Variable;
  kind: ValueKind;
  /** 0-based column index. */
  index: number;
  header: string;
}

export interface ResolvedHeader {
  form: TableForm;
  variables: VariableColumn[];
  /** Column indexes per identity role, best candidate first. */
  identity: Record<IdentityRole, number[]>;
  /** Later columns that mean a variable already taken (ignored, reported as a warning). */
  duplicates: VariableColumn[];
}

type Target = { variable: Variable; kind: ValueKind } | { role: IdentityRole; rank: number };

interface Lookup {
  short: Map<string, Target[]>;
  stem: Map<string, Target[]>;
  title: Map<string, Target[]>;
}

const lookup: Lookup = buildLookup();

function buildLookup(): Lookup {
  const l: Lookup = { short: new Map(), stem: new Map(), title: new Map() };
  const add = (m: Map<string, Target[]>, key: string, t: Target) => {
    const k = normaliseLabel(key);
    m.set(k, [...(m.get(k) ?? []), t]);
  };
  for (const spec of VARIABLES) {
    const t = { variable: spec.variable, kind: spec.kind };
    spec.short.forEach((s) => add(l.short, s, t));
    spec.stems.forEach((s) => add(l.stem, s, t));
    spec.titles.forEach((s) => add(l.title, s, t));
  }
  for (const [role, names] of Object.entries(IDENTITY) as [IdentityRole, (typeof IDENTITY)[IdentityRole]][]) {
    names.short.forEach((s, i) => add(l.short, s, { role, rank: i }));
    names.stems.forEach((s, i) => add(l.stem, s, { role, rank: 100 + i }));
    names.titles.forEach((s, i) => add(l.title, s, { role, rank: 200 + i }));
  }
  return l;
}

/** Which targets one header cell means, and in which style it was written. */
function matchHeader(cell: string): { form: TableForm; targets: Target[] } | null {
  const norm = normaliseLabel(cell);
  const short = lookup.short.get(norm);
  if (short) return { form: 'kwb', targets: short };
  const stem = odataStem(cell);
  const byStem = stem === null ? undefined : lookup.stem.get(stem);
  if (byStem) return { form: 'odata', targets: byStem };
  const byTitle = lookup.title.get(statlineTitle(cell));
  if (byTitle) return { form: 'statline', targets: byTitle };
  return null;
}

export function resolveHeader(cells: readonly string[]): ResolvedHeader {
  const votes: Record<TableForm, number> = { kwb: 0, odata: 0, statline: 0 };
  const variables: VariableColumn[] = [];
  const duplicates: VariableColumn[] = [];
  const ranked: Record<IdentityRole, { index: number; rank: number }[]> = { code: [], name: [], gemeenteName: [], kind: [] };
  const taken = new Set<Variable>();

  cells.forEach((cell, index) => {
    const match = matchHeader(cell);
    if (!match) return;
    votes[match.form]++;
    for (const t of match.targets) {
      if ('role' in t) {
        ranked[t.role].push({ index, rank: t.rank });
      } else {
        const col = { variable: t.variable, kind: t.kind, index, header: cell.trim() };
        if (taken.has(t.variable)) duplicates.push(col);
        else {
          taken.add(t.variable);
          variables.push(col);
        }
      }
    }
  });

  const identity = {} as Record<IdentityRole, number[]>;
  for (const role of Object.keys(ranked) as IdentityRole[]) {
    identity[role] = ranked[role].sort((a, b) => a.rank - b.rank || a.index - b.index).map((c) => c.index);
  }
  const form = (['kwb', 'odata', 'statline'] as const).reduce((best, f) => (votes[f] > votes[best] ? f : best), 'kwb' as TableForm);
  return { form, variables, identity, duplicates };
}
