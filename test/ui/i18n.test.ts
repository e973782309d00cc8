import { describe, expect, test } from 'vitest';
import { nl } from '../../src/i18n/nl.ts';
import { en } from '../../src/i18n/en.ts';
import { localeFor } from '../../src/ui/i18n/index.ts';

/** The compiler checks en against nl's type; this also catches functions with different arity. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, shape(v)])
        .sort(),
    );
  return typeof value;
}

describe('messages', () => {
  test('English has exactly the Dutch keys and function signatures', () => {
    expect(shape(en)).toEqual(shape(nl));
  });

  test('no message is empty', () => {
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
      else if (typeof value === 'function') expect(String(value('x', 'y')).trim(), path).not.toBe('');
      else if (typeof value === 'object' && value) for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(nl, 'nl');
    walk(en, 'en');
  });

  test('the attribution names CBS and the geometry in both languages', () => {
    expect(nl.attribution).toBe('Bron: CBS, Kerncijfers wijken en buurten 2024; geometrie CBS/Kadaster (bewerkt)');
    expect(en.attribution).toContain('CBS, Kerncijfers wijken en buurten 2024');
  });
});

describe('number formatting', () => {
  test('Dutch: dot for thousands, comma for decimals', () => {
    const { fmt } = localeFor('nl');
    expect(fmt.count(91722)).toBe('91.722');
    expect(fmt.percent(23.977)).toMatch(/^24,0\s?%$/);
    expect(fmt.percent(15, 0)).toMatch(/^15\s?%$/);
  });

  test('English: comma for thousands, dot for decimals', () => {
    const { fmt } = localeFor('en');
    expect(fmt.count(91722)).toBe('91,722');
    expect(fmt.percent(23.977)).toBe('24.0%');
  });

  test('missing figures are words, never 0', () => {
    const { fmt } = localeFor('nl');
    expect(fmt.figure('secret')).toBe('geheim');
    expect(fmt.figure('unknown')).toBe('onbekend');
    expect(fmt.figure('blank', 'percent')).toBe('onbekend');
    expect(fmt.figure('absent')).toBe('niet in bestand');
    expect(localeFor('en').fmt.figure('secret')).toBe('secret');
    expect(fmt.figure(0)).toBe('0');
  });

  test('an undecided critical mass of about one circle reads in the singular', () => {
    expect(nl.critical.headline.undecidedK('Mill', 1)).toBe(
      'In Mill is waarschijnlijk ongeveer 1 cirkel nodig, maar dat is nog niet zeker genoeg om een aantal te noemen.',
    );
    expect(nl.critical.headline.undecidedK('Cuijk', 7)).toContain('zijn waarschijnlijk ongeveer 7 cirkels nodig');
    expect(en.critical.headline.undecidedK('Mill', 1)).toContain('about 1 circle is needed');
    // With a sure bound from further up the curve, the headline says it too.
    expect(nl.critical.headline.undecidedK('Mill', 1, 8)).toBe(
      'In Mill is waarschijnlijk ongeveer 1 cirkel nodig, maar dat is nog niet zeker genoeg om een aantal te noemen. Met 8 cirkels is het wel zeker genoeg.',
    );
    expect(en.critical.headline.undecidedK('Mill', 1, 8)).toMatch(/ With 8 circles it is certain enough\.$/);
  });
});
