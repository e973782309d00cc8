import { describe, expect, test } from 'vitest';
import { BUNDLED_SOURCE } from '../../src/data/bundled.ts';
import { fileSource, messages, routeDescribed, routeLabel, routeList } from '../../src/i18n/index.ts';

describe('one catalogue for the CLI and the app', () => {
  test('the CBS attribution is one line: the app shows it, the CLI prints the Dutch one', () => {
    expect(messages('nl').attribution).toBe(BUNDLED_SOURCE);
    expect(messages('en').attribution).toMatch(/^Source: CBS, Kerncijfers wijken en buurten 2024/);
    expect(fileSource('en', 'kwb.csv')).toBe('Source: kwb.csv');
  });

  test('route names come from one place, in every wording that uses them', () => {
    expect(routeLabel('nl', 'a')).toBe('a (corporatiecomplex)');
    expect(routeList('en')).toBe('a corporation complex, b neighbourhood, c indication');
    expect(routeDescribed('nl', 'mix')).toBe('mix (a, b en c tegelijk)');
    expect(messages('nl').register.route.b).toBe('b: buurt');
    expect(messages('en').calibration.planLabel(routeLabel('en', 'c'))).toBe('Circles seeded, route c (indication)');
  });

  test('the critical-mass answer is one sentence, singular for one circle', () => {
    expect(messages('nl').critical.answer(1, '90%', '')).toBe('Met 1 gestarte cirkel rolt de sneeuwbal in minstens 90% van de gesimuleerde toekomsten.');
    expect(messages('en').critical.answer(3, '90%', messages('en').critical.answerRange(2, 4))).toBe(
      'With 3 seeded circles the snowball rolls in at least 90% of the simulated futures (given the uncertainty: between 2 and 4).',
    );
  });

  test('CLI words per language', () => {
    expect(messages('nl').cli.seeHelp(' simulate')).toBe(" Zie 'sneeuwbal simulate --help'.");
    expect(messages('en').cli.criticalMass.notWithin(40)).toBe('not within 40');
    expect(messages('nl').drivers.answer.around(1)).toBe('rond 1 cirkel (niet beslist)');
  });
});
