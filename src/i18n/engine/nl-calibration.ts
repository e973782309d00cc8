/** Dutch words of src/calibration (see ./index.ts): keys start with 'calibration.'. The source of truth for en-calibration.ts. */

/** A sentence in both languages, passed as a value where a message wraps another. */
type Words = { nl: string; en: string };

export const nlCalibration = {
  // prior.ts: --fit and the prior file
  'calibration.prior.noFit': () => 'kies minstens één parameter om te schatten',
  'calibration.prior.unknown': (v: { name: string; fittable: string[] }) => `onbekende parameter "${v.name}"; te schatten zijn: ${v.fittable.join(', ')}`,
  'calibration.prior.demography': () => 'demografie ligt vast uit CBS-gegevens en wordt nooit geschat',
  'calibration.prior.notBehaviour': () => 'deze parameter is niet als gedrag gemarkeerd dat kalibratie mag schatten',
  'calibration.prior.notFittable': (v: { name: string; why: Words; fittable: string[] }) =>
    `${v.name} kan niet geschat worden: ${v.why.nl}. Te schatten zijn: ${v.fittable.join(', ')}`,
  'calibration.prior.twice': (v: { name: string }) => `${v.name} staat twee keer in de lijst`,
  'calibration.prior.range': (v: { lo: number; hi: number; name: string; min: number; max: number }) =>
    `het bereik ${v.lo} … ${v.hi} voor ${v.name} moet binnen ${v.min} … ${v.max} liggen, met ondergrens < bovengrens`,
  'calibration.prior.notFitted': (v: { name: string }) => `het priorbestand noemt ${v.name}, maar die wordt niet geschat (zie --fit)`,
  'calibration.prior.notJson': () => 'dit is geen geldige JSON',
  'calibration.prior.notPriors': () => 'verwacht {"priors": {"naam": [min, max]}}',
  'calibration.prior.notPair': (v: { name: string }) => `${v.name}: verwacht [min, max] of {"min": …, "max": …} met getallen`,
  // setup.ts
  'calibration.setup.horizon': (v: { months: number; start: string; cause: Words }) =>
    `de waarnemingen lopen tot maand ${v.months} na ${v.start}; ${v.cause.nl}`,
  'calibration.setup.posteriorNotUsed': () =>
    'de posterior in --params is niet gebruikt als startpunt: alleen de vaste parameters eruit; de schatting begint bij de uniforme prior',
  // observed.ts
  'calibration.observed.outside': (v: { name: string; area: string; codes: string[] }) =>
    `gebied ${v.name} ligt niet (helemaal) binnen het gekalibreerde gebied ${v.area} (${v.codes.join(', ')}); kies met --area een gebied dat het omvat`,
  'calibration.observed.beforeStart': (v: { month: string; start: string }) =>
    `de waarneming van ${v.month} ligt vóór de startmaand ${v.start}; kies een eerdere --start`,
  'calibration.observed.membersSkipped': (v: { lines: number[] }) =>
    `leden op regel ${v.lines.join(', ')} niet gebruikt: het model houdt leden per maand alleen bij voor het hele gebied, niet per route, herkomst of deelgebied`,
  // compare.ts
  'calibration.compare.onlyContagion': () =>
    'voor de modelvergelijking moet --fit ook een parameter buiten reinforcement en joinTwo bevatten (die liggen vast in het eenvoudige model)',
};
