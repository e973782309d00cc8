import { CIRCLES, counted } from './plural.ts';
import type { nlAtlas } from './nl-atlas.ts';

/** English text for the atlas tab; same shape as nl-atlas.ts. */
export const enAtlas = {
  atlas: {
    title: 'Atlas: where does the snowball roll with the fewest circles?',
    intro:
      'Per wijk: how many seeded circles are needed before the snowball rolls on its own in 90% of the simulated futures. ' +
      'Already computed with the default settings; you need not compute anything.',
    loading: 'Loading the atlas…',
    failed: 'The atlas could not be loaded.',
    nationalTitle: 'The Netherlands, per gemeente',
    nationalCaption: 'Per gemeente the wijk that needs the fewest circles.',
    nationalMapLabel: 'Map of the Netherlands per gemeente. Choose a gemeente with Enter.',
    computedCount: (computed: string, places: string) => `Computed for ${computed} of ${places} wijken.`,
    gemeentenMissing: (n: string, all: string) => `${n} of ${all} gemeenten have no computed wijk yet (hatched).`,
    gemeenteTitle: (name: string) => `The wijken of ${name}`,
    gemeenteMapLabel: (name: string) => `Map of the wijken of ${name}`,
    sentence: (name: string, within: string, answered: string, budget: number) =>
      `${name}: ${within} of ${answered} computed wijken with people 65+ reach the critical mass with at most ${counted('en', budget, CIRCLES.en)}.`,
    sentencePartial: (computed: string, places: string) => `Computed: ${computed} of ${places} wijken.`,
    sentenceNone: (name: string, places: string) => `${name}: none of its ${places} wijken is computed in the bundled atlas yet. Compute them below.`,
    national: (within: string, answered: string, share: string, computed: string, places: string, budget: number) =>
      `In the whole Netherlands (computed: ${computed} of ${places} wijken): ${within} of ${answered} wijken with people 65+ (${share}) reach the critical mass with at most ${counted('en', budget, CIRCLES.en)}.`,
    showsBundle: (date: string) => `This map shows the bundled atlas: default settings, computed on ${date}.`,
    showsOwn: 'This map shows your own settings, just computed in this browser (the same computation as "Compare the places").',
    differs: 'Your settings differ from the defaults. The map still shows the defaults; compute the wijken again to see your own answer.',
    recompute: 'Compute the wijken with my settings',
    running: 'Computing the wijken…',
    legendTitle: 'Circles needed for a 90% chance',
    cls: {
      k1: '1–2 circles',
      k3: '3–5 circles',
      k6: '6–10 circles',
      k11: '11–25 circles',
      k26: 'more than 25 circles',
      undecided: 'uncertain (not decided)',
      none: 'no critical mass found',
      skipped: 'no people 65+',
      missing: 'not computed yet',
    },
    k: (n: number) => counted('en', n, CIRCLES.en),
    interval: (lo: string, hi: string) => `95% interval ${lo}–${hi}`,
    shape: (name: string, what: string) => `${name}: ${what}`,
    gemeenteShape: (name: string, what: string, computed: string, places: string) => `${name}: ${what} (${computed} of ${places} wijken computed)`,
    tableCaption: (name: string) => `The wijken of ${name} (table for the map)`,
    nationalTable: 'Table for the map of the Netherlands',
    col: {
      wijk: 'Wijk',
      k90: 'Circles needed (90%)',
      p: (budget: number) => `Chance with ${counted('en', budget, CIRCLES.en)}`,
      R: 'R',
      why: 'Why',
      gemeente: 'Gemeente',
      computed: 'Computed',
      best: 'Best wijk',
      within: (budget: string) => `Wijken with at most ${budget}`,
    },
    provenance: 'Where the atlas comes from',
    prov: { command: 'Command', commit: 'Commit', date: 'Computed until', seed: 'Seed', computed: 'Computed' },
  },
} satisfies typeof nlAtlas;
