/** English words of src/experiments (see ./index.ts), the same keys and values as nl-experiments.ts. */
import type { nlExperiments } from './nl-experiments.ts';
import { placementWords, routeDescribed } from './routes.ts';

/**
 * Numbers and plurals as src/i18n/plural.ts makes them for en-GB (this folder may import nothing
 * outside it): at most `d` decimals, and "1 circle" / "2 circles" by Intl.PluralRules.
 */
const decimals = [0, 1, 2, 3, 4].map((d) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: d }));
const num = (x: number, d: number) => decimals[d].format(x);
const rules = new Intl.PluralRules('en-GB', { maximumFractionDigits: 0 });
const circles = (k: number) => (rules.select(k) === 'one' ? 'circle' : 'circles');
/** A share as a whole percentage, "90%" (the same in both languages). */
const pct = (x: number) => `${Math.round(x * 100)}%`;

const SHORTFALL: Record<string, string> = {
  'no-complex': 'the area has no corporation complex with enough people 65+',
  'complexes-exhausted': 'all corporation complexes with enough people 65+ were already used',
  'no-venue': 'the area has no meeting place',
  'venues-exhausted': 'every meeting place already had a meeting',
  'meetings-too-small': 'at no meeting did enough older people want to join to start one circle together',
  'too-few-indications': 'there were too few indication talks that worked out in the seeding period',
};

const FIGURE = {
  corporationShare: 'The share of corporation dwellings',
  multiFamilyShare: 'The share of multi-family dwellings',
  onePersonHouseholds: 'The number of one-person households',
};

export const enExperiments: typeof nlExperiments = {
  // area.ts
  'experiments.area.unknown': (v) => `area "${v.code}" is not in the CBS table ${v.file}.${v.near.length ? ` Did you mean: ${v.near.join('; ')}?` : ''}`,
  'experiments.area.groupNamedLikeCode': (v) =>
    `group '${v.name.slice(0, 40)}' is named like a CBS code; it would replace the real area ${v.name.toUpperCase()}. Choose another name, e.g. 'Village ${v.name.slice(0, 20)}'.`,
  'experiments.area.groupTwice': (v) => `two groups are called '${v.name.slice(0, 40)}'; give each group its own name.`,
  'experiments.area.none': () => 'choose at least one area',
  'experiments.area.overlap': (v) => `${v.name}: ${v.n} buurten overlap with an earlier area and are counted once`,
  'experiments.area.unknown65plus': (v) =>
    `${v.name}: ${v.rest} people 65+ are in no buurt figure (CBS: secret or unknown) and are spread over ${v.buurten} buurten by inhabitants`,
  'experiments.area.estimated': (v) => `${FIGURE[v.figure]} is estimated for ${v.count} of ${v.buurten} buurten (${v.why.en})`,
  'experiments.area.no65plus': (v) =>
    `${v.names.join(' + ')} has no inhabitants aged 65 or over according to CBS (a business park, for instance): no circles can form there`,
  'experiments.area.noBoundary': (v) => `${v.n} buurten without a boundary are placed on a disc of their land area`,
  // atlas.ts
  'experiments.atlas.noGroups': () => 'give groups of buurten (--groups FILE) for --level group',
  'experiments.atlas.notGemeenteOrWijk': (v) => `${v.scope} is not a gemeente or wijk in ${v.file}; give for instance --within GM1982 or --nl`,
  'experiments.atlas.wijkInWijk': (v) => `wijken lie in a gemeente, not in wijk ${v.scope}`,
  'experiments.atlas.noPlaces': (v) => `no ${v.level === 'wijk' ? 'wijken' : 'buurten'} in ${v.scope} (${v.file})`,
  'experiments.atlas.badShard': (v) => `shard '${v.text}' does not exist: expected i/n with n ≥ 1 and i one of 0 … n−1 (e.g. 0/4 … 3/4)`,
  // rank.ts (also atlas.ts)
  'experiments.rank.cannotSimulate': () => 'cannot be simulated',
  'experiments.rank.scenario': (v) =>
    `Ranked for: route ${routeDescribed('en', v.route)}, seeds ${placementWords('en', v.placement)}, ${v.prMax > 0 ? `PR ${Math.round(v.prMax * 100)}%` : 'no PR'}, seeding in months ${v.from}–${v.to}.`,
  // rankUnits.ts
  'experiments.rankUnits.notGemeenteOrWijk': (v) => `${v.within} is not a gemeente or wijk in ${v.file}; give for instance --within GM1982`,
  'experiments.rankUnits.wijkInWijk': (v) => `wijken can be ranked within a gemeente, not within ${v.level} ${v.code}`,
  'experiments.rankUnits.noGroups': () => 'give groups of buurten (--groups FILE) to rank groups',
  'experiments.rankUnits.noPlaces': (v) => `${v.name} (${v.code}) has no ${v.level === 'wijk' ? 'wijken' : 'buurten'} in ${v.file}`,
  // scenarioLimits.ts
  'experiments.scenarioLimits.label.months': () => 'horizon in months',
  'experiments.scenarioLimits.label.reps': () => 'number of replications',
  'experiments.scenarioLimits.label.seed': () => 'random seed',
  'experiments.scenarioLimits.label.count': () => 'number of circles to seed',
  'experiments.scenarioLimits.label.from': () => 'first month of seeding',
  'experiments.scenarioLimits.label.to': () => 'month seeding stops',
  'experiments.scenarioLimits.label.prIntensity': () => 'PR intensity',
  'experiments.scenarioLimits.label.mediaIntensity': () => 'national media, as a multiple of the usual level',
  'experiments.scenarioLimits.label.seriesMonth': () => 'month',
  'experiments.scenarioLimits.label.takeoffYears': () => 'years after seeding until the judgement',
  'experiments.scenarioLimits.label.takeoffMinSelfStarted': () => 'least number of self-started circles',
  'experiments.scenarioLimits.label.takeoffTrendYears': () => 'years in which circles must still start',
  'experiments.scenarioLimits.label.takeoffMinRecent': () => 'least number of new circles in those years',
  'experiments.scenarioLimits.label.takeoffSaturation': () => 'share of the willing that counts as rolled',
  'experiments.scenarioLimits.label.takeoffGrowth': () => 'growth factor',
  'experiments.scenarioLimits.label.takeoffRatio': () => 'ratio self-started / seeded',
  'experiments.scenarioLimits.label.maxK': () => 'largest number of circles to try',
  'experiments.scenarioLimits.label.searchReps': () => 'replications per count',
  'experiments.scenarioLimits.label.target': () => 'probability that counts as critical mass',
  'experiments.scenarioLimits.label.budget': () => 'budget in circles',
  'experiments.scenarioLimits.label.appReps': () => 'number of replications',
  'experiments.scenarioLimits.outOfBounds': (v) =>
    `${v.field} must be ${v.whole ? 'a whole number' : 'a number'} ${v.open ? `between ${v.lo} and ${v.hi}` : `from ${v.lo} to ${v.hi}`} (${v.label.en}); got: ${v.got}`,
  // scenarioSchema.ts
  'experiments.scenarioSchema.unknownRoute': (v) => `unknown route ${v.route} (allowed: a, b, c)`,
  'experiments.scenarioSchema.placement': (v) =>
    `${v.name} must be one of ${v.allowed.join(', ')} (placement: together, spread, automatic or chosen buurten); got: ${v.got}`,
  'experiments.scenarioSchema.codes': (v) => `${v.name} must be a list of CBS codes`,
  'experiments.scenarioSchema.list': (v) => `${v.name} must be a list`,
  'experiments.scenarioSchema.boolean': (v) => `${v.name} must be true or false`,
  'experiments.scenarioSchema.version': (v) => `unknown scenario version ${v.got} (expected 1)`,
  'experiments.scenarioSchema.start': (v) => `start must be YYYY-MM (the calendar month of month 0), e.g. 2026-01; got: ${v.got}`,
  'experiments.scenarioSchema.groupName': () => 'a group needs a name',
  'experiments.scenarioSchema.object': (v) => `${v.name} must be an object`,
  'experiments.scenarioSchema.notObject': () => 'a scenario is a JSON object',
  // criticalMass.ts
  'experiments.criticalMass.badTarget': (v) => `the target must be a probability between 0 and 1 (e.g. 0.9), not ${v.target}`,
  // criticalMassPlan.ts
  'experiments.criticalMassPlan.noWeight': () => 'the mix needs at least one route with a weight above 0',
  'experiments.criticalMassPlan.chosenNeedsBuurten': () => "placement 'chosen' needs buurten (--buurten CODE,CODE…)",
  // greedy.ts
  'experiments.greedy.noPlaces': () => 'there are no places to seed circles',
  // scenario.ts
  'experiments.scenario.chosenNeedsBuurten': (v) => `placement 'chosen' needs a list of buurt codes in ${v.field}`,
  'experiments.scenario.noArea': () => 'choose at least one area (CBS code or group name)',
  'experiments.scenario.emptyPlan': () => 'the plan seeds no circle; give for instance --plan a=1,b=2 (or use critical-mass to compare with k = 0)',
  'experiments.scenario.trendAfterJudgement': (v) => `takeoff.trendYears (${v.trend.en}) cannot exceed takeoff.years (${v.years.en})`,
  // scenarioCircles.ts
  'experiments.scenarioCircles.notList': () => 'circles must be a list of circles (the register)',
  'experiments.scenarioCircles.noStart': () => 'a register of existing circles needs a start month (start, YYYY-MM)',
  'experiments.scenarioCircles.notObject': () => 'a circle is an object {founded, buurt, route, members, status, ended}',
  'experiments.scenarioCircles.founded': (v) => `founded must be YYYY-MM; got: ${v.got}`,
  'experiments.scenarioCircles.ended': (v) => `ended must be empty or YYYY-MM after founded; got: ${v.got}`,
  'experiments.scenarioCircles.buurt': (v) => `buurt must be a buurt code BU…; got: ${v.got}`,
  'experiments.scenarioCircles.route': (v) => `route must be one of ${v.allowed.join(', ')}`,
  'experiments.scenarioCircles.members': (v) => `members must be a whole number from 1 to ${v.max}`,
  'experiments.scenarioCircles.status': () => 'status must be active or passive',
  // series.ts
  'experiments.series.listOnly': (v) => `${v.field} must be a list, e.g. [{"month": 12, "intensity": 5}]`,
  'experiments.series.notSeries': (v) => `${v.field} must be a number, a list of {from, to, intensity} or a list of {month, intensity}`,
  'experiments.series.notObject': (v) => `${v.field} must be an object`,
  'experiments.series.monthAndWindow': (v) => `${v.field}: use month or from/to, not both`,
  'experiments.series.twoForms': (v) => `${v.field}: use one form, {month, intensity} or {from, to, intensity}`,
  'experiments.series.monthsDown': (v) => `${v.field}: months must increase`,
  'experiments.series.unreadable': (v) => `cannot read '${v.part}': expected FROM-TO:LEVEL or MONTH:LEVEL, e.g. 0-12:0.8,12-24:0.3`,
  // paramset.ts
  'experiments.paramset.notObject': () => 'expected a JSON object with parameters',
  'experiments.paramset.posteriorShape': () => 'posterior needs names, particles and weights (as many particles as weights)',
  'experiments.paramset.names': () => 'names must be a list of distinct parameter names',
  'experiments.paramset.particleLength': (v) => `particle ${v.i} does not have ${v.n} values`,
  'experiments.paramset.weight': () => 'weights must be finite numbers ≥ 0',
  'experiments.paramset.weightSum': () => 'the weights must have a positive, finite sum',
  // run.ts
  'experiments.run.buurtenOutside': (v) => `${v.outside.join(', ')} is not inside ${v.area}; choose buurten within the area`,
  'experiments.run.provisional': (v) =>
    `${v.rule.en} Note: this run ends earlier, so here it is judged ${num(v.judgedAfterYears, 1)} years after the stop instead of ${num(v.years, 1)}: a provisional chance, not the critical-mass verdict. Run ${v.needed} months (--months ${v.needed}) for the full judgement.`,
  // takeoff.ts: the rule in words, for every place a takeoff result is shown
  'experiments.takeoff.rule': (v) =>
    `"The snowball rolls" means here: ${v.years} years after the professionals stop, at least ${v.minSelfStarted} circles exist that older people started because they saw other circles (not the seeded ones and not those started by PR or media)${v.minRecent > 0 ? `, and in the ${v.trendYears} years before that at least ${v.minRecent === 1 ? 'one was' : `${v.minRecent} were`} still started that way` : ''}.` +
    (v.growth > 0 ? ` Also there must be at least ${pct(v.growth)} of the number ${v.trendYears} years earlier.` : '') +
    (v.ratio > 0
      ? ` Also, after the stop older people must have started at least ${v.ratio === 1 ? 'as many' : `${v.ratio} times as many`} circles that way as the professionals did.`
      : '') +
    (v.saturation > 0
      ? ` If by then at least ${pct(v.saturation)} of the older people who would ever join are in a circle, that counts too: the snowball has rolled.`
      : ''),
  // registerAnswer.ts: "how many more", read against the register
  'experiments.registerAnswer.have': (v) =>
    v.circles === 1 ? `the one circle that exists now (${v.start})` : `the ${v.circles} circles that exist now (${v.start})`,
  'experiments.registerAnswer.alone': (v) =>
    `With ${v.have.en} the snowball already rolls without new seeds: k = 0 suffices (chance ${pct(v.p0)}, target ${pct(v.target)}).`,
  'experiments.registerAnswer.notReached': (v) => `Even on top of ${v.have.en} the target of ${pct(v.target)} is not reached within the numbers tried.`,
  'experiments.registerAnswer.more': (v) => `On top of ${v.have.en}, ${v.more} more circles are needed (without new seeds: chance ${pct(v.p0)}).`,
  // drivers.ts
  'experiments.drivers.text': (v) => `${v.name}: with ${num(v.low, 4)} instead of ${num(v.dflt, 4)}: ${v.atLow.en}; with ${num(v.high, 4)}: ${v.atHigh.en}.`,
  // routeShortfall.ts: why a seeding route placed fewer circles than asked (codes of src/core/processes/seeding.ts)
  'experiments.routeShortfall.reason': (v) => SHORTFALL[v.reason] ?? 'the route got stuck',
  // criticalMassReason.ts: why a critical-mass search came out as it did
  'experiments.criticalMassReason.shortfall': (v) => v.routes.map((x) => `route ${x.route}: ${x.why.en}`).join('; '),
  'experiments.criticalMassReason.fewIndications': () => 'there are too few indication moments or successful proposals in the seeding period (route c)',
  'experiments.criticalMassReason.rNone': () => 'There is no seeded circle to measure R on.',
  'experiments.criticalMassReason.rZero': () => 'No seeded circle inspired a new one (R = 0).',
  'experiments.criticalMassReason.r': (v) =>
    `Each seeded circle led on average to R ≈ ${num(v.R, 2)}${v.interval ? ` (95%-interval ${num(v.interval.lo, 2)}–${num(v.interval.hi, 2)})` : ''} new circles that older people started over its life (splits not counted${v.censored !== null ? `; ${pct(v.censored)} of those circles still existed at the judgement: their later children are estimated from the life table of all circles` : ''}).` +
    (v.cStar === 0
      ? ' Even a circle without other circles nearby replaces itself: there is no density threshold.'
      : v.cStar !== null
        ? ` A circle with at least ${v.cStar} other circles within walking or cycling distance replaces itself (R ≥ 1): that is where the critical mass comes from.`
        : v.never
          ? ' At no local density of circles does a circle replace itself.'
          : ''),
  'experiments.criticalMassReason.depletion': (v) =>
    `with ${v.k} ${circles(v.k)} ${pct(v.willingInCircle)} of those who would ever join are in a circle, and ${num(v.freeConnectors, 0)} of ${num(v.connectors, 0)} potential connectors are still free`,
  'experiments.criticalMassReason.fillsUp': (v) => `the area fills up: ${pct(v.willingInCircle)} of those willing are already in a circle`,
  'experiments.criticalMassReason.withR': (v) => `${v.text.en} ${v.R.en}`,
  'experiments.criticalMassReason.fewStarted': (v) =>
    ` Note: only ${num(v.seeded, 1)} of the ${v.k} circles asked for are actually started on average (${v.why.en}).`,
  'experiments.criticalMassReason.reached': (v) => `${v.answer.en}${v.note?.en ?? ''}`,
  'experiments.criticalMassReason.reachedSaturated': (v) => `${v.head.en} That is mostly because the area fills up: ${v.depletion.en}.`,
  'experiments.criticalMassReason.contradiction': (v) =>
    `The chance reaches ${pct(v.target)} at ${v.k} ${circles(v.k)}, but the seeded circles each lead to fewer than one new circle: the two measurements contradict each other, so no number is given.`,
  'experiments.criticalMassReason.contradictionShort': (v) =>
    `uncertain: the chance reaches ${pct(v.target)} at ${v.k}, but each circle leads to fewer than one new one`,
  'experiments.criticalMassReason.notDecided': (v) =>
    `The chance reaches ${pct(v.target)} around ${v.k} seeded ${circles(v.k)}, but the replications do not decide the number to within one circle: ${[
      v.lower ? `surely not below ${v.lower}` : '',
      v.upper === null ? `up to ${v.triedUpTo} (the most tried) no number is certain enough` : `surely from ${v.upper} on`,
    ]
      .filter(Boolean)
      .join(', and ')}. So no number is given.`,
  'experiments.criticalMassReason.notDecidedShort': (v) => `uncertain: about ${v.k}, not decided to within one circle`,
  'experiments.criticalMassReason.noMass': (v) =>
    `No critical mass within ${v.maxK} seeded ${circles(v.maxK)}: the chance that the snowball rolls does not reach ${pct(v.target)}.`,
  'experiments.criticalMassReason.noSeeds': (v) => `${v.head.en} Route ${v.route} cannot start a single circle here: ${v.why.en}.`,
  'experiments.criticalMassReason.noSeedsShort': (v) => `no circle can be started: ${v.why.en}`,
  'experiments.criticalMassReason.routeCapacity': (v) =>
    `${v.head.en} Route ${v.route} starts only ${num(v.seeded, 1)} of the ${v.k} circles asked for here on average (${v.why.en}); the chance gets no higher than ${pct(v.best)}.`,
  'experiments.criticalMassReason.routeCapacityShort': (v) => `only ${num(v.seeded, 1)} of ${v.k} circles can be started: ${v.why.en}`,
  'experiments.criticalMassReason.rBelowOne': (v) =>
    `${v.head.en} Seeded circles each lead to fewer than one new circle, so more seeds do not make the snowball self-sustaining (the chance gets no higher than ${pct(v.best)}).`,
  'experiments.criticalMassReason.rBelowOneShort': (v) => `each circle leads to fewer than one new one; chance at most ${pct(v.best)}`,
  'experiments.criticalMassReason.stillRising': (v) =>
    `${v.head.en} The chance is still rising at ${v.maxK} (from ${pct(v.halfP)} at ${v.halfK} to ${pct(v.lastP)}): try more circles.`,
  'experiments.criticalMassReason.stillRisingShort': (v) => `more than ${v.maxK} needed: the chance is still rising (${pct(v.lastP)} at ${v.maxK})`,
  'experiments.criticalMassReason.flat': (v) => `The chance levels off around ${pct(v.top)} from ${v.fromK} ${circles(v.fromK)} on`,
  'experiments.criticalMassReason.flatUndecided': (v) =>
    `${v.flat.en}; with ${v.reps} replications ${pct(v.target)} at ${v.k} ${circles(v.k)} can be neither excluded nor shown (95% interval ${pct(v.lo)}–${pct(v.hi)}). So no number is given.`,
  'experiments.criticalMassReason.flatUndecidedShort': (v) => `uncertain: the chance stays around ${pct(v.top)}`,
  'experiments.criticalMassReason.saturates': (v) =>
    `${v.head.en} ${v.flat.en}: the area saturates — ${v.depletion.en}; those who would start a circle themselves are already in one.`,
  'experiments.criticalMassReason.plateau': (v) =>
    `${v.head.en} ${v.flat.en}, while the area is not full (${v.depletion.en}). That ceiling comes from the model itself: the chance that someone starts a circle stops growing beyond 4 circles nearby, and every new circle must find enough neighbours within its founding months.`,
  'experiments.criticalMassReason.plateauShort': (v) => `the chance levels off around ${pct(v.top)}`,
  // patternDefs.ts: the field patterns' labels and situations
  'experiments.patternDefs.label.aCame': () => 'Route a: turnout in a complex (of 40 invited)',
  'experiments.patternDefs.label.aJoined': () => 'Route a: joined at once (of 40 invited)',
  'experiments.patternDefs.label.aLater': () => 'Route a: joined later (first year)',
  'experiments.patternDefs.label.aNoCircle': () => 'Route a: meetings forming no circle (share)',
  'experiments.patternDefs.label.bCame': () => 'Route b: at the coffee morning',
  'experiments.patternDefs.label.bInterested': () => 'Route b: wanted to join',
  'experiments.patternDefs.label.bCircles': () => 'Route b: circles from one coffee morning',
  'experiments.patternDefs.label.size': () => 'Members per circle',
  'experiments.patternDefs.label.cuijk': () => 'Land van Cuijk: circles some 6 years after the first',
  'experiments.patternDefs.label.brandevoort': () => 'Brandevoort (Helmond): circles',
  'experiments.patternDefs.label.passive': () => 'Share of passive circles',
  'experiments.patternDefs.situation.oneMeeting': () => 'one residents’ meeting',
  'experiments.patternDefs.situation.meetingsUntilCircle': () => 'meetings until a circle forms',
  'experiments.patternDefs.situation.oneCoffeeMorning': () => 'one coffee morning',
  'experiments.patternDefs.situation.cuijkAfter6Years': () => 'all circles in Land van Cuijk after 6 years',
  'experiments.patternDefs.situation.cuijk': () =>
    'assumption: 6 circles through district nursing (Pantein) and 4 through neighbourhood meetings in the first 2 years',
  'experiments.patternDefs.situation.brandevoort': () => 'assumption: 2 circles through neighbourhood meetings in the first 2 years, 5 years',
  // patterns.ts: what the model measured beside each field pattern
  'experiments.patterns.aNote': (v) => `${v.meetings} meetings in ${v.reps} runs, the first that formed a circle counted; ${v.detail.en}`,
  'experiments.patterns.aCame': (v) => `scaled to 40 invited (the model's complexes have ${v.invited} free residents 65+ in the median)`,
  'experiments.patterns.aJoined': () => 'scaled to 40 invited',
  'experiments.patterns.aLater': (v) =>
    `people who joined its circle in the 12 months after the meeting, scaled to 40 invited; without PR sign-ups and without the circle looking for members the median is ${v.bare}`,
  'experiments.patterns.aNoCircle': (v) =>
    `${v.none} of ${v.meetings} meetings formed no circle; in ${v.tooFew} of them fewer than foundingMin (${v.foundingMin}) willing residents came and wanted to join. The field reports only meetings that worked.`,
  'experiments.patterns.bNote': (v) => `the first coffee morning of each of ${v.reps} runs (at most 80 people fit in the room)`,
  'experiments.patterns.size': (v) =>
    `all ${v.circles} circles at the end of the ${v.area} runs; ${v.smallPct}% have fewer than 8 members, ${v.smallPassivePct}% of those are passive (passive circles do not look for members)`,
  'experiments.patterns.passive': (v) =>
    `share of passive circles at the end of the ${v.area} runs; passiveRate ${v.passiveRate}, reactivateRate ${v.reactivateRate} and passiveDissolve ${v.passiveDissolve} a year were set for about a third passive before the field's split was known`,
  'experiments.patterns.density': (v) =>
    `${v.situation.en}; after ${v.years} years, median ${v.seeded} seeded and ${v.self} self-started circles still existing; each active circle inspired ${v.rate} new circles a year`,
};
