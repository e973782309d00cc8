/**
 * Dutch text of the command line (`npx sneeuwbal …`) that the app does not share: help headings,
 * errors, table headings and report lines. Part of nl.ts; en-cli.ts mirrors it. Numbers come in
 * formatted by the command (src/cli/format.ts), so the columns keep the widths they always had.
 */
/** The cost table's figures in the critical-mass report, already formatted. */
interface CostWords {
  fixed: string;
  projectLeader: string;
  trainingLeader: string;
  trainingStaff: string;
  supervisor: string;
  a: string;
  b: string;
  c: string;
  pr: string;
}

export const nlCli = {
  cli: {
    usage: 'Gebruik',
    options: 'Opties',
    error: 'fout',
    /** Before a warning on stderr; `noteCap` starts a line of a report. */
    note: 'let op',
    noteCap: 'Let op',
    seeHelp: (command: string) => ` Zie 'sneeuwbal${command} --help'.`,
    theNetherlands: 'Nederland',
    params: {
      head: 'naam                       standaard  bereik         eenheid    * = kalibreerbaar',
      sources: 'Bronnen: sneeuwbal params --json (veld source).',
    },
    regions: {
      columns: ['code', 'naam', 'inwoners', '65+', 'huishoudens'],
      legend: '– = onbekend, geheim of 0 (CBS laat kleine aantallen leeg)',
      noneInFile: (levels: string) => `(geen ${levels} in dit bestand)`,
    },
    simulate: {
      unavailable: (route: string, pct: string, why: string) => `Route ${route} kon in ${pct} van de toekomsten niet volledig: ${why}.`,
    },
    criticalMass: {
      notWithin: (maxK: number) => `niet binnen ${maxK}`,
      uncertainAbove: (k: number, lower: number | null, maxK: number) => `${k} (${lower} tot onzeker boven ${maxK})`,
      heading: (area: string, people: string, route: string, placement: string) => `${area}: ${people} inwoners van 65 jaar of ouder (CBS). Route ${route}, plaatsing ${placement}.`,
      levels: (target: string, levels: string) => `Kritische massa (doel ${target}): ${levels}.`,
      columns: ['k', 'P', '95%-interval', 'herh.', 'gestart', 'mnd tot rollen', 'kosten €'],
      drivers: 'Waar het antwoord op rust (de drie parameters die het meest uitmaken, bij hun aannemelijke grenzen):',
      curve: 'P(de sneeuwbal rolt | k gestarte cirkels):',
      time: (k: number, median: string, low: string, high: string) => `Tijd tot het rollen bij k = ${k}: mediaan ${median} maanden na het stoppen (8 van de 10 toekomsten: ${low}–${high}).`,
      density: 'Nieuwe cirkels per cirkeljaar naar het aantal andere cirkels op loop-/fietsafstand:',
      densityHead: '  ander  cirkeljaren  nieuw  per jaar  R',
      /** Cost lines: the plan's cost table (§11); numbers formatted by the command. */
      cost: (c: CostWords, atTarget: string | null) =>
        `Kosten (kostenplaatje plan §11): vast € ${c.fixed} (projectleider ${c.projectLeader}, opleiding projectleider ${c.trainingLeader}, opleiding 2 medewerkers ${c.trainingStaff}, supervisor ${c.supervisor}) + per poging a € ${c.a}, b € ${c.b}, c € ${c.c} + PR € ${c.pr}.${atTarget !== null ? ` Bij de kritische massa: € ${atTarget}.` : ''}`,
      search: (runs: number, reps: number, seed: number, months: number, monotone: boolean) =>
        `Zoektocht: ${runs} runs, hoogstens ${reps} herhalingen per k, seed ${seed}, horizon ${months} maanden.${monotone ? '' : ' Let op: de kans daalt ergens met k meer dan het interval toelaat.'}`,
    },
    patterns: {
      columns: ['patroon', 'veld', 'model (10–90%)', 'binnen', 'gebied', 'toelichting', 'bron'],
      yes: 'ja',
      no: 'nee',
      intro: (reps: number, seed: number) => `Veldpatronen, ${reps} herhalingen per situatie, seed ${seed}. "nee": het model haalt de veldwaarde niet; de toelichting zegt wat het model mat.`,
    },
    bench: {
      allNl: (gemeenten: number, people: number, slots: number, build: number, run: number, peak: number) =>
        `heel Nederland: ${gemeenten} gemeenten, ${people} 65+ (${slots} slots); wereld bouwen ${build} s, 120 maanden ${run} s; piek ${peak} MB`,
    },
    calibrate: {
      generation: (n: number) => `generatie ${n}`,
      acceptance: 'acceptatie',
      doneIn: (seconds: string) => `klaar in ${seconds} s`,
    },
    atlas: {
      written: (rows: number, csv: string, json: string) => `${rows} rijen: ${csv}, ${json}`,
      shardDone: (index: number, count: number, places: number, out: string) => `shard ${index}/${count} klaar (${places} plekken); samenvoegen: sneeuwbal atlas merge ${out} --out ${out}`,
    },
  },
};
