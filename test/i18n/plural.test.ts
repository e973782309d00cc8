import { describe, expect, test } from 'vitest';
import { CIRCLES, count, counted, formatNumber, messages, MONTHS, plural } from '../../src/i18n/index.ts';

describe('plurals and numbers (Intl)', () => {
  test('one and other in Dutch and English', () => {
    expect(plural('nl', 1, CIRCLES.nl)).toBe('cirkel');
    expect(plural('nl', 0, CIRCLES.nl)).toBe('cirkels');
    expect(plural('nl', 2, CIRCLES.nl)).toBe('cirkels');
    expect(plural('en', 1, MONTHS.en)).toBe('month');
    expect(plural('en', 12, MONTHS.en)).toBe('months');
  });

  test("the report's plan per route says 1 cirkel and 2 cirkels", () => {
    expect(messages('nl').report.routeLine(1, 'route a (complexen)', 'gestart in 2027')).toBe('1 cirkel via route a (complexen), gestart in 2027.');
    expect(messages('nl').report.routeLine(2, 'route b (buurten)', 'gestart in 2027')).toBe('2 cirkels via route b (buurten), gestart in 2027.');
    expect(messages('en').report.routeLine(1, 'route c', 'started in 2027')).toBe('1 circle via route c, started in 2027.');
    // The same for the other places that count circles with a number the user may set to 1.
    expect(messages('nl').rank.columns.chance(1)).toBe('Kans met 1 cirkel');
    expect(messages('en').rank.columns.coverage(1)).toBe('Coverage after 10 years with 1 circle');
    expect(messages('nl').charts.takeoff.tip(1, '90%', '85%', '94%', '162')).toBe('1 cirkel: 90% (95%-interval 85% – 94%), 162 toekomsten');
    expect(messages('nl').atlas.col.p(1)).toBe('Kans met 1 cirkel');
    expect(messages('en').atlas.sentence('Elburg', '2', '3', 1)).toBe(
      'Elburg: 2 of 3 computed wijken with people 65+ reach the critical mass with at most 1 circle.',
    );
  });

  test('the noun follows the number as shown, not the raw value', () => {
    // A median of 0.6 circles is shown as "1", so it reads "1 cirkel"; 1.4 likewise.
    expect(counted('nl', 0.6, CIRCLES.nl)).toBe('1 cirkel');
    expect(counted('en', 1.4, CIRCLES.en)).toBe('1 circle');
    expect(counted('nl', 1.6, CIRCLES.nl)).toBe('2 cirkels');
    // With a decimal shown, 1.5 is plural in both languages.
    expect(plural('nl', 1.5, CIRCLES.nl, 1)).toBe('cirkels');
  });

  test('thousands and decimals per language', () => {
    expect(count('nl', 1234)).toBe('1.234');
    expect(count('en', 1234)).toBe('1,234');
    expect(formatNumber('nl', 0.125, 2)).toBe('0,13');
    expect(formatNumber('en', 2, 1, 1)).toBe('2.0');
    expect(counted('nl', 1000, CIRCLES.nl)).toBe('1.000 cirkels');
  });

  test('catalogue messages take numbers where they pluralise', () => {
    const nl = messages('nl'),
      en = messages('en');
    expect(nl.critical.k50(1)).toBe('Vanaf 1 gestarte cirkel rolt de sneeuwbal in minstens de helft van de toekomsten (k50).');
    expect(en.critical.k90(3)).toBe('From 3 seeded circles it rolls in at least 9 of 10 futures (k90).');
    expect(nl.words.routePart('route a (complexen)', 1, '1', '12', 'verspreid')).toBe('route a (complexen): 1 cirkel in maand 1 tot 12, verspreid');
    expect(en.words.takeoff('5 in 10', '40%', '60%', 1)).toContain('about 1 month after');
    expect(nl.words.takeoff('5 van de 10', '40%', '60%', 14)).toContain('ongeveer 14 maanden.');
    expect(en.charts.takeoff.describe(1, 4, '20', '90%')).toBe('From 1 seeded circle the chance is at least 50%. From 4 the chance is at least 90%.');
    // The CLI's answer line: no number where the answer names none (Mill: "Daarom noemen we geen aantal").
    expect(nl.cli.criticalMass.unnamed(1, 8, 20)).toBe('rond 1, geen aantal genoemd (zeker vanaf 8)');
    expect(en.cli.criticalMass.unnamed(7, null, 16)).toBe('about 7, no number given (not sure up to 16)');
    expect(nl.cli.criticalMass.withheld(5)).toBe('rond 5, geen aantal genoemd (zie de reden hieronder)');
    // Reached around k but not decided (Mill): what is known, never "not reached" beside a curve that reaches it.
    expect(nl.charts.takeoff.describe(1, null, '20', '90%', null, { around: 1, sureFrom: 8 })).toBe(
      'Vanaf 1 gestarte cirkel is de kans minstens 50%. De kans van 90% wordt rond 1 cirkel gehaald, maar niet zeker genoeg om een aantal te noemen; vanaf 8 zeker wel.',
    );
    expect(en.critical.levelUnsure('90%', { around: 7, sureFrom: null })).toBe(
      'The chance of 90% is reached around 7 circles, but not certainly enough to name a number.',
    );
    expect(nl.charts.takeoff.describe(null, null, '20', '90%')).toBe('Ook met 20 gestarte cirkels is de kans nooit 50%. De kans van 90% wordt niet gehaald.');
    expect(nl.coverage.total('Eind 2030', 2400, '2.000', '2.800', '30%', '25%', '35%')).toBe(
      'Eind 2030: 2.400 cirkels in het hele gebied (2.000 – 2.800); 30% van de 65-plussers in een cirkel (25% – 35%).',
    );
  });

  test('headline sentences count circles and years as numbers (1 voorzorgcirkel, 1 year, 1,5 jaar)', () => {
    const nl = messages('nl'),
      en = messages('en');
    expect(nl.words.circles(1, 1, '0', '2')).toBe(
      'Na 1 jaar is er naar verwachting 1 voorzorgcirkel. In 8 van de 10 gesimuleerde toekomsten zijn het er tussen 0 en 2.',
    );
    expect(nl.words.circles(10, 12.4, '8', '17')).toMatch(/^Na 10 jaar zijn er naar verwachting 12 voorzorgcirkels\. /);
    expect(en.words.circles(1, 0.6, '0', '2')).toMatch(/^After 1 year we expect 1 circle\. /);
    expect(en.words.circles(1.5, 3, '1', '5')).toMatch(/^After 1\.5 years we expect 3 circles\. /);
    expect(nl.words.cost(1.5, '€ 10', '€ 8', '€ 12', '€ 2')).toMatch(/^Kosten over 1,5 jaar: /);
    expect(en.words.compareSame('B', 'A', 1)).toBe('After 1 year B has as many circles as A in every simulated future.');
    expect(en.results.provisionalTakeoff(4, 12, 'Years ahead', 'All scenarios', 14)).toContain('judged 4 years after the stop instead of 12 years');
    expect(nl.results.sideBySideCaption(10)).toMatch(/^Na 10 jaar, per scenario/);
  });
});
