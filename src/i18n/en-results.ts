import type { nlResults, Unsure } from './nl-results.ts';
import { CIRCLES, count, counted, countedYears, MONTHS, plural, VOORZORGCIRKELS } from './plural.ts';

const levelUnsureEn = (level: string, u: Unsure) =>
  `The chance of ${level} is reached around ${counted('en', u.around, CIRCLES.en)}, but not certainly enough to name a number${u.sureFrom === null ? '' : `; from ${count('en', u.sureFrom)} on it surely is`}.`;

/** English text for results; same shape as nl-results.ts (the compiler checks it). */
export const enResults = {
  results: {
    title: (area: string) => `Results for ${area}`,
    disclaimer:
      'Sneeuwbal is a planning aid, not a forecast. The model works through many possible futures. ' +
      'A figure such as "17 (16 – 21)" means: more than 17 in half of those futures, and between 16 and 21 in 8 of 10.',
    notYet: (name: string) => `${name} has not been calculated yet.`,
    invalid: (name: string, message: string) => `${name} cannot be calculated: ${message}`,
    run: 'Calculate',
    downloadJson: 'Download result (JSON)',
    downloadJsonLabel: (name: string) => `Download result (JSON): ${name}`,
    inShort: 'In short',
    takeoffRuleLabel: 'When does the snowball roll?',
    provisionalTakeoff: (after: number, years: number, field: string, section: string, needed: number) =>
      `Note: this run ends earlier, so here it is judged ${countedYears('en', after)} after the stop instead of ${countedYears('en', years)}: a provisional chance, not the critical-mass verdict. Set “${field}” (${section}) to at least ${countedYears('en', needed)} for the full judgement.`,
    sideBySide: 'Scenarios side by side',
    sideBySideCaption: (years: number) => `After ${countedYears('en', years)}, per scenario: the middle outcome and in brackets 8 of 10 simulated futures`,
    bandNote: 'In brackets: in 8 of 10 simulated futures the outcome lies in between. The chance to roll has a 95% interval.',
    overTime: 'Over the years',
    compareTitle: 'Difference between the scenarios',
    compareHelp: 'Because the scenarios work through the same futures, we can compare them future by future. That shows what the plan itself changes.',
    baseLabel: 'Compare with',
    notes: 'Estimates and fill-ins in the data',
    never: 'does not roll',
    csv: {
      scenario: 'Scenario',
      what: 'What',
      unit: 'Unit',
      median: 'Median',
      p10: '10%',
      p90: '90%',
      circles: 'circles',
      people: 'people',
      percent: 'percent',
      percentInterval: 'percent (estimate with 95% interval)',
      months: 'months',
      attempts: 'attempts',
      euro: 'euro',
    },
    rows: {
      what: 'At the horizon',
      seeded: 'Started by professionals (median per route)',
      circles: 'Circles',
      spontaneous: 'Of which started by older people',
      members: 'Members',
      coverage: 'People 65+ in a circle',
      takeoff: 'Chance that the snowball rolls',
      timeToTakeoff: 'Months until the snowball rolls',
      offspring: 'New circles per seeded circle',
      failed: 'Failed attempts to start a circle',
      cost: 'Cost',
      costPerCircle: 'Cost per seeded circle',
    },
    costPerCircleSome: (n: string, m: string) => `in the ${n} of ${m} simulated futures in which a circle started`,
    costPerCircleNone: 'none: no simulated future started a circle',
  },
  words: {
    outOfTen: (k: string) => `${k} in 10`,
    fewerThanOne: 'fewer than 1 in 10',
    moreThanNine: 'more than 9 in 10',
    circles: (years: number, median: number, low: string, high: string) =>
      `After ${countedYears('en', years)} we expect ${counted('en', median, VOORZORGCIRKELS.en)}. In 8 of 10 simulated futures there are between ${low} and ${high}.`,
    spontaneous: (median: string, low: string, high: string) => `Of these, older people started ${median} themselves (${low} to ${high}).`,
    coverage: (median: string, low: string, high: string, people: string) =>
      `${median} of people 65+ are in a circle (${low} to ${high}); that is about ${people} people.`,
    takeoff: (chance: string, lo: string, hi: string, months: number) =>
      `The snowball rolls in ${chance} simulated futures (95% interval ${lo} to ${hi}). When it rolls, that takes about ${counted('en', months, MONTHS.en)} after the professionals stop.`,
    noTakeoff: (hi: string) => `The snowball rolls in none of the simulated futures. The chance is probably below ${hi}.`,
    cost: (years: number, median: string, low: string, high: string, fixed: string) =>
      `Cost over ${countedYears('en', years)}: ${median} (${low} to ${high}), of which ${fixed} once, from the cost table.`,
    snowballOff: 'In this scenario older people start no circles themselves (snowball off): this is what the professionals achieve alone.',
    compare: (other: string, base: string, years: number, better: string, worse: string) =>
      `After ${countedYears('en', years)} ${other} has more circles than ${base} in ${better} simulated futures, and fewer in ${worse}.`,
    compareSame: (other: string, base: string, years: number) =>
      `After ${countedYears('en', years)} ${other} has as many circles as ${base} in every simulated future.`,
    routeShort: { a: 'route a (complexes)', b: 'route b (neighbourhoods)', c: 'route c (indications)' },
    routePart: (route: string, n: number, from: string, to: string, where: string) =>
      `${route}: ${counted('en', n, CIRCLES.en)} in months ${from} to ${to}, ${where}`,
    prPart: (pr: string) => `PR up to ${pr}.`,
    unavailableRoute: (route: string, share: string, why: string) => `Route ${route} could not be completed in ${share} simulated futures: ${why}.`,
  },
  charts: {
    yearsAxis: 'Years after the start',
    calendarAxis: 'Year',
    bandLegend: 'Band: 8 of 10 simulated futures',
    seedingEnd: 'professionals stop',
    showTable: 'Show the figures as a table',
    downloadCsv: 'Download CSV',
    downloadPng: 'Download PNG',
    downloadSvg: 'Download SVG',
    caption: (source: string, seed: string, reps: string) => `${source}. Sneeuwbal model; seed ${seed}, ${reps} simulated futures per scenario.`,
    describeSeries: (reps: string, years: number, values: string) =>
      `Middle outcome and band of 8 in 10 of ${reps} simulated futures. After ${countedYears('en', years)}: ${values}.`,
    circles: { title: (area: string) => `Number of circles in ${area}`, axis: 'Circles', noun: 'circles' },
    coverage: { title: (area: string) => `People 65+ in a circle in ${area}`, axis: 'Coverage 65+', noun: 'coverage' },
    difference: {
      title: (noun: string, base: string) => `Difference in ${noun} from ${base}`,
      axis: (metric: string) => `Difference (${metric.toLowerCase()})`,
      legend: (name: string, base: string) => `${name} minus ${base}`,
      describe: (reps: string, years: number, values: string) =>
        `Difference per simulated future, over ${reps} futures. After ${countedYears('en', years)}: ${values}.`,
    },
    takeoff: {
      title: (area: string) => `Chance that the snowball rolls, by number of seeded circles – ${area}`,
      xAxis: 'Circles started by professionals',
      yAxis: 'Chance that the snowball rolls',
      tip: (k: number, p: string, lo: string, hi: string, reps: string) =>
        `${counted('en', k, CIRCLES.en)}: ${p} (95% interval ${lo} – ${hi}), ${reps} futures`,
      describe: (k50, k90, maxK, target, unsure50 = null, unsureTarget = null) =>
        `${k50 !== null ? `From ${count('en', k50)} seeded ${plural('en', k50, CIRCLES.en)} the chance is at least 50%.` : unsure50 ? levelUnsureEn('50%', unsure50) : `Even with ${maxK} seeded circles the chance never reaches 50%.`} ${k90 !== null ? `From ${count('en', k90)} the chance is at least ${target}.` : unsureTarget ? levelUnsureEn(target, unsureTarget) : `The chance of ${target} is not reached.`}`,
      legendCurve: 'Chance with 95% interval',
      legendMarks: 'Critical mass (k50, k90)',
    },
    columns: {
      moment: 'Moment',
      scenario: 'Scenario',
      median: 'median',
      p10: '10%',
      p90: '90%',
      difference: 'Difference',
      k: 'Seeded circles',
      p: 'Chance (%)',
      lo: 'Interval low (%)',
      hi: 'Interval high (%)',
      reps: 'Simulated futures',
    },
    csvSeed: 'seed',
    csvSource: 'source',
  },
  drivers: {
    ask: 'What does this depend on?',
    help: 'Works out which three assumptions change the answer most, and what the answer is when they lie at the low or the high side. This costs a few extra searches.',
    busy: 'Working out what the answer depends on…',
    title: 'What the answer depends on',
    none: 'None of the assumptions examined changes the answer noticeably.',
    answer: {
      k: (k: number) => `${k} ${plural('en', k, CIRCLES.en)}`,
      around: (k: number) => `around ${k} ${plural('en', k, CIRCLES.en)} (not decided)`,
      undecided: 'not decided',
      none: 'no critical mass',
    },
  },
  critical: {
    title: 'Critical mass',
    explain:
      'The critical mass is the number of circles the professionals must start before older people start new circles themselves, ' +
      'so the ball keeps rolling on its own. Once it is reached, the professionals can stop and it still grows. ' +
      'Sometimes there is no critical mass: when a circle inspires fewer than one new circle on average, no number of seeds is enough.',
    basedOn: (name: string) => `Calculated with the settings of ${name} (seeding period, PR, parameters and seed); only the number of seeded circles changes.`,
    route: 'Route',
    routes: { mix: 'All three at once', a: 'Route a (complexes)', b: 'Route b (neighbourhoods)', c: 'Route c (indications)' },
    target: 'Goal: chance that the snowball rolls',
    targetHelp: 'At what chance does it count as critical mass? Usually 90%.',
    maxK: 'Try at most this many circles',
    maxKHelp: '0 = the model chooses by the size of the area.',
    reps: 'At most this many futures per number',
    repsHelp: 'The model first runs a few futures and only adds more where the answer is still uncertain.',
    run: 'Calculate the critical mass',
    caption: (source: string, seed: string, runs: string, reps: string) =>
      `${source}. Sneeuwbal model; seed ${seed}, ${runs} runs, at most ${reps} simulated futures per number.`,
    answer: (k: number, target: string, range: string) =>
      `With ${k} seeded ${plural('en', k, CIRCLES.en)} the snowball rolls in at least ${target} of the simulated futures${range}.`,
    answerRange: (lower: number | null, upper: number | null) => ` (given the uncertainty: between ${lower} and ${upper})`,
    none: (area: string, maxK: string) => `No critical mass was found in ${area}: even with ${maxK} seeded circles the snowball does not roll often enough.`,
    k50: (k: number) => `From ${count('en', k)} seeded ${plural('en', k, CIRCLES.en)} the snowball rolls in at least half of the futures (k50).`,
    k50none: (maxK: string) => `Even with ${maxK} seeded circles the snowball rolls in fewer than half of the futures.`,
    k90: (k: number) => `From ${count('en', k)} seeded ${plural('en', k, CIRCLES.en)} it rolls in at least 9 of 10 futures (k90).`,
    k90none: (maxK: string) => `A chance of 9 in 10 is not reached with at most ${maxK} seeded circles.`,
    levelUnsure: levelUnsureEn,
    time: (k: number, months: string, low: string, high: string) =>
      `With ${count('en', k)} seeded ${plural('en', k, CIRCLES.en)} the snowball rolls about ${months} months after the professionals stop (${low} to ${high}).`,
    cost: (median: string, low: string, high: string) => `Cost until then: ${median} (${low} to ${high}).`,
    r: (r: string, lo: string, hi: string) => `R ≈ ${r} (95% interval ${lo}–${hi}): the new circles each seeded circle led to over its life, on average.`,
    headline: {
      reached: (area: string, k: number, target: string, range: string | null) =>
        `Start ${counted('en', k, CIRCLES.en)} in ${area}. Then older people there carry on with new circles by themselves in ${target} of the simulated futures${range ? ` (given the uncertainty: ${range} circles)` : ''}.`,
      saturatedReached: (area: string, k: number, target: string) =>
        `Start ${counted('en', k, CIRCLES.en)} in ${area}. Then in ${target} of the simulated futures ${area} is largely full: most older people who want to join are in a circle.`,
      saturated: (area: string) =>
        `${area} fills up before the snowball rolls by itself: most older people who want to join are already in a circle. Starting more circles helps little there.`,
      rBelowOne: (area: string) =>
        `In ${area} the snowball does not roll by itself: each circle leads to fewer than one new one on average. Starting more circles does not help.`,
      plateau: (area: string, p: string) =>
        `In ${area} starting more circles helps only up to a point: the chance that older people carry on stays around ${p}.`,
      undecidedK: (area: string, k: number, sureFrom: number | null = null) =>
        `In ${area} probably about ${count('en', k)} ${plural('en', k, { one: 'circle is', other: 'circles are' })} needed, but that is not certain enough yet to name a number.` +
        (sureFrom === null ? '' : ` With ${counted('en', sureFrom, CIRCLES.en)} it is certain enough.`),
      measured: (area: string, why: string) => `No critical mass was found in ${area}: ${why}.`,
      undecided: (area: string, p: string) =>
        `In ${area} it cannot yet be said how many circles are needed: the chance that older people carry on stays around ${p}.`,
    },
    details: 'How sure, and why',
    codeLabel: 'Outcome (code)',
    searchNote: (runs: string, seed: string, monotone: string) => `Searched with ${runs} runs, seed ${seed}. ${monotone}`,
    monotone:
      'The dots are the measured chances with their 95% interval; the line is the best-fitting chance that does not fall with more circles. No point lies below an earlier one beyond its interval.',
    notMonotone: 'Note: the chance does not rise everywhere with the number of seeded circles; more futures give a smoother picture.',
  },
  rank: {
    title: 'Where to start?',
    explain:
      'For each wijk, buurt or own group (village) the model finds how many seeded circles are needed, and what that costs. ' +
      'At the top are the places where it works with the fewest circles and the least money. This takes a while.',
    level: 'Compare',
    levels: { wijk: 'Wijken', buurt: 'Buurten', group: 'Own groups' },
    budget: 'Budget per place',
    budgetHelp: 'With this number of seeded circles the table shows the chance that the snowball rolls.',
    repsHelp: 'An order needs fewer futures than one precise critical mass.',
    run: 'Compare the places',
    caption: (gemeente: string, level: string) => `${level} of ${gemeente}, best place first`,
    columns: {
      place: 'Place',
      age65: 'People 65+',
      k: 'Circles needed',
      cost: 'Cost',
      chance: (k: number) => `Chance with ${counted('en', k, CIRCLES.en)}`,
      coverage: (k: number) => `Coverage after 10 years with ${counted('en', k, CIRCLES.en)}`,
      why: 'Why',
    },
    notReached: 'not found',
    notDecided: 'not decided',
    planHere: (name: string) => `Plan for ${name}`,
    note: (target: string, runs: string, seed: string) =>
      `"Circles needed" is the number at which the snowball rolls with a chance of ${target}. ${runs} runs, seed ${seed}.`,
  },
} satisfies typeof nlResults;
