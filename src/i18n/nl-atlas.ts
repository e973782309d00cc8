import { CIRCLES, counted } from './plural.ts';
/** Dutch text for the atlas tab (issue #14): the national and the gemeente map of the bundled atlas. */
export const nlAtlas = {
  atlas: {
    title: 'Atlas: waar rolt de sneeuwbal met de minste cirkels?',
    intro:
      'Per wijk: hoeveel gestarte cirkels nodig zijn voordat de sneeuwbal in 90% van de gesimuleerde toekomsten vanzelf rolt. ' +
      'Al berekend met de standaardinstellingen; u hoeft zelf niets te berekenen.',
    loading: 'De atlas wordt geladen…',
    failed: 'De atlas kon niet worden geladen.',
    nationalTitle: 'Nederland, per gemeente',
    nationalCaption: 'Per gemeente de wijk die de minste cirkels nodig heeft.',
    nationalMapLabel: 'Kaart van Nederland per gemeente. Kies een gemeente met Enter.',
    computedCount: (computed: string, places: string) => `Berekend voor ${computed} van ${places} wijken.`,
    gemeentenMissing: (n: string, all: string) => `${n} van ${all} gemeenten hebben nog geen berekende wijk (gearceerd).`,
    gemeenteTitle: (name: string) => `De wijken van ${name}`,
    gemeenteMapLabel: (name: string) => `Kaart van de wijken van ${name}`,
    sentence: (name: string, within: string, answered: string, budget: string) => `${name}: ${within} van ${answered} berekende wijken met 65-plussers haalt de kritische massa met hooguit ${budget} cirkels.`,
    sentencePartial: (computed: string, places: string) => `Berekend: ${computed} van ${places} wijken.`,
    sentenceNone: (name: string, places: string) => `${name}: nog geen van de ${places} wijken is berekend in de meegeleverde atlas. Bereken ze hieronder.`,
    national: (within: string, answered: string, share: string, computed: string, places: string, budget: string) =>
      `In heel Nederland (berekend: ${computed} van ${places} wijken): ${within} van ${answered} wijken met 65-plussers (${share}) haalt de kritische massa met hooguit ${budget} cirkels.`,
    showsBundle: (date: string) => `Deze kaart toont de meegeleverde atlas: standaardinstellingen, berekend op ${date}.`,
    showsOwn: 'Deze kaart toont uw eigen instellingen, zojuist berekend in deze browser (zelfde berekening als "Vergelijk de plekken").',
    differs: 'Uw instellingen wijken af van de standaard. De kaart toont nog de standaard; bereken de wijken opnieuw om uw eigen uitkomst te zien.',
    recompute: 'Bereken de wijken met mijn instellingen',
    running: 'De wijken worden berekend…',
    legendTitle: 'Cirkels nodig voor 90% kans',
    cls: {
      k1: '1–2 cirkels', k3: '3–5 cirkels', k6: '6–10 cirkels', k11: '11–25 cirkels', k26: 'meer dan 25 cirkels',
      undecided: 'onzeker (niet beslist)', none: 'geen kritische massa gevonden', skipped: 'geen 65-plussers', missing: 'nog niet berekend',
    },
    k: (n: number) => counted('nl', n, CIRCLES.nl),
    interval: (lo: string, hi: string) => `95%-interval ${lo}–${hi}`,
    shape: (name: string, what: string) => `${name}: ${what}`,
    gemeenteShape: (name: string, what: string, computed: string, places: string) => `${name}: ${what} (${computed} van ${places} wijken berekend)`,
    tableCaption: (name: string) => `De wijken van ${name} (tabel bij de kaart)`,
    nationalTable: 'Tabel bij de kaart van Nederland',
    col: { wijk: 'Wijk', k90: 'Cirkels nodig (90%)', p: (budget: string) => `Kans met ${budget} cirkels`, R: 'R', why: 'Waarom', gemeente: 'Gemeente', computed: 'Berekend', best: 'Beste wijk', within: (budget: string) => `Wijken met hooguit ${budget}` },
    provenance: 'Herkomst van de atlas',
    prov: { command: 'Opdracht', commit: 'Commit', date: 'Berekend tot', seed: 'Seed', computed: 'Berekend' },
  },
};
