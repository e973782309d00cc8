import { describe, expect, it } from 'vitest';
import { parts, plain, say } from '../../src/i18n/engine/index.ts';
import { InputError } from '../../src/core/errors.ts';
import { parseGemeenteExtras } from '../../src/data/extras.ts';

describe('the engine words (src/i18n/engine)', () => {
  it('no key is defined by two layers, and every key starts with its layer', () => {
    const prefixes = ['core.', 'data.', 'experiments.', 'calibration.', 'cli.', 'workers.'];
    for (const lang of ['nl', 'en'] as const) {
      const seen = new Map<string, number>();
      parts[lang].forEach((part, i) => {
        for (const key of Object.keys(part)) {
          expect(seen.has(key), `${lang}: ${key} in two files`).toBe(false);
          expect(key.startsWith(prefixes[i]), `${lang}: ${key} is not under ${prefixes[i]}`).toBe(true);
          seen.set(key, i);
        }
      });
    }
    expect(parts.nl.map((p) => Object.keys(p).sort())).toEqual(parts.en.map((p) => Object.keys(p).sort()));
  });

  it('say() gives both languages, the key and the values, and InputError keeps them', () => {
    const said = say('data.extras.notGemeente', { code: 'XX12' });
    expect(said).toEqual({
      key: 'data.extras.notGemeente',
      values: { code: 'XX12' },
      nl: "'XX12' is geen gemeentecode. Verwacht: GM + 4 cijfers.",
      en: "'XX12' is not a gemeente code. Expected: GM + 4 digits.",
    });
    const e = new InputError('bad-extras', said, { file: 'x.csv', line: 2 });
    expect([e.key, e.values, e.format('nl')]).toEqual([
      'data.extras.notGemeente',
      { code: 'XX12' },
      "x.csv, regel 2: 'XX12' is geen gemeentecode. Verwacht: GM + 4 cijfers.",
    ]);
  });

  it('a data reader throws with a catalogue key (not a sentence of its own)', () => {
    let caught: unknown;
    try {
      parseGemeenteExtras('code,naam\nXX12,Nergens\n', 'extra.csv');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).key).toBe('data.extras.notGemeente');
    expect((caught as InputError).format('en')).toBe("extra.csv, line 2, column 1: 'XX12' is not a gemeente code. Expected: GM + 4 digits.");
  });
});

describe('an undecided critical mass says only what the search measured', () => {
  it('names the sure bound, or the highest k tried, and leaves out "surely not below 0"', () => {
    const text = (v: { lower: number; upper: number | null; triedUpTo: number }) =>
      plain(say('experiments.criticalMassReason.notDecided', { k: 1, target: 0.9, ...v }));
    expect(text({ lower: 1, upper: 8, triedUpTo: 20 }).nl).toContain(': onder 1 zeker niet, en vanaf 8 zeker wel.');
    expect(text({ lower: 1, upper: 8, triedUpTo: 20 }).en).toContain(': surely not below 1, and surely from 8 on.');
    const unbounded = text({ lower: 0, upper: null, triedUpTo: 4 });
    expect(unbounded.nl).toContain(': tot 4 (het hoogste geprobeerde aantal) is geen aantal zeker genoeg.');
    expect(unbounded.nl).not.toContain('onder 0');
    expect(unbounded.en).toContain(': up to 4 (the most tried) no number is certain enough.');
  });
});
