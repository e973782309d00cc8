/**
 * Dutch text of the command line (`npx sneeuwbal …`) that the app does not share: help headings,
 * errors, table headings and report lines. Part of nl.ts; en-cli.ts mirrors it. Numbers come in
 * formatted by the command (src/cli/format.ts), so the columns keep the widths they always had.
 */
import { CIRCLES, plural, type Forms } from './plural.ts';
import { routeList } from './routes.ts';

/** The bands of simulate's outcome table, each formatted as "median (p10–p90)". */
interface SimulateBands {
  circles: string;
  spontaneous: string;
  members: string;
  membersPerCircle: string;
  meetingsA: string;
  meetingsB: string;
  meetingsCost: string;
  coverage: string;
  failedFoundings: string;
  cost: string;
}

/** The benchmark's critical-mass timing and atlas sample (src/bench), as the report reads them. */
interface BenchCriticalMass {
  seconds1: number;
  secondsN: number;
  n: number;
  cpu1: number;
  cpuN: number;
  runs: number;
  k90: number | null;
  reasonCode: string;
}
interface BenchAtlas {
  sample: number;
  wijken: number;
  workers: number;
  median: number;
  slowestCode: string;
  slowestName: string;
  slowestSeconds: number;
  minutes: number;
}

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
    /** A bug, not the user's input (main.ts): the message and the stack, for the report. */
    internalError: (message: string, stack: string) => `interne fout (een fout in sneeuwbal, niet in uw invoer; meld dit graag): ${message}\n${stack}\n`,
    /** `sneeuwbal` and `sneeuwbal --help`: the lines around the command list. */
    overview: {
      usage: 'Gebruik: sneeuwbal <opdracht> [opties]',
      commands: 'Opdrachten:',
      more: 'Meer over een opdracht: sneeuwbal <opdracht> --help',
    },
    theNetherlands: 'Nederland',
    /** The circle register (--circles) above a report: today's circles, and what was left out. */
    register: {
      today: (start: string, circles: number, active: number, members: number, coverage: string) =>
        `Vandaag (${start}): ${circles} ${plural('nl', circles, CIRCLES.nl)} (${active} actief), ${members} leden, ${coverage} van de 65-plussers.`,
      buurt: (code: string, name: string, circles: number, members: number, coverage: string) =>
        `  ${code} ${name}: ${circles} ${plural('nl', circles, CIRCLES.nl)}, ${members} leden (${coverage})`,
      /** Circles of the register not taken along (each count 0 when none), said only when one is not 0. */
      leftOut: (file: string, rows: number, outside: number, ended: number, later: number) =>
        `Register ${file}: ${rows} cirkels, niet meegenomen: ${[outside ? `${outside} buiten het gebied` : '', ended ? `${ended} al gestopt (alleen geschiedenis)` : '', later ? `${later} opgericht na de startmaand` : ''].filter(Boolean).join(', ')}.`,
      warning: (file: string, line: number | undefined, text: string) => `Let op: ${file}, regel ${line}: ${text}`,
    },
    /** Option help that names the routes (src/i18n/routes.ts), so their names are said in one place. */
    help: {
      plan: `cirkels te starten per route: ${routeList('nl')}`,
      route: `route: ${routeList('nl')}, mix alle drie tegelijk (standaard)`,
    },
    params: {
      head: 'naam                       standaard  bereik         eenheid    * = kalibreerbaar',
      sources: 'Bronnen: sneeuwbal params --json (veld source).',
    },
    regions: {
      columns: ['code', 'naam', 'inwoners', '65+', 'huishoudens'],
      legend: '– = onbekend, geheim of 0 (CBS laat kleine aantallen leeg)',
      noneInFile: (levels: string) => `(geen ${levels} in dit bestand)`,
      /** Each level's noun, one and many, for the title ("Land van Cuijk: 21 wijken"). */
      levels: {
        land: { one: 'land', other: 'landen' },
        gemeente: { one: 'gemeente', other: 'gemeenten' },
        wijk: { one: 'wijk', other: 'wijken' },
        buurt: { one: 'buurt', other: 'buurten' },
      } as Record<'land' | 'gemeente' | 'wijk' | 'buurt', Forms>,
    },
    simulate: {
      heading: (area: string, people: string, buurten: number) => `${area}: ${people} inwoners van 65 jaar of ouder (CBS), ${buurten} buurten.`,
      plan: (plan: string, pr: string, reps: number, seed: number) => `Plan: ${plan}; PR ${pr}; ${reps} gesimuleerde toekomsten, seed ${seed}.`,
      after: (years: string) => `Na ${years} jaar (mediaan, tussen haakjes 8 van de 10 toekomsten):`,
      /** The outcome table: each band already formatted as "median (p10–p90)". */
      rows: (b: SimulateBands) => [
        `  cirkels            ${b.circles}`,
        `  waarvan zelf gestart ${b.spontaneous}`,
        `  leden              ${b.members}`,
        `  leden per cirkel   ${b.membersPerCircle}`,
        `  bijeenkomsten a, b ${b.meetingsA}, ${b.meetingsB} (€ ${b.meetingsCost})`,
        `  dekking 65+        ${b.coverage}`,
        `  mislukte starts    ${b.failedFoundings}`,
        `  kosten             € ${b.cost}`,
      ],
      /** `provisional`: the years after the stop at which an early look was taken, or null for the full judgement. */
      takeoff: (p: string, lo: string, hi: string, provisional: string | null) =>
        `De sneeuwbal rolt in ${p}% van de toekomsten (95%-interval ${lo}–${hi}%)${provisional === null ? '' : `, voorlopig: bekeken ${provisional} jaar na het stoppen`}.`,
      unavailable: (route: string, pct: string, why: string) => `Route ${route} kon in ${pct} van de toekomsten niet volledig: ${why}.`,
    },
    criticalMass: {
      notWithin: (maxK: number) => `niet binnen ${maxK}`,
      /** A level reached around k for which the answer names no number (not decided to ±1, or withdrawn): said so, with the sure bound when measured. */
      unnamed: (k: number, upper: number | null, triedUpTo: number) =>
        `rond ${k}, geen aantal genoemd (${upper === null ? `tot ${triedUpTo} niet zeker` : `zeker vanaf ${upper}`})`,
      /** Decided, but withdrawn by the reason (a chance that reaches the target next to circles that do not replace themselves). */
      withheld: (k: number) => `rond ${k}, geen aantal genoemd (zie de reden hieronder)`,
      heading: (area: string, people: string, route: string, placement: string) =>
        `${area}: ${people} inwoners van 65 jaar of ouder (CBS). Route ${route}, plaatsing ${placement}.`,
      levels: (target: string, levels: string) => `Kritische massa (doel ${target}): ${levels}.`,
      columns: ['k', 'P', '95%-interval', 'herh.', 'gestart', 'mnd tot rollen', 'kosten €'],
      drivers: 'Waar het antwoord op rust (de drie parameters die het meest uitmaken, bij hun aannemelijke grenzen):',
      curve: 'P(de sneeuwbal rolt | k gestarte cirkels):',
      time: (k: number, median: string, low: string, high: string) =>
        `Tijd tot het rollen bij k = ${k}: mediaan ${median} maanden na het stoppen (8 van de 10 toekomsten: ${low}–${high}).`,
      density: 'Nieuwe cirkels per cirkeljaar naar het aantal andere cirkels op loop-/fietsafstand:',
      densityHead: '  ander  cirkeljaren  nieuw  per jaar  R',
      /** Cost lines: the plan's cost table (§11); numbers formatted by the command. */
      cost: (c: CostWords, atTarget: string | null) =>
        `Kosten (kostenplaatje plan §11): vast € ${c.fixed} (projectleider ${c.projectLeader}, opleiding projectleider ${c.trainingLeader}, opleiding 2 medewerkers ${c.trainingStaff}, supervisor ${c.supervisor}) + per poging a € ${c.a}, b € ${c.b}, c € ${c.c} + PR € ${c.pr}.${atTarget !== null ? ` Bij de kritische massa: € ${atTarget}.` : ''}`,
      search: (runs: number, reps: number, seed: number, months: number, monotone: boolean) =>
        `Zoektocht: ${runs} runs, hoogstens ${reps} herhalingen per k, seed ${seed}, horizon ${months} maanden.${monotone ? '' : ' Let op: de kans daalt ergens met k meer dan het interval toelaat.'}`,
    },
    rank: {
      columns: (target: number, budget: number) => [
        '#',
        'code',
        'naam',
        '65+',
        `k${target}`,
        'interval',
        'k50',
        'kosten €',
        `P bij ${budget}`,
        'dekking 5 j',
        'dekking 10 j',
      ],
      /** The order of the ranking (--by), in words for the heading. */
      orders: {
        seeds: 'minste cirkels, dan minste euro’s',
        coverage5: 'hoogste dekking na 5 jaar met het budget',
        coverage10: 'hoogste dekking na 10 jaar met het budget',
      },
      heading: (route: string, target: string, budget: number, order: string) =>
        `Waar beginnen? Route ${route}, doel ${target}, budget ${budget} cirkels per plek; volgorde: ${order}.`,
      legend:
        '– bij k: geen kritische massa binnen het geprobeerde bereik, of niet beslist op één cirkel na (de reden staat in --json, velden reason en reasonCode); ? in het interval: binnen dat bereik niet zeker.',
      skipped: (code: string, name: string, reason: string) => `Overgeslagen: ${code} ${name}: ${reason}.`,
      cost: (c: Omit<CostWords, 'pr'>) =>
        `Kosten: vast € ${c.fixed} (projectleider ${c.projectLeader}, opleiding ${c.trainingLeader}, 2 medewerkers ${c.trainingStaff}, supervisor ${c.supervisor}) + per poging a € ${c.a}, b € ${c.b}, c € ${c.c} + PR.`,
      /** The greedy placement (--greedy): shares of the 65+ already formatted as percentages. */
      greedy: (budget: number, allocation: string, months: number, mean: string, auto: string, random: string, none: string) =>
        `Gulzige verdeling van ${budget} cirkels over het hele gebied: ${allocation}. Dekking 65+ na ${months} maanden: ${mean} (automatisch: ${auto}, willekeurig: ${random}, zonder starten: ${none}).`,
      search: (runs: number, reps: number, seed: number) => `${runs} runs, hoogstens ${reps} herhalingen per k, seed ${seed}.`,
    },
    patterns: {
      columns: ['patroon', 'veld', 'model (10–90%)', 'binnen', 'gebied', 'toelichting', 'bron'],
      yes: 'ja',
      no: 'nee',
      intro: (reps: number, seed: number) =>
        `Veldpatronen, ${reps} herhalingen per situatie, seed ${seed}. "nee": het model haalt de veldwaarde niet; de toelichting zegt wat het model mat.`,
    },
    bench: {
      model: (village: number, villagePeople: number, gemeente: number, gemeentePeople: number) =>
        `volledig model: ${village} ns/persoon-maand (Mill, ${villagePeople} 65+), ${gemeente} (Land van Cuijk, ${gemeentePeople} 65+)`,
      reference: (ns: number, ratio: number) => `referentielus: ${ns} ns; verhouding ${ratio}`,
      run: (ms: number, villageBuild: number, gemeenteBuild: number) =>
        `10 jaar Mill: ${ms} ms; wereld bouwen: ${villageBuild} ms (Mill), ${gemeenteBuild} ms (Land van Cuijk)`,
      memory: (bytes: number, peak: number) => `geheugen: ${bytes} bytes per persoon plus het netwerk; piek ${peak} MB`,
      /** The critical-mass timing (src/bench/criticalMass.ts); k90 null: not decided. */
      criticalMass: (c: BenchCriticalMass) =>
        `critical mass (Mill, 90%): ${c.seconds1} s met 1 worker, ${c.secondsN} s met ${c.n} (CPU ${c.cpu1} s, ${c.cpuN} s); ${c.runs} herhalingen, k90 ${c.k90 ?? 'niet beslist'} (${c.reasonCode})`,
      atlas: (a: BenchAtlas) =>
        `atlas (${a.sample} van ${a.wijken} wijken, ${a.workers} workers): mediaan ${a.median} s/wijk, traagste ${a.slowestCode} ${a.slowestName} ${a.slowestSeconds} s; heel Nederland geschat ${a.minutes} min`,
      allNl: (gemeenten: number, people: number, slots: number, build: number, run: number, peak: number) =>
        `heel Nederland: ${gemeenten} gemeenten, ${people} 65+ (${slots} slots); wereld bouwen ${build} s, 120 maanden ${run} s; piek ${peak} MB`,
    },
    calibrate: {
      generation: (n: number) => `generatie ${n}`,
      acceptance: 'acceptatie',
      doneIn: (seconds: string) => `klaar in ${seconds} s`,
      /** Why the sequence stopped (CalibrationReport.stop). */
      stop: {
        generations: 'maximum aantal generaties bereikt',
        epsilon: 'tolerantie daalt nauwelijks meer',
        acceptance: 'acceptatiegraad te laag',
        budget: 'simulatiebudget op',
      },
      /** `codes`: the area's CBS codes, comma-separated. */
      heading: (area: string, codes: string, rows: number, file: string, first: string, last: string, start: string) =>
        `Kalibratie voor ${area} (${codes}): ${rows} waarnemingen uit ${file} (${first} … ${last}), start ${start}.`,
      /** `abandoned`: simulations in a generation given up (0: none). */
      smc: (particles: number, generations: number, simulations: number, abandoned: number, stop: string) =>
        `ABC-SMC: ${particles} deeltjes, ${generations} generaties, ${simulations} simulaties${abandoned ? ` (${abandoned} in een opgegeven generatie)` : ''}; gestopt: ${stop}.`,
      generationsHead: '  generatie   tolerantie ε   acceptatie   ESS',
      posteriorHead: 'Posterior (mediaan, 90%-interval; prior):',
      /** One parameter's line; `name` comes padded to the widest name, numbers formatted. */
      parameter: (name: string, median: string, lo: string, hi: string, priorMin: string, priorMax: string, narrowing: string) =>
        `  ${name}  ${median} (${lo} – ${hi});  prior ${priorMin} – ${priorMax}, interval ${narrowing} daarvan`,
      predictive: (reps: number, coverage: string) => `Posterior-predictie (${reps} herhalingen): ${coverage} van de waarnemingen ligt binnen de 90%-band.`,
      comparison: (epsilon: string, simple: string, complex: string, bayesFactor: string) =>
        `Modelvergelijking bij ε = ${epsilon}: eenvoudige besmetting ${simple}, complexe ${complex} (Bayes-factor complex/eenvoudig ${bayesFactor}).`,
      saved: (file: string) => `Posterior opgeslagen in ${file}; gebruik hem met: sneeuwbal simulate --params ${file}`,
    },
    atlas: {
      /** `atlas bundle`: the file made, how many of its places are computed, and its size. */
      bundled: (file: string, computed: number, places: number, kB: number) => `${file}: ${computed} van ${places} plekken, ${kB} kB`,
      written: (rows: number, csv: string, json: string) => `${rows} rijen: ${csv}, ${json}`,
      shardDone: (index: number, count: number, places: number, out: string) =>
        `shard ${index}/${count} klaar (${places} plekken); samenvoegen: sneeuwbal atlas merge ${out} --out ${out}`,
    },
  },
};
