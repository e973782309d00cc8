import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.ts';
import { calibratable, checkParam, defaultParams, isParamName, registry, resolveParams } from '../../src/core/params/index.ts';

describe('parameter registry', () => {
  it('has unique names, defaults inside bounds, both labels, help and a source for every parameter', () => {
    const names = registry.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of registry) {
      expect(s.min, s.name).toBeLessThanOrEqual(s.default);
      expect(s.default, s.name).toBeLessThanOrEqual(s.max);
      expect(s.label.nl.length, s.name).toBeGreaterThan(3);
      expect(s.label.en.length, s.name).toBeGreaterThan(3);
      expect(s.help.nl.length, s.name).toBeGreaterThan(10);
      expect(s.help.en.length, s.name).toBeGreaterThan(10);
      expect(s.source.length, s.name).toBeGreaterThan(5);
      if (s.integer) expect(Number.isInteger(s.default), s.name).toBe(true);
    }
  });

  it('has snowball: a multiplier ≥ 0 with default 1', () => {
    const s = registry.find((r) => r.name === 'snowball')!;
    expect([s.default, s.min, s.unit]).toEqual([1, 0, 'multiplier']);
  });

  it('never lets calibration fit demography (fixed from data)', () => {
    const fit = calibratable();
    expect(fit.length).toBeGreaterThanOrEqual(6);
    for (const name of fit) expect(registry.find((s) => s.name === name)!.group).not.toBe('demography');
  });

  it('rejects unknown names and values outside bounds with the name and the range', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      throw new Error('no error');
    };
    const unknown = err(() => checkParam('snowbal', 1));
    expect(isInputError(unknown)).toBe(true);
    expect((unknown as Error).message).toMatch(/snowbal.*snowball/);
    const range = err(() => checkParam('snowball', 11)) as Error;
    expect(range.message).toMatch(/snowball = 11 .* 0 … 10/);
    expect(() => checkParam('foundingMin', 6.5)).toThrow(/whole numbers/);
    expect(() => checkParam('willing', 'abc')).toThrow(/must be a number/);
    expect(checkParam('willing', '0,25')).toBe(0.25);
  });

  it('knows its names as a type: a misspelt one does not compile (npm run typecheck), a known one from outside is recognised', () => {
    const p = defaultParams();
    // @ts-expect-error walkRadiusUrbn is no parameter: tsc refuses it (this line fails the typecheck if it ever compiles)
    expect(p.walkRadiusUrbn).toBeUndefined();
    expect(p.walkRadiusUrban).toBeGreaterThan(0);
    expect(isParamName('walkRadiusUrban')).toBe(true);
    expect(isParamName('walkRadiusUrbn')).toBe(false);
  });

  it('resolves overrides on top of the defaults', () => {
    const p = resolveParams({ snowball: 0 });
    expect(p.snowball).toBe(0);
    expect(p.willing).toBe(defaultParams().willing);
  });
});
