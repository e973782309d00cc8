import { CIRCLES, count, counted, countedYears, MONTHS, plural, VOORZORGCIRKELS } from './plural.ts';

/**
 * Dutch text for results: plain-words sentences, charts, critical mass, the ranking, the coverage
 * map and the council report. Part of nl.ts; en-results.ts mirrors it. Uncertainty is said in
 * "k van de 10 gesimuleerde toekomsten", never as a bare percentage band.
 */
/** Where a level is reached but not decided to within one circle (issue #9): what is known, never "not reached". */
export interface Unsure {
  around: number;
  /** The smallest k tried where the level is surely reached (null: none of the tried k). */
  sureFrom: number | null;
}
const levelUnsureNl = (level: string, u: Unsure) =>
  `De kans van ${level} wordt rond ${counted('nl', u.around, CIRCLES.nl)} gehaald, maar niet zeker genoeg om een aantal te noemen${u.sureFrom === null ? '' : `; vanaf ${count('nl', u.sureFrom)} zeker wel`}.`;

export const nlResults = {
  results: {
    title: (area: string) => `Resultaten voor ${area}`,
    disclaimer:
      'Sneeuwbal is een hulpmiddel om te plannen, geen voorspelling. Het model rekent veel mogelijke toekomsten door. ' +
      'Een getal zoals "17 (16 – 21)" betekent: in de helft van die toekomsten meer dan 17, en in 8 van de 10 tussen 16 en 21.',
    notYet: (name: string) => `${name} is nog niet berekend.`,
    invalid: (name: string, message: string) => `${name} kan niet worden berekend: ${message}`,
    run: 'Bereken',
    downloadJson: 'Download resultaat (JSON)',
    downloadJsonLabel: (name: string) => `Download resultaat (JSON): ${name}`,
    inShort: 'In het kort',
    takeoffRuleLabel: 'Wanneer rolt de sneeuwbal?',
    /**
     * After the takeoff rule when the horizon ends before the rule's years: an early look. Names the
     * form field ("Hoe ver vooruit" under "Voor alle scenario's") and the whole years it needs, where the
     * command line says --months.
     */
    provisionalTakeoff: (after: number, years: number, field: string, section: string, needed: number) =>
      `Let op: deze berekening stopt eerder, dus hier is dat al ${countedYears('nl', after)} na het stoppen bekeken in plaats van ${countedYears('nl', years)}: een voorlopige kans, niet het oordeel van de kritische massa. Zet “${field}” (${section}) op minstens ${countedYears('nl', needed)} voor het volle oordeel.`,
    sideBySide: "Scenario's naast elkaar",
    sideBySideCaption: (years: number) =>
      `Na ${countedYears('nl', years)}, per scenario: de middelste uitkomst en tussen haakjes 8 van de 10 gesimuleerde toekomsten`,
    bandNote: 'Tussen haakjes: in 8 van de 10 gesimuleerde toekomsten ligt de uitkomst hiertussen. De kans op rollen heeft een 95%-interval.',
    overTime: 'Door de jaren heen',
    compareTitle: "Verschil tussen de scenario's",
    compareHelp: "Omdat de scenario's dezelfde toekomsten doorrekenen, kunnen we ze per toekomst vergelijken. " + 'Zo ziet u wat het plan zelf uitmaakt.',
    baseLabel: 'Vergelijk met',
    notes: 'Schattingen en aanvullingen in de gegevens',
    never: 'rolt niet',
    csv: {
      scenario: 'Scenario',
      what: 'Wat',
      unit: 'Eenheid',
      median: 'Mediaan',
      p10: '10%',
      p90: '90%',
      circles: 'cirkels',
      people: 'personen',
      percent: 'procent',
      percentInterval: 'procent (schatting met 95%-interval)',
      months: 'maanden',
      attempts: 'pogingen',
      euro: 'euro',
    },
    rows: {
      what: 'Na de horizon',
      seeded: 'Gestart door professionals (mediaan per route)',
      circles: 'Voorzorgcirkels',
      spontaneous: 'Waarvan door ouderen zelf gestart',
      members: 'Leden',
      coverage: '65-plussers in een cirkel',
      takeoff: 'Kans dat de sneeuwbal rolt',
      timeToTakeoff: 'Maanden tot de sneeuwbal rolt',
      offspring: 'Nieuwe cirkels per gestarte cirkel',
      failed: 'Mislukte pogingen om een cirkel te starten',
      cost: 'Kosten',
      costPerCircle: 'Kosten per gestarte cirkel',
    },
    /** Cost per circle when some simulated futures started no circle: the band is over the others. */
    costPerCircleSome: (n: string, m: string) => `in de ${n} van de ${m} gesimuleerde toekomsten waarin een cirkel startte`,
    costPerCircleNone: 'geen: in geen enkele gesimuleerde toekomst startte een cirkel',
  },
  words: {
    outOfTen: (k: string) => `${k} van de 10`,
    fewerThanOne: 'minder dan 1 van de 10',
    moreThanNine: 'meer dan 9 van de 10',
    circles: (years: number, median: number, low: string, high: string) =>
      `Na ${countedYears('nl', years)} ${plural('nl', median, { one: 'is', other: 'zijn' })} er naar verwachting ${counted('nl', median, VOORZORGCIRKELS.nl)}. In 8 van de 10 gesimuleerde toekomsten zijn het er tussen ${low} en ${high}.`,
    spontaneous: (median: string, low: string, high: string) => `Daarvan hebben ouderen er ${median} zelf gestart (${low} tot ${high}).`,
    coverage: (median: string, low: string, high: string, people: string) =>
      `${median} van de 65-plussers zit in een cirkel (${low} tot ${high}); dat zijn ongeveer ${people} mensen.`,
    takeoff: (chance: string, lo: string, hi: string, months: number) =>
      `De sneeuwbal rolt in ${chance} gesimuleerde toekomsten (95%-interval ${lo} tot ${hi}). Als hij rolt, duurt dat na het stoppen van de professionals ongeveer ${counted('nl', months, MONTHS.nl)}.`,
    noTakeoff: (hi: string) => `De sneeuwbal rolt in geen van de gesimuleerde toekomsten. De kans is waarschijnlijk kleiner dan ${hi}.`,
    cost: (years: number, median: string, low: string, high: string, fixed: string) =>
      `Kosten over ${countedYears('nl', years)}: ${median} (${low} tot ${high}), waarvan ${fixed} eenmalig volgens het kostenplaatje.`,
    snowballOff: 'In dit scenario beginnen ouderen zelf geen cirkels (sneeuwbal uit): dit is wat de professionals alleen bereiken.',
    compare: (other: string, base: string, years: number, better: string, worse: string) =>
      `${other} heeft na ${countedYears('nl', years)} in ${better} gesimuleerde toekomsten meer cirkels dan ${base}, en in ${worse} minder.`,
    compareSame: (other: string, base: string, years: number) =>
      `${other} heeft na ${countedYears('nl', years)} in elke gesimuleerde toekomst evenveel cirkels als ${base}.`,
    routeShort: { a: 'route a (complexen)', b: 'route b (buurten)', c: 'route c (indicaties)' },
    routePart: (route: string, n: number, from: string, to: string, where: string) =>
      `${route}: ${counted('nl', n, CIRCLES.nl)} in maand ${from} tot ${to}, ${where}`,
    prPart: (pr: string) => `PR tot ${pr}.`,
    unavailableRoute: (route: string, share: string, why: string) => `Route ${route} lukte in ${share} gesimuleerde toekomsten niet helemaal: ${why}.`,
  },
  charts: {
    yearsAxis: 'Jaren na de start',
    calendarAxis: 'Jaar',
    bandLegend: 'Band: 8 van de 10 gesimuleerde toekomsten',
    seedingEnd: 'professionals stoppen',
    showTable: 'Toon de cijfers als tabel',
    downloadCsv: 'Download CSV',
    downloadPng: 'Download PNG',
    downloadSvg: 'Download SVG',
    caption: (source: string, seed: string, reps: string) =>
      `${source}. Model Sneeuwbal; startgetal (seed) ${seed}, ${reps} gesimuleerde toekomsten per scenario.`,
    describeSeries: (reps: string, years: number, values: string) =>
      `Middelste uitkomst en band van 8 van de 10 uit ${reps} gesimuleerde toekomsten. Na ${countedYears('nl', years)}: ${values}.`,
    circles: { title: (area: string) => `Aantal voorzorgcirkels in ${area}`, axis: 'Cirkels', noun: 'cirkels' },
    coverage: { title: (area: string) => `65-plussers in een cirkel in ${area}`, axis: 'Dekking 65+', noun: 'dekking' },
    difference: {
      title: (noun: string, base: string) => `Verschil in ${noun} met ${base}`,
      axis: (metric: string) => `Verschil (${metric.toLowerCase()})`,
      legend: (name: string, base: string) => `${name} min ${base}`,
      describe: (reps: string, years: number, values: string) =>
        `Verschil per gesimuleerde toekomst, over ${reps} toekomsten. Na ${countedYears('nl', years)}: ${values}.`,
    },
    takeoff: {
      title: (area: string) => `Kans dat de sneeuwbal rolt, naar aantal gestarte cirkels – ${area}`,
      xAxis: 'Cirkels gestart door professionals',
      yAxis: 'Kans dat de sneeuwbal rolt',
      tip: (k: number, p: string, lo: string, hi: string, reps: string) =>
        `${counted('nl', k, CIRCLES.nl)}: ${p} (95%-interval ${lo} – ${hi}), ${reps} toekomsten`,
      describe: (k50: number | null, k90: number | null, maxK: string, target: string, unsure50: Unsure | null = null, unsureTarget: Unsure | null = null) =>
        `${k50 !== null ? `Vanaf ${count('nl', k50)} gestarte ${plural('nl', k50, CIRCLES.nl)} is de kans minstens 50%.` : unsure50 ? levelUnsureNl('50%', unsure50) : `Ook met ${maxK} gestarte cirkels is de kans nooit 50%.`} ${k90 !== null ? `Vanaf ${count('nl', k90)} is de kans minstens ${target}.` : unsureTarget ? levelUnsureNl(target, unsureTarget) : `De kans van ${target} wordt niet gehaald.`}`,
      legendCurve: 'Kans met 95%-interval',
      legendMarks: 'Kritische massa (k50, k90)',
    },
    columns: {
      moment: 'Moment',
      scenario: 'Scenario',
      median: 'mediaan',
      p10: '10%',
      p90: '90%',
      difference: 'Verschil',
      k: 'Gestarte cirkels',
      p: 'Kans (%)',
      lo: 'Interval laag (%)',
      hi: 'Interval hoog (%)',
      reps: 'Gesimuleerde toekomsten',
    },
    csvSeed: 'seed',
    csvSource: 'bron',
  },
  drivers: {
    ask: 'Waar hangt dit van af?',
    help: 'Rekent na welke drie aannames het antwoord het meest veranderen, en wat het antwoord is als ze aan de lage of hoge kant liggen. Dat kost een paar extra zoektochten.',
    busy: 'Bezig met nagaan waar het antwoord van afhangt…',
    title: 'Waar het antwoord van afhangt',
    none: 'Geen van de onderzochte aannames verandert het antwoord merkbaar.',
    /** One answer of a driver (low or high side), in src/experiments/drivers.ts's sentences. */
    answer: {
      k: (k: number) => `${k} ${plural('nl', k, CIRCLES.nl)}`,
      around: (k: number) => `rond ${k} ${plural('nl', k, CIRCLES.nl)} (niet beslist)`,
      undecided: 'niet beslist',
      none: 'geen kritische massa',
    },
  },
  critical: {
    title: 'Kritische massa',
    explain:
      'Kritische massa is het aantal cirkels dat de professionals moeten starten voordat ouderen zelf nieuwe cirkels beginnen, ' +
      'zodat het balletje vanzelf gaat rollen. Is dat aantal bereikt, dan kunnen de professionals stoppen en groeit het toch door. ' +
      'Soms bestaat er geen kritische massa: als een cirkel gemiddeld minder dan één nieuwe cirkel inspireert, helpt geen enkel aantal.',
    basedOn: (name: string) =>
      `Berekend met de instellingen van ${name} (startperiode, PR, parameters en startgetal); alleen het aantal gestarte cirkels verandert.`,
    route: 'Route',
    routes: { mix: 'Alle drie tegelijk', a: 'Route a (complexen)', b: 'Route b (buurten)', c: 'Route c (indicaties)' },
    target: 'Doel: kans dat de sneeuwbal rolt',
    targetHelp: 'Bij welke kans telt het als kritische massa? Meestal 90%.',
    maxK: 'Hoogstens zoveel cirkels proberen',
    maxKHelp: '0 = het model kiest zelf, naar de grootte van het gebied.',
    reps: 'Hoogstens zoveel toekomsten per aantal',
    repsHelp: 'Het model rekent eerst weinig toekomsten en voegt er alleen toe waar het antwoord nog onzeker is.',
    run: 'Bereken de kritische massa',
    caption: (source: string, seed: string, runs: string, reps: string) =>
      `${source}. Model Sneeuwbal; startgetal (seed) ${seed}, ${runs} runs, hoogstens ${reps} gesimuleerde toekomsten per aantal.`,
    /** The answer when the target is reached, as the CLI, its JSON `reason` and the app's details say it (src/experiments/criticalMassReason.ts). */
    answer: (k: number, target: string, range: string) =>
      `Met ${k} gestarte ${plural('nl', k, CIRCLES.nl)} rolt de sneeuwbal in minstens ${target} van de gesimuleerde toekomsten${range}.`,
    answerRange: (lower: number | null, upper: number | null) => ` (met de onzekerheid: tussen ${lower} en ${upper})`,
    none: (area: string, maxK: string) =>
      `In ${area} is er geen kritische massa gevonden: ook met ${maxK} gestarte cirkels rolt de sneeuwbal niet vaak genoeg.`,
    k50: (k: number) => `Vanaf ${count('nl', k)} gestarte ${plural('nl', k, CIRCLES.nl)} rolt de sneeuwbal in minstens de helft van de toekomsten (k50).`,
    k50none: (maxK: string) => `Ook met ${maxK} gestarte cirkels rolt de sneeuwbal in minder dan de helft van de toekomsten.`,
    k90: (k: number) => `Vanaf ${count('nl', k)} gestarte ${plural('nl', k, CIRCLES.nl)} rolt hij in minstens 9 van de 10 toekomsten (k90).`,
    k90none: (maxK: string) => `Een kans van 9 van de 10 wordt met hoogstens ${maxK} gestarte cirkels niet gehaald.`,
    /** A level the curve reaches around k without the replications deciding k to ±1 (and, when measured, from where it surely is). */
    levelUnsure: levelUnsureNl,
    time: (k: number, months: string, low: string, high: string) =>
      `Met ${count('nl', k)} gestarte ${plural('nl', k, CIRCLES.nl)} rolt de sneeuwbal ongeveer ${months} maanden nadat de professionals stoppen (${low} tot ${high}).`,
    cost: (median: string, low: string, high: string) => `Kosten tot dan: ${median} (${low} tot ${high}).`,
    r: (r: string, lo: string, hi: string) =>
      `R ≈ ${r} (95%-interval ${lo}–${hi}): zoveel nieuwe cirkels bracht elke gestarte cirkel gemiddeld voort in zijn bestaan.`,
    headline: {
      reached: (area: string, k: number, target: string, range: string | null) =>
        `Start ${counted('nl', k, CIRCLES.nl)} in ${area}. Dan gaan ouderen daar in ${target} van de gesimuleerde toekomsten zelf verder met nieuwe cirkels${range ? ` (met de onzekerheid: ${range} cirkels)` : ''}.`,
      saturatedReached: (area: string, k: number, target: string) =>
        `Start ${counted('nl', k, CIRCLES.nl)} in ${area}. Dan zit ${area} in ${target} van de gesimuleerde toekomsten grotendeels vol: de meeste ouderen die mee willen doen, zitten dan in een cirkel.`,
      saturated: (area: string) =>
        `${area} raakt vol voordat de sneeuwbal vanzelf gaat rollen: de meeste ouderen die mee willen doen, zitten al in een cirkel. Meer cirkels starten helpt daar weinig.`,
      rBelowOne: (area: string) =>
        `In ${area} rolt de sneeuwbal niet vanzelf: elke cirkel leidt gemiddeld tot minder dan één nieuwe. Meer cirkels starten helpt dan niet.`,
      plateau: (area: string, p: string) =>
        `In ${area} helpt meer cirkels starten maar tot op zekere hoogte: de kans dat ouderen zelf doorgaan blijft rond ${p} steken.`,
      undecidedK: (area: string, k: number, sureFrom: number | null = null) =>
        `In ${area} ${plural('nl', k, { one: 'is', other: 'zijn' })} waarschijnlijk ongeveer ${counted('nl', k, CIRCLES.nl)} nodig, maar dat is nog niet zeker genoeg om een aantal te noemen.` +
        (sureFrom === null ? '' : ` Met ${counted('nl', sureFrom, CIRCLES.nl)} is het wel zeker genoeg.`),
      measured: (area: string, why: string) => `In ${area} is geen kritische massa gevonden: ${why}.`,
      undecided: (area: string, p: string) =>
        `In ${area} is nog niet zeker te zeggen hoeveel cirkels nodig zijn: de kans dat ouderen zelf doorgaan blijft rond ${p}.`,
    },
    details: 'Hoe zeker, en waarom',
    codeLabel: 'Uitkomst (code)',
    searchNote: (runs: string, seed: string, monotone: string) => `Gezocht met ${runs} runs, startgetal ${seed}. ${monotone}`,
    monotone:
      'De punten zijn de gemeten kansen met hun 95%-interval; de lijn is de best passende kans die niet daalt met meer cirkels. Geen punt ligt buiten zijn interval onder een eerder punt.',
    notMonotone: 'Let op: de kans stijgt niet overal met het aantal gestarte cirkels; meer toekomsten geven een rustiger beeld.',
  },
  rank: {
    title: 'Waar beginnen?',
    explain:
      'Per wijk, buurt of eigen groep (kerkdorp) zoekt het model hoeveel gestarte cirkels nodig zijn, en wat dat kost. ' +
      'Bovenaan staan de plekken waar het met de minste cirkels en het minste geld lukt. Dit rekent een tijdje.',
    level: 'Vergelijk',
    levels: { wijk: 'Wijken', buurt: 'Buurten', group: 'Eigen groepen' },
    budget: 'Budget per plek',
    budgetHelp: 'Met dit aantal gestarte cirkels toont de tabel de kans dat de sneeuwbal rolt.',
    repsHelp: 'Een volgorde heeft minder toekomsten nodig dan één precieze kritische massa.',
    run: 'Vergelijk de plekken',
    caption: (gemeente: string, level: string) => `${level} van ${gemeente}, beste plek eerst`,
    columns: {
      place: 'Plek',
      age65: '65-plussers',
      k: 'Cirkels nodig',
      cost: 'Kosten',
      chance: (k: number) => `Kans met ${counted('nl', k, CIRCLES.nl)}`,
      coverage: (k: number) => `Dekking na 10 jaar met ${counted('nl', k, CIRCLES.nl)}`,
      why: 'Waarom',
    },
    notReached: 'niet gevonden',
    /** The chance reaches the target around some k, but the replications do not decide it (reasonCode undecided). */
    notDecided: 'niet beslist',
    planHere: (name: string) => `Plan voor ${name}`,
    note: (target: string, runs: string, seed: string) =>
      `"Cirkels nodig" is het aantal waarbij de sneeuwbal met een kans van ${target} rolt. ${runs} runs, startgetal ${seed}.`,
  },
};
