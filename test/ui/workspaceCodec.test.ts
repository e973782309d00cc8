import { describe, expect, test } from 'vitest';
import { registry } from '../../src/core/params/index.ts';
import { cleanParams, paramStep, withParam } from '../../src/ui/state/params.ts';
import { decodeWorkspace, encodeWorkspace, sanitiseWorkspace } from '../../src/ui/state/workspaceCodec.ts';
import { defaultWorkspace } from '../../src/ui/state/workspace.ts';
import { fromBase64url, toBase64url } from '../../src/ui/state/compress.ts';

/** Reading a workspace from a link or storage: every field is checked, parameters by the registry. */
describe('parameters through the registry', () => {
  test('known names in range are kept, defaults dropped, the rest reported', () => {
    const { params, dropped } = cleanParams({ snowball: 0, talkMember: 0.08, nonsense: 3, joinOne: 'x', complexSize: 1000, wellMixed: 0.5 });
    expect(params).toEqual({ snowball: 0 }); // talkMember 0.08 is its default
    expect(dropped.map((d) => d.name).sort()).toEqual(['complexSize', 'joinOne', 'nonsense', 'wellMixed']);
    for (const d of dropped) expect(d.message.nl).not.toBe(d.message.en);
  });

  test('overrides come out in registry order, so equal sets give equal links', () => {
    const a = withParam(withParam({}, 'costPrMonth', 300), 'snowball', 2);
    const b = withParam(withParam({}, 'snowball', 2), 'costPrMonth', 300);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(withParam(a, 'snowball', null)).toEqual({ costPrMonth: 300 });
    expect(withParam(a, 'snowball', 1)).toEqual({ costPrMonth: 300 });
    expect(() => withParam(a, 'snowball', 99)).toThrow(/snowball/);
  });

  test('every registry parameter has a step that reaches its default from its minimum', () => {
    for (const spec of registry) {
      const step = paramStep(spec);
      expect(step, spec.name).toBeGreaterThan(0);
      const k = (spec.default - spec.min) / step;
      expect(Math.abs(k - Math.round(k)), spec.name).toBeLessThan(1e-6);
    }
  });
});

describe('workspace sanitising', () => {
  test('garbage gives the default workspace', () => {
    for (const raw of [null, 3, 'x', [], { scenarios: 'no' }]) expect(sanitiseWorkspace(raw).scenarios).toEqual(defaultWorkspace().scenarios);
  });

  test('out-of-range values fall back one by one; unknown codes and duplicate groups are dropped', () => {
    const ws = sanitiseWorkspace({
      seed: -1,
      reps: 1e9,
      months: 60,
      active: 7,
      groups: [
        { name: 'A', buurten: ['BU19821001', 'nope', 'GM1982'] },
        { name: 'A', buurten: ['BU19821002'] },
        { name: '', buurten: ['BU19821002'] },
      ],
      scenarios: [
        {
          name: '=cmd',
          plan: { a: { count: 3, from: 50, to: 10, placement: 'everywhere' } },
          pr: { during: 2 },
          chosen: ['BU19821001', '<b>'],
          params: { snowball: 0, evil: 1 },
        },
      ],
    });
    expect(ws.seed).toBe(1);
    expect(ws.reps).toBe(40);
    expect(ws.months).toBe(60);
    expect(ws.active).toBe(0);
    expect(ws.groups).toEqual([{ name: 'A', buurten: ['BU19821001'] }]);
    const d = ws.scenarios[0];
    expect(d.name).toBe('=cmd'); // names are text, shown as text; CSV export escapes them
    expect(d.plan.a).toEqual({ count: 3, from: 50, to: 51, placement: 'auto' }); // as validateScenario fills a bad window
    expect(d.plan.b.count).toBe(0);
    expect(d.pr).toEqual({ during: 0.5, after: 0 });
    expect(d.chosen).toEqual(['BU19821001']);
    expect(d.params).toEqual({ snowball: 0 });
  });

  test('the default workspace encodes to nothing; anything else to a versioned string', async () => {
    expect(await encodeWorkspace(defaultWorkspace())).toBeNull();
    const text = await encodeWorkspace({ ...defaultWorkspace(), seed: 7 });
    expect(text).toMatch(/^1\./);
    expect((await decodeWorkspace(text)).workspace.seed).toBe(7);
  });

  test('base64url round trip of all byte values', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect([...fromBase64url(text)]).toEqual([...bytes]);
    expect(() => fromBase64url('a+b')).toThrow();
  });
});
