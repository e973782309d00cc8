/**
 * The one scenario schema (issue #13): strict for files and the CLI, lenient for links, one set of
 * limits. Table-driven: each row is an input and what the schema must say about it.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { BOUNDS, type BoundName } from '../../src/experiments/scenarioLimits.ts';
import { lenient, type Dropped } from '../../src/experiments/scenarioSchema.ts';
import { defaultTakeoff } from '../../src/experiments/takeoff.ts';
import { sanitiseWorkspace } from '../../src/ui/state/workspaceCodec.ts';

const base = { area: ['WK198210'], plan: { a: { count: 1 } } };

/** The InputError validateScenario throws for `input` (fails the test when it throws none). */
function refusal(input: unknown, opts: Parameters<typeof validateScenario>[1] = {}): InputError {
  try {
    validateScenario(input, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error(`accepted: ${JSON.stringify(input)}`);
}

describe('strict: valid scenarios', () => {
  it.each([
    ['defaults filled in', base, { months: 120, reps: 100, seed: 1, pr: [{ from: 0, to: 24, intensity: 0.5 }] }],
    ['numbers as text (CLI flags)', { ...base, months: '60', reps: '8', seed: '7' }, { months: 60, reps: 8, seed: 7 }],
    ['each bound at its edge', { ...base, months: 12, reps: 10_000, seed: 2 ** 31 - 1 }, { months: 12, reps: 10_000, seed: 2 ** 31 - 1 }],
    ['a decimal comma', { ...base, pr: '0,25' }, { pr: [{ from: 0, to: 24, intensity: 0.25 }] }],
    ['a list of codes as one text', { area: 'WK198210, WK198211', plan: { b: { count: '2' } } }, { area: ['WK198210', 'WK198211'] }],
    ['$schema and description are allowed', { ...base, $schema: 'x', description: 'y' }, { months: 120 }],
  ])('%s', (_, input, expected) => {
    expect(validateScenario(input)).toMatchObject(expected);
  });

  it('keeps the field order of the JSON output (byte-identical --json)', () => {
    const s = validateScenario({ ...base, start: '2027-01', takeoff: { ratio: 1, years: 4 } });
    expect(Object.keys(s)).toEqual(['version', 'area', 'groups', 'plan', 'spillover', 'pr', 'months', 'params', 'reps', 'seed', 'start', 'takeoff']);
    expect(Object.keys(s.takeoff)).toEqual(['years', 'minSelfStarted', 'trendYears', 'minRecent', 'saturation', 'growth', 'ratio']);
    expect(Object.keys(s.plan.a)).toEqual(['count', 'from', 'to', 'placement']);
    expect(s.takeoff).toEqual({ ...defaultTakeoff, ratio: 1, years: 4 });
  });
});

/** Every bounded scenario field, where it sits in a scenario, and its bound. */
const FIELDS: [string, BoundName, (x: unknown) => Record<string, unknown>][] = [
  ['months', 'months', (x) => ({ ...base, months: x })],
  ['reps', 'reps', (x) => ({ ...base, reps: x })],
  ['seed', 'seed', (x) => ({ ...base, seed: x })],
  ['plan.a.count', 'count', (x) => ({ ...base, plan: { a: { count: x } } })],
  ...(['years', 'minSelfStarted', 'trendYears', 'minRecent', 'saturation', 'growth', 'ratio'] as const).map(
    (k): [string, BoundName, (x: unknown) => Record<string, unknown>] => [`takeoff.${k}`, `takeoff.${k}`, (x) => ({ ...base, takeoff: { [k]: x } })],
  ),
];

describe('strict: each field out of bounds is named, in plain words, with what is allowed', () => {
  const cases = FIELDS.flatMap(([field, bound, make]) => {
    const b = BOUNDS[bound];
    return [
      [field, bound, make(b.min - 1), b.min - 1],
      [field, bound, make(b.max + 1), b.max + 1],
      ...(b.whole ? [[field, bound, make(b.min + 0.5), b.min + 0.5]] : []),
    ] as [string, BoundName, unknown, number][];
  });
  it.each(cases)('%s = %s', (field, bound, input, value) => {
    const e = refusal(input);
    const b = BOUNDS[bound];
    expect(e.where.field).toBe(field);
    // takeoff.trendYears above takeoff.years is its own rule, checked after the bounds
    if (field === 'takeoff.trendYears' && value <= b.max) return;
    expect(e.format('nl')).toContain(
      `${field} moet ${b.whole ? 'een heel getal' : 'een getal'} van ${b.min} tot en met ${b.max} zijn (${b.label.nl}); gekregen: ${value}`,
    );
    expect(e.format('en')).toContain(`${field} must be ${b.whole ? 'a whole number' : 'a number'} from ${b.min} to ${b.max} (${b.label.en})`);
  });
});

describe('strict: unknown keys, wrong types, rules across fields', () => {
  it.each([
    ['a typo at the top', { ...base, sed: 3 }, 'sed', "onbekend veld 'sed' — bedoelde u 'seed'?"],
    ['a typo in a route', { ...base, plan: { a: { cont: 1 } } }, 'plan.a.cont', "bedoelde u 'count'?"],
    ['a typo in the takeoff rule', { ...base, takeoff: { yeers: 3 } }, 'takeoff.yeers', "bedoelde u 'years'?"],
    ['an unknown route', { ...base, plan: { d: { count: 1 } } }, 'plan.d', 'onbekende route "d"'],
    ['__proto__ as a key', JSON.parse('{"area":["WK198210"],"plan":{"a":{"count":1}},"__proto__":{"x":1}}'), '__proto__', "onbekend veld '__proto__'"],
    ['a typo beside a bad value: the typo first', { ...base, months: 5, sed: 3 }, 'sed', "bedoelde u 'seed'?"],
    ['text for a number', { ...base, months: 'tien' }, 'months', 'gekregen: "tien"'],
    ['a list for a number', { ...base, reps: [1] }, 'reps', 'gekregen: [1]'],
    ['an unknown placement', { ...base, plan: { a: { count: 1, placement: 'overal' } } }, 'plan.a.placement', 'plaatsing'],
    ['spillover as text', { ...base, spillover: 'ja' }, 'spillover', 'true of false'],
    ['a malformed start month', { ...base, start: '2027-13' }, 'start', 'JJJJ-MM'],
    ['a scenario that is a list', [1, 2], 'scenario', 'JSON-object'],
    ['no area', { plan: { a: { count: 1 } } }, 'area', 'minstens één gebied'],
    ['chosen without buurten', { ...base, plan: { a: { count: 1, placement: 'chosen' } } }, 'plan.a.buurten', "'chosen'"],
    ['a window ending before it starts', { ...base, plan: { a: { count: 1, from: 30, to: 20 } } }, 'plan.a.to', 'van 31 tot en met 120'],
    ['a window past the horizon', { ...base, months: 24, plan: { a: { count: 1, from: 30 } } }, 'plan.a.from', 'van 0 tot en met 23'],
    ['trend years beyond the years', { ...base, takeoff: { years: 3, trendYears: 4 } }, 'takeoff.trendYears', 'mag niet groter zijn'],
    ['PR above 1', { ...base, pr: [{ month: 0, intensity: 2 }] }, 'pr[0].intensity', 'PR-inzet'],
    ['media above its bound', { ...base, media: [{ from: 0, to: 12, intensity: 51 }] }, 'media[0].intensity', 'tot en met 50'],
    ['an unknown parameter', { ...base, params: { snowbal: 1 } }, 'params.snowbal', 'snowball'],
    ['a version from the future', { ...base, version: 2 }, 'version', 'scenarioversie 2'],
  ])('%s', (_, input, field, text) => {
    const e = refusal(input);
    expect(e.where.field).toBe(field);
    expect(e.format('nl')).toContain(text);
    expect(e.messages.en).not.toBe(e.messages.nl);
  });

  it('names the file for a field the file gave, not for one a flag set', () => {
    expect(refusal({ ...base, months: 5 }, { file: 's.json' }).format('nl')).toMatch(/^s\.json, veld months: /);
    expect(refusal({ ...base, months: 5 }, { file: 's.json', fromFlags: ['months'] }).format('nl')).toMatch(/^veld months: /);
    expect(refusal({ ...base, plan: { a: { count: 600 } } }, { file: 's.json', fromFlags: ['plan'] }).where.file).toBeUndefined();
  });
});

describe('lenient (links): what does not fit falls back and is reported', () => {
  it('one number: kept when it fits, else the fallback and a note naming the field', () => {
    const dropped: Dropped[] = [];
    expect(lenient('months', 60, 'months', 120, dropped)).toBe(60);
    expect(lenient('months', undefined, 'months', 120, dropped)).toBe(120);
    expect(dropped).toEqual([]);
    expect(lenient('months', 9999, 'months', 120, dropped)).toBe(120);
    expect(lenient('months', '60', 'months', 120, dropped)).toBe(120); // a link's JSON has numbers; text is not one
    expect(dropped.map((d) => d.field)).toEqual(['months', 'months']);
    expect(dropped[0].message.nl).toContain('months moet een heel getal van 12 tot en met 360 zijn (horizon in maanden); gekregen: 9999');
  });

  it('a workspace: each bad field back at its default, listed; the same limits as the strict parse', () => {
    const dropped: Dropped[] = [];
    const ws = sanitiseWorkspace(
      {
        months: 60,
        reps: 1e9,
        takeoff: { years: 3, ratio: 99 },
        critical: { route: 'a', maxK: 400, target: 1, reps: 5000 },
        rank: { level: 'buurt', budget: 300 },
        scenarios: [{ plan: { a: { count: BOUNDS.count.max + 1, from: 10, to: 5 } }, pr: { during: 2 }, params: { snowball: 99 } }],
      },
      dropped,
    );
    expect(ws.takeoff).toEqual({ ...defaultTakeoff, years: 3 });
    // max k 400 and a budget of 300 are within the engine's limits: the app no longer has its own (it had 200 and 100).
    expect(ws.critical).toEqual({ route: 'a', maxK: 400, target: 0.9, reps: 400 });
    expect(ws.rank).toEqual({ level: 'buurt', budget: 300, reps: 400 });
    expect(ws.scenarios[0].plan.a).toEqual({ count: 0, from: 10, to: 24, placement: 'auto' });
    expect(dropped.map((d) => d.field).sort()).toEqual(
      [
        'reps',
        'takeoff.ratio',
        'critical.target',
        'critical.reps',
        'scenarios[0].plan.a.to',
        'scenarios[0].plan.a.count',
        'scenarios[0].pr.during',
        'scenarios[0].params.snowball',
      ].sort(),
    );
    for (const d of dropped) expect(d.message.nl).not.toBe(d.message.en);
  });

  it('a takeoff rule whose trend outlasts its years falls back whole, and says so', () => {
    const dropped: Dropped[] = [];
    expect(sanitiseWorkspace({ takeoff: { years: 2, trendYears: 5 } }, dropped).takeoff).toEqual(defaultTakeoff);
    expect(dropped.map((d) => d.field)).toEqual(['takeoff.trendYears']);
  });
});
