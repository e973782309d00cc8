import type { nlCli } from './nl-cli.ts';
import { CIRCLES, plural } from './plural.ts';
import { routeList } from './routes.ts';

/** English text of the command line; same shape as nl-cli.ts (the compiler checks it). */
export const enCli = {
  cli: {
    usage: 'Usage',
    options: 'Options',
    error: 'error',
    note: 'note',
    noteCap: 'Note',
    seeHelp: (command) => ` See 'sneeuwbal${command} --help'.`,
    internalError: (message, stack) => `internal error (a bug in sneeuwbal, not in your input; please report it): ${message}\n${stack}\n`,
    overview: {
      usage: 'Usage: sneeuwbal <command> [options]',
      commands: 'Commands:',
      more: 'More about a command: sneeuwbal <command> --help',
    },
    theNetherlands: 'the Netherlands',
    register: {
      today: (start, circles, active, members, coverage) =>
        `Today (${start}): ${circles} ${plural('en', circles, CIRCLES.en)} (${active} active), ${members} members, ${coverage} of the people 65+.`,
      buurt: (code, name, circles, members, coverage) => `  ${code} ${name}: ${circles} ${plural('en', circles, CIRCLES.en)}, ${members} members (${coverage})`,
      leftOut: (file, rows, outside, ended, later) =>
        `Register ${file}: ${rows} circles, left out: ${[outside ? `${outside} outside the area` : '', ended ? `${ended} already ended (history only)` : '', later ? `${later} founded after the start month` : ''].filter(Boolean).join(', ')}.`,
      warning: (file, line, text) => `Note: ${file}, line ${line}: ${text}`,
    },
    help: {
      plan: `circles to seed per route: ${routeList('en')}`,
      route: `route: ${routeList('en')}, mix all three at once (default)`,
    },
    params: {
      head: 'name                         default  range          unit       * = calibratable',
      sources: 'Sources: sneeuwbal params --json (field source).',
    },
    regions: {
      columns: ['code', 'name', 'inhabitants', '65+', 'households'],
      legend: '– = unknown, secret or 0 (CBS leaves small counts empty)',
      noneInFile: (levels) => `(no ${levels} in this file)`,
      levels: {
        land: { one: 'country', other: 'countries' },
        gemeente: { one: 'gemeente', other: 'gemeenten' },
        wijk: { one: 'wijk', other: 'wijken' },
        buurt: { one: 'buurt', other: 'buurten' },
      },
    },
    simulate: {
      heading: (area, people, buurten) => `${area}: ${people} inhabitants aged 65 or over (CBS), ${buurten} buurten.`,
      plan: (plan, pr, reps, seed) => `Plan: ${plan}; PR ${pr}; ${reps} simulated futures, seed ${seed}.`,
      after: (years) => `After ${years} years (median, in brackets 8 of 10 futures):`,
      rows: (b) => [
        `  circles            ${b.circles}`,
        `  started by elderly ${b.spontaneous}`,
        `  members            ${b.members}`,
        `  members per circle ${b.membersPerCircle}`,
        `  meetings a, b      ${b.meetingsA}, ${b.meetingsB} (€ ${b.meetingsCost})`,
        `  coverage of 65+    ${b.coverage}`,
        `  failed foundings   ${b.failedFoundings}`,
        `  cost               € ${b.cost}`,
      ],
      takeoff: (p, lo, hi, provisional) =>
        `The snowball rolls in ${p}% of the futures (95% interval ${lo}–${hi}%)${provisional === null ? '' : `, provisionally: judged ${provisional} years after the stop`}.`,
      unavailable: (route, pct, why) => `Route ${route} could not be completed in ${pct} of the futures: ${why}.`,
    },
    criticalMass: {
      notWithin: (maxK) => `not within ${maxK}`,
      unnamed: (k, upper, triedUpTo) => `about ${k}, no number given (${upper === null ? `not sure up to ${triedUpTo}` : `surely from ${upper}`})`,
      withheld: (k) => `about ${k}, no number given (see the reason below)`,
      heading: (area, people, route, placement) => `${area}: ${people} inhabitants aged 65 or over (CBS). Route ${route}, placement ${placement}.`,
      levels: (target, levels) => `Critical mass (target ${target}): ${levels}.`,
      columns: ['k', 'P', '95% interval', 'reps', 'seeded', 'months to roll', 'cost €'],
      drivers: 'What the answer rests on (the three parameters that matter most, at their plausible bounds):',
      curve: 'P(the snowball rolls | k seeded circles):',
      time: (k, median, low, high) => `Time to roll at k = ${k}: median ${median} months after seeding stops (8 of 10 futures: ${low}–${high}).`,
      density: 'New circles per circle-year by the number of other circles within walking/cycling distance:',
      densityHead: '  others  circle-yrs  new  per year  R',
      cost: (c, atTarget) =>
        `Cost (plan §11 cost table): fixed € ${c.fixed} (project leader ${c.projectLeader}, leader training ${c.trainingLeader}, training 2 staff ${c.trainingStaff}, supervisor ${c.supervisor}) + per attempt a € ${c.a}, b € ${c.b}, c € ${c.c} + PR € ${c.pr}.${atTarget !== null ? ` At the critical mass: € ${atTarget}.` : ''}`,
      search: (runs, reps, seed, months, monotone) =>
        `Search: ${runs} runs, at most ${reps} replications per k, seed ${seed}, horizon ${months} months.${monotone ? '' : ' Note: the chance falls with k somewhere beyond its interval.'}`,
    },
    rank: {
      columns: (target, budget) => ['#', 'code', 'name', '65+', `k${target}`, 'interval', 'k50', 'cost €', `P at ${budget}`, 'cover 5 y', 'cover 10 y'],
      orders: {
        seeds: 'fewest circles, then fewest euros',
        coverage5: 'highest coverage after 5 years with the budget',
        coverage10: 'highest coverage after 10 years with the budget',
      },
      heading: (route, target, budget, order) => `Where to start? Route ${route}, target ${target}, budget ${budget} circles per place; order: ${order}.`,
      legend:
        '– at k: no critical mass within the range tried, or not decided to within one circle (the reason is in --json, fields reason and reasonCode); ? in the interval: not certain within that range.',
      skipped: (code, name, reason) => `Skipped: ${code} ${name}: ${reason}.`,
      cost: (c) =>
        `Cost: fixed € ${c.fixed} (project leader ${c.projectLeader}, training ${c.trainingLeader}, 2 staff ${c.trainingStaff}, supervisor ${c.supervisor}) + per attempt a € ${c.a}, b € ${c.b}, c € ${c.c} + PR.`,
      greedy: (budget, allocation, months, mean, auto, random, none) =>
        `Greedy placement of ${budget} circles over the whole area: ${allocation}. Coverage of 65+ after ${months} months: ${mean} (automatic: ${auto}, random: ${random}, no seeding: ${none}).`,
      search: (runs, reps, seed) => `${runs} runs, at most ${reps} replications per k, seed ${seed}.`,
    },
    patterns: {
      columns: ['pattern', 'field', 'model (10–90%)', 'inside', 'area', 'note', 'source'],
      yes: 'yes',
      no: 'no',
      intro: (reps, seed) =>
        `Field patterns, ${reps} replications per situation, seed ${seed}. "no": the model does not reproduce the field value; the note says what the model measured.`,
    },
    bench: {
      model: (village, villagePeople, gemeente, gemeentePeople) =>
        `full model: ${village} ns/person-month (Mill, ${villagePeople} 65+), ${gemeente} (Land van Cuijk, ${gemeentePeople} 65+)`,
      reference: (ns, ratio) => `reference loop: ${ns} ns; ratio ${ratio}`,
      run: (ms, villageBuild, gemeenteBuild) => `10 years of Mill: ${ms} ms; world building: ${villageBuild} ms (Mill), ${gemeenteBuild} ms (Land van Cuijk)`,
      memory: (bytes, peak) => `memory: ${bytes} bytes per person plus the network; peak ${peak} MB`,
      criticalMass: (c) =>
        `critical mass (Mill, 90%): ${c.seconds1} s with 1 worker, ${c.secondsN} s with ${c.n} (CPU ${c.cpu1} s, ${c.cpuN} s); ${c.runs} replications, k90 ${c.k90 ?? 'not decided'} (${c.reasonCode})`,
      atlas: (a) =>
        `atlas (${a.sample} of ${a.wijken} wijken, ${a.workers} workers): median ${a.median} s/wijk, slowest ${a.slowestCode} ${a.slowestName} ${a.slowestSeconds} s; whole Netherlands projected ${a.minutes} min`,
      allNl: (gemeenten, people, slots, build, run, peak) =>
        `all of the Netherlands: ${gemeenten} gemeenten, ${people} 65+ (${slots} slots); world building ${build} s, 120 months ${run} s; peak ${peak} MB`,
    },
    calibrate: {
      generation: (n) => `generation ${n}`,
      acceptance: 'acceptance',
      doneIn: (seconds) => `done in ${seconds} s`,
      stop: {
        generations: 'maximum number of generations reached',
        epsilon: 'tolerance hardly decreases any more',
        acceptance: 'acceptance rate too low',
        budget: 'simulation budget spent',
      },
      heading: (area, codes, rows, file, first, last, start) =>
        `Calibration for ${area} (${codes}): ${rows} observations from ${file} (${first} … ${last}), start ${start}.`,
      smc: (particles, generations, simulations, abandoned, stop) =>
        `ABC-SMC: ${particles} particles, ${generations} generations, ${simulations} simulations${abandoned ? ` (${abandoned} in a generation given up)` : ''}; stopped: ${stop}.`,
      generationsHead: '  generation  tolerance ε    acceptance   ESS',
      posteriorHead: 'Posterior (median, 90% interval; prior):',
      parameter: (name, median, lo, hi, priorMin, priorMax, narrowing) =>
        `  ${name}  ${median} (${lo} – ${hi});  prior ${priorMin} – ${priorMax}, interval ${narrowing} of it`,
      predictive: (reps, coverage) => `Posterior predictive (${reps} replications): ${coverage} of the observations lie within the 90% band.`,
      comparison: (epsilon, simple, complex, bayesFactor) =>
        `Model comparison at ε = ${epsilon}: simple contagion ${simple}, complex ${complex} (Bayes factor complex/simple ${bayesFactor}).`,
      saved: (file) => `Posterior saved in ${file}; use it with: sneeuwbal simulate --params ${file}`,
    },
    atlas: {
      bundled: (file, computed, places, kB) => `${file}: ${computed} of ${places} places, ${kB} kB`,
      written: (rows, csv, json) => `${rows} rows: ${csv}, ${json}`,
      shardDone: (index, count, places, out) => `shard ${index}/${count} done (${places} places); to merge: sneeuwbal atlas merge ${out} --out ${out}`,
    },
  },
} satisfies typeof nlCli;
