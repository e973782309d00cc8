/**
 * The experiments and calibration layers speak through the engine words (src/i18n/engine): their
 * errors carry a catalogue key with its values, the sentences they build for people come from the
 * catalogue, and plurals and numbers are made there with Intl, as src/i18n/plural.ts makes them.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { checkFit } from '../../src/calibration/prior.ts';
import { validateScenario } from '../../src/experiments/scenario.ts';
import { routeShortfall } from '../../src/experiments/routeShortfall.ts';
import { defaultTakeoff, describeTakeoff } from '../../src/experiments/takeoff.ts';
import { plain, say } from '../../src/i18n/engine/index.ts';
import { formatNumber } from '../../src/i18n/plural.ts';

/** The InputError `f` throws (fails the test when it throws none). */
function refusal(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('accepted');
}

describe('experiments and calibration through the engine words', () => {
  it('a scenario error keeps its key and values, also when a file is named around it', () => {
    const e = refusal(() => validateScenario({ area: ['WK198210'], plan: { d: { count: 1 } } }, { file: 'plan.json' }));
    expect(e.key).toBe('experiments.scenarioSchema.unknownRoute');
    expect(e.values).toEqual({ route: '"d"' });
    expect(e.format('nl')).toBe('plan.json, veld plan.d: onbekende route "d" (toegestaan: a, b, c)');
    expect(e.format('en')).toBe('plan.json, field plan.d: unknown route "d" (allowed: a, b, c)');
  });

  it('a --fit error names the parameter as a value and the cause as a message of its own', () => {
    const e = refusal(() => checkFit(['mortality65']));
    expect(e.key).toBe('calibration.prior.notFittable');
    expect((e.values as { name: string; why: { key: string } }).name).toBe('mortality65');
    expect((e.values as { why: { key: string } }).why.key).toBe('calibration.prior.demography');
    expect(e.messages.en).toMatch(/^mortality65 cannot be fitted: demography is fixed from CBS data and never fitted\. Parameters that can be fitted: /);
  });

  it('the takeoff rule in words is the catalogue message with the rule as values, nothing else in the JSON', () => {
    const text = describeTakeoff(defaultTakeoff);
    expect(Object.keys(text)).toEqual(['nl', 'en']);
    expect(text).toEqual(plain(say('experiments.takeoff.rule', { ...defaultTakeoff })));
    expect(text.nl).toMatch(/^"De sneeuwbal rolt" betekent hier: \d+ jaar nadat de professionals stoppen, bestaan er minstens \d+ cirkels/);
    expect(describeTakeoff({ ...defaultTakeoff, minRecent: 1 }).en).toContain('at least one was still started that way');
    expect(describeTakeoff({ ...defaultTakeoff, minRecent: 3 }).en).toContain('at least 3 were still started that way');
  });

  it('a route shortfall of an unknown code reads as "the route got stuck"', () => {
    expect(routeShortfall('no-venue')).toEqual({ nl: 'het gebied heeft geen ontmoetingsplek', en: 'the area has no meeting place' });
    expect(routeShortfall('from-a-newer-model')).toEqual({ nl: 'de route liep vast', en: 'the route got stuck' });
  });

  it('plurals and numbers in the catalogue follow Intl as src/i18n/plural.ts does', () => {
    const one = say('experiments.criticalMassReason.noMass', { maxK: 1, target: 0.9 });
    const two = say('experiments.criticalMassReason.noMass', { maxK: 2, target: 0.9 });
    expect(one.nl).toBe('Geen kritische massa binnen 1 gestarte cirkel: de kans dat de sneeuwbal rolt haalt 90% niet.');
    expect(two.nl).toBe('Geen kritische massa binnen 2 gestarte cirkels: de kans dat de sneeuwbal rolt haalt 90% niet.');
    expect(one.en).toBe('No critical mass within 1 seeded circle: the chance that the snowball rolls does not reach 90%.');
    const d = say('experiments.criticalMassReason.depletion', { k: 3, willingInCircle: 0.456, freeConnectors: 1234, connectors: 5678 });
    expect(d.nl).toBe(
      `bij 3 cirkels zit 46% van wie ooit mee wil doen in een cirkel, en zijn ${formatNumber('nl', 1234)} van de ${formatNumber('nl', 5678)} mogelijke verbinders nog vrij`,
    );
    expect(d.en).toContain(`${formatNumber('en', 1234)} of ${formatNumber('en', 5678)} potential connectors`);
    const r = say('experiments.criticalMassReason.r', { R: 1.2345, interval: { lo: 0.5, hi: 2 }, censored: null, cStar: 1, never: false });
    expect(r.nl).toBe(
      `Elke gestarte cirkel bracht in zijn bestaan gemiddeld R ≈ ${formatNumber('nl', 1.2345, 2)} (95%-interval ${formatNumber('nl', 0.5, 2)}–2) nieuwe cirkels voort die ouderen zelf begonnen (splitsingen niet meegeteld). Een cirkel met minstens 1 andere cirkel op loop- of fietsafstand vervangt zichzelf (R ≥ 1): daar ontstaat de kritische massa.`,
    );
  });

  it('a reason assembled from parts joins them in the catalogue, per language', () => {
    const why = say('experiments.criticalMassReason.shortfall', {
      routes: [
        { route: 'a', why: routeShortfall('no-complex') },
        { route: 'b', why: routeShortfall('no-venue') },
      ],
    });
    expect(why.nl).toBe('route a: het gebied heeft geen corporatiecomplex met genoeg 65-plussers; route b: het gebied heeft geen ontmoetingsplek');
    expect(why.en).toBe('route a: the area has no corporation complex with enough people 65+; route b: the area has no meeting place');
  });
});
