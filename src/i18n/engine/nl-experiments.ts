/** Dutch words of src/experiments (see ./index.ts): keys start with 'experiments.'. The source of truth for en-experiments.ts. */
import { placementWords, routeDescribed } from './routes.ts';

/**
 * Numbers and plurals as src/i18n/plural.ts makes them for nl-NL (this folder may import nothing
 * outside it): at most `d` decimals, and "1 cirkel" / "2 cirkels" by Intl.PluralRules.
 */
const decimals = [0, 1, 2, 3, 4].map((d) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: d }));
const num = (x: number, d: number) => decimals[d].format(x);
const rules = new Intl.PluralRules('nl-NL', { maximumFractionDigits: 0 });
const circles = (k: number) => (rules.select(k) === 'one' ? 'cirkel' : 'cirkels');
/** A share as a whole percentage, "90%" (the same in both languages). */
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A sentence in both languages, passed as a value where a message is assembled from other messages. */
type Words = { nl: string; en: string };
/** An estimated CBS figure the model uses (src/experiments/area.ts). */
type Figure = 'corporationShare' | 'multiFamilyShare' | 'onePersonHouseholds';

/** Why a seeding route placed fewer circles than asked, by the code src/core/processes/seeding.ts gives. */
const SHORTFALL: Record<string, string> = {
  'no-complex': 'het gebied heeft geen corporatiecomplex met genoeg 65-plussers',
  'complexes-exhausted': 'alle corporatiecomplexen met genoeg 65-plussers zijn al benaderd',
  'no-venue': 'het gebied heeft geen ontmoetingsplek',
  'venues-exhausted': 'op alle ontmoetingsplekken is al een bijeenkomst geweest',
  'meetings-too-small': 'op geen enkele bijeenkomst wilden genoeg ouderen meedoen om samen één cirkel te beginnen',
  'too-few-indications': 'er waren in de startperiode te weinig indicatiegesprekken waarop het lukte',
};

const FIGURE: Record<Figure, string> = {
  corporationShare: 'Het aandeel corporatiewoningen',
  multiFamilyShare: 'Het aandeel meergezinswoningen',
  onePersonHouseholds: 'Het aantal eenpersoonshuishoudens',
};

export const nlExperiments = {
  // area.ts
  'experiments.area.unknown': (v: { code: string; file: string; near: string[] }) =>
    `gebied "${v.code}" staat niet in de CBS-tabel ${v.file}.${v.near.length ? ` Bedoelt u: ${v.near.join('; ')}?` : ''}`,
  'experiments.area.groupNamedLikeCode': (v: { name: string }) =>
    `groep '${v.name.slice(0, 40)}' heeft de naam van een CBS-code; die zou het echte gebied ${v.name.toUpperCase()} vervangen. Kies een andere naam, bijvoorbeeld 'Kerkdorp ${v.name.slice(0, 20)}'.`,
  'experiments.area.groupTwice': (v: { name: string }) => `twee groepen heten '${v.name.slice(0, 40)}'; geef elke groep een eigen naam.`,
  'experiments.area.none': () => 'kies minstens één gebied',
  'experiments.area.overlap': (v: { name: string; n: number }) => `${v.name}: ${v.n} buurten vallen ook in een eerder gekozen gebied en tellen één keer mee`,
  'experiments.area.unknown65plus': (v: { name: string; rest: number; buurten: number }) =>
    `${v.name}: ${v.rest} 65-plussers staan in geen enkel buurtcijfer (CBS: geheim of onbekend) en zijn naar inwoners verdeeld over ${v.buurten} buurten`,
  'experiments.area.estimated': (v: { figure: Figure; count: number; buurten: number; why: Words }) =>
    `${FIGURE[v.figure]} is geschat voor ${v.count} van de ${v.buurten} buurten (${v.why.nl})`,
  'experiments.area.no65plus': (v: { names: string[] }) =>
    `${v.names.join(' + ')} heeft volgens CBS geen inwoners van 65 jaar of ouder (bijvoorbeeld een bedrijventerrein): daar kunnen geen voorzorgcirkels ontstaan`,
  'experiments.area.noBoundary': (v: { n: number }) => `${v.n} buurten zonder grens zijn als cirkel met hun landoppervlak geplaatst`,
  // atlas.ts
  'experiments.atlas.noGroups': () => 'geef groepen van buurten (--groups BESTAND) voor --level group',
  'experiments.atlas.notGemeenteOrWijk': (v: { scope: string; file: string }) =>
    `${v.scope} is geen gemeente of wijk in ${v.file}; geef bijvoorbeeld --within GM1982 of --nl`,
  'experiments.atlas.wijkInWijk': (v: { scope: string }) => `wijken liggen in een gemeente, niet in wijk ${v.scope}`,
  'experiments.atlas.noPlaces': (v: { level: 'wijk' | 'buurt' | 'group'; scope: string; file: string }) =>
    `geen ${v.level === 'wijk' ? 'wijken' : 'buurten'} in ${v.scope} (${v.file})`,
  'experiments.atlas.badShard': (v: { text: string }) => `shard '${v.text}' bestaat niet: verwacht i/n met n ≥ 1 en i één van 0 … n−1 (bijvoorbeeld 0/4 … 3/4)`,
  // rank.ts (also atlas.ts)
  'experiments.rank.cannotSimulate': () => 'niet te simuleren',
  'experiments.rank.scenario': (v: { route: 'a' | 'b' | 'c' | 'mix'; placement: string; prMax: number; from: number; to: number }) =>
    `Gerangschikt voor: route ${routeDescribed('nl', v.route)}, ${placementWords('nl', v.placement)}, ${v.prMax > 0 ? `PR ${Math.round(v.prMax * 100)}%` : 'zonder PR'}, starten in maand ${v.from}–${v.to}.`,
  // rankUnits.ts
  'experiments.rankUnits.notGemeenteOrWijk': (v: { within: string; file: string }) =>
    `${v.within} is geen gemeente of wijk in ${v.file}; geef bijvoorbeeld --within GM1982`,
  'experiments.rankUnits.wijkInWijk': (v: { level: string; code: string }) => `wijken rangschikken kan binnen een gemeente, niet binnen ${v.level} ${v.code}`,
  'experiments.rankUnits.noGroups': () => 'geef groepen van buurten (--groups BESTAND) om groepen te rangschikken',
  'experiments.rankUnits.noPlaces': (v: { name: string; code: string; level: 'wijk' | 'buurt' | 'group'; file: string }) =>
    `${v.name} (${v.code}) heeft geen ${v.level === 'wijk' ? 'wijken' : 'buurten'} in ${v.file}`,
  // scenarioLimits.ts
  'experiments.scenarioLimits.label.months': () => 'horizon in maanden',
  'experiments.scenarioLimits.label.reps': () => 'aantal herhalingen',
  'experiments.scenarioLimits.label.seed': () => 'startgetal van het toeval',
  'experiments.scenarioLimits.label.count': () => 'aantal te starten cirkels',
  'experiments.scenarioLimits.label.from': () => 'eerste maand van het starten',
  'experiments.scenarioLimits.label.to': () => 'maand waarin het starten stopt',
  'experiments.scenarioLimits.label.prIntensity': () => 'PR-inzet',
  'experiments.scenarioLimits.label.mediaIntensity': () => 'landelijke media, als veelvoud van het gewone niveau',
  'experiments.scenarioLimits.label.seriesMonth': () => 'maand',
  'experiments.scenarioLimits.label.takeoffYears': () => 'jaren na het starten tot het oordeel',
  'experiments.scenarioLimits.label.takeoffMinSelfStarted': () => 'minimaal aantal zelf gestarte cirkels',
  'experiments.scenarioLimits.label.takeoffTrendYears': () => 'jaren waarin nog cirkels moeten ontstaan',
  'experiments.scenarioLimits.label.takeoffMinRecent': () => 'minimaal aantal nieuwe cirkels in die jaren',
  'experiments.scenarioLimits.label.takeoffSaturation': () => 'deel van de bereidwilligen dat telt als gerold',
  'experiments.scenarioLimits.label.takeoffGrowth': () => 'groeifactor',
  'experiments.scenarioLimits.label.takeoffRatio': () => 'verhouding zelf gestart / gestart',
  'experiments.scenarioLimits.label.maxK': () => 'hoogste aantal cirkels om te proberen',
  'experiments.scenarioLimits.label.searchReps': () => 'herhalingen per aantal',
  'experiments.scenarioLimits.label.target': () => 'kans die als kritische massa telt',
  'experiments.scenarioLimits.label.budget': () => 'budget in cirkels',
  'experiments.scenarioLimits.label.appReps': () => 'aantal herhalingen',
  'experiments.scenarioLimits.outOfBounds': (v: { field: string; whole: boolean; open: boolean; lo: number; hi: number; label: Words; got: string }) =>
    `${v.field} moet ${v.whole ? 'een heel getal' : 'een getal'} ${v.open ? `tussen ${v.lo} en ${v.hi}` : `van ${v.lo} tot en met ${v.hi}`} zijn (${v.label.nl}); gekregen: ${v.got}`,
  // scenarioSchema.ts
  'experiments.scenarioSchema.unknownRoute': (v: { route: string }) => `onbekende route ${v.route} (toegestaan: a, b, c)`,
  'experiments.scenarioSchema.placement': (v: { name: string; allowed: readonly string[]; got: string }) =>
    `${v.name} moet een van ${v.allowed.join(', ')} zijn (plaatsing: bij elkaar, verspreid, automatisch of gekozen buurten); gekregen: ${v.got}`,
  'experiments.scenarioSchema.codes': (v: { name: string }) => `${v.name} moet een lijst van CBS-codes zijn`,
  'experiments.scenarioSchema.list': (v: { name: string }) => `${v.name} moet een lijst zijn`,
  'experiments.scenarioSchema.boolean': (v: { name: string }) => `${v.name} moet true of false zijn`,
  'experiments.scenarioSchema.version': (v: { got: string }) => `onbekende scenarioversie ${v.got} (verwacht 1)`,
  'experiments.scenarioSchema.start': (v: { got: string }) =>
    `start moet JJJJ-MM zijn (de kalendermaand van maand 0), bijvoorbeeld 2026-01; gekregen: ${v.got}`,
  'experiments.scenarioSchema.groupName': () => 'een groep heeft een naam nodig',
  'experiments.scenarioSchema.object': (v: { name: string }) => `${v.name} moet een object zijn`,
  'experiments.scenarioSchema.notObject': () => 'een scenario is een JSON-object',
  // criticalMass.ts
  'experiments.criticalMass.badTarget': (v: { target: number }) => `het doel moet een kans tussen 0 en 1 zijn (bijvoorbeeld 0,9), niet ${v.target}`,
  // criticalMassPlan.ts
  'experiments.criticalMassPlan.noWeight': () => 'de mix heeft minstens één route met een gewicht boven 0 nodig',
  'experiments.criticalMassPlan.chosenNeedsBuurten': () => "plaatsing 'chosen' vraagt om buurten (--buurten CODE,CODE…)",
  // greedy.ts
  'experiments.greedy.noPlaces': () => 'er zijn geen plekken om cirkels te starten',
  // scenario.ts
  'experiments.scenario.chosenNeedsBuurten': (v: { field: string }) => `plaatsing 'chosen' vraagt om een lijst buurtcodes in ${v.field}`,
  'experiments.scenario.noArea': () => 'kies minstens één gebied (CBS-code of groepsnaam)',
  'experiments.scenario.emptyPlan': () =>
    'het plan start geen enkele cirkel; geef bijvoorbeeld --plan a=1,b=2 (of gebruik critical-mass om k = 0 te vergelijken)',
  'experiments.scenario.trendAfterJudgement': (v: { trend: Words; years: Words }) =>
    `takeoff.trendYears (${v.trend.nl}) mag niet groter zijn dan takeoff.years (${v.years.nl})`,
  // scenarioCircles.ts
  'experiments.scenarioCircles.notList': () => 'circles moet een lijst cirkels zijn (het register)',
  'experiments.scenarioCircles.noStart': () => 'met een register van bestaande cirkels hoort een startmaand (start, JJJJ-MM)',
  'experiments.scenarioCircles.notObject': () => 'een cirkel is een object {founded, buurt, route, members, status, ended}',
  'experiments.scenarioCircles.founded': (v: { got: string }) => `founded moet JJJJ-MM zijn; gekregen: ${v.got}`,
  'experiments.scenarioCircles.ended': (v: { got: string }) => `ended moet leeg of JJJJ-MM na founded zijn; gekregen: ${v.got}`,
  'experiments.scenarioCircles.buurt': (v: { got: string }) => `buurt moet een buurtcode BU… zijn; gekregen: ${v.got}`,
  'experiments.scenarioCircles.route': (v: { allowed: readonly string[] }) => `route moet een van ${v.allowed.join(', ')} zijn`,
  'experiments.scenarioCircles.members': (v: { max: number }) => `members moet een heel getal van 1 tot en met ${v.max} zijn`,
  'experiments.scenarioCircles.status': () => 'status moet active of passive zijn',
  // series.ts
  'experiments.series.listOnly': (v: { field: string }) => `${v.field} moet een lijst zijn, bijvoorbeeld [{"month": 12, "intensity": 5}]`,
  'experiments.series.notSeries': (v: { field: string }) => `${v.field} moet een getal, een lijst {from, to, intensity} of een lijst {month, intensity} zijn`,
  'experiments.series.notObject': (v: { field: string }) => `${v.field} moet een object zijn`,
  'experiments.series.monthAndWindow': (v: { field: string }) => `${v.field}: gebruik month óf from/to, niet allebei`,
  'experiments.series.twoForms': (v: { field: string }) => `${v.field}: kies één vorm, {month, intensity} of {from, to, intensity}`,
  'experiments.series.monthsDown': (v: { field: string }) => `${v.field}: de maanden moeten oplopen`,
  'experiments.series.unreadable': (v: { part: string }) =>
    `'${v.part}' begrijp ik niet: verwacht VAN-TOT:NIVEAU of MAAND:NIVEAU, bijvoorbeeld 0-12:0.8,12-24:0.3`,
  // paramset.ts
  'experiments.paramset.notObject': () => 'verwacht een JSON-object met parameters',
  'experiments.paramset.posteriorShape': () => 'posterior moet names, particles en weights hebben (even veel particles als weights)',
  'experiments.paramset.names': () => 'names moet een lijst van verschillende parameternamen zijn',
  'experiments.paramset.particleLength': (v: { i: number; n: number }) => `particle ${v.i} heeft niet ${v.n} waarden`,
  'experiments.paramset.weight': () => 'weights moeten eindige getallen ≥ 0 zijn',
  'experiments.paramset.weightSum': () => 'de som van weights moet positief en eindig zijn',
  // run.ts
  'experiments.run.buurtenOutside': (v: { outside: string[]; area: string }) =>
    `${v.outside.join(', ')} ligt niet in ${v.area}; kies buurten binnen het gebied`,
  'experiments.run.provisional': (v: { rule: Words; judgedAfterYears: number; years: number; needed: number }) =>
    `${v.rule.nl} Let op: deze berekening stopt eerder, dus hier is dat al ${num(v.judgedAfterYears, 1)} jaar na het stoppen bekeken in plaats van ${num(v.years, 1)} jaar: een voorlopige kans, niet het oordeel van de kritische massa. Reken ${v.needed} maanden (--months ${v.needed}) voor het volle oordeel.`,
  // takeoff.ts: the rule in words, for every place a takeoff result is shown
  'experiments.takeoff.rule': (v: {
    years: number;
    minSelfStarted: number;
    trendYears: number;
    minRecent: number;
    saturation: number;
    growth: number;
    ratio: number;
  }) =>
    `"De sneeuwbal rolt" betekent hier: ${v.years} jaar nadat de professionals stoppen, bestaan er minstens ${v.minSelfStarted} cirkels die ouderen zelf begonnen omdat ze andere cirkels zagen (niet de gestarte cirkels en niet die door PR of media ontstonden)${v.minRecent > 0 ? `, en in de ${v.trendYears} jaar daarvoor ${v.minRecent === 1 ? 'is er nog minstens één' : `zijn er nog minstens ${v.minRecent}`} zo begonnen` : ''}.` +
    (v.growth > 0 ? ` Ook moeten dat er minstens ${pct(v.growth)} zijn van het aantal ${v.trendYears} jaar eerder.` : '') +
    (v.ratio > 0
      ? ` Ook moeten ouderen na het stoppen minstens ${v.ratio === 1 ? 'zoveel' : `${v.ratio} keer zoveel`} cirkels zo gestart hebben als de professionals startten.`
      : '') +
    (v.saturation > 0
      ? ` Zit dan al minstens ${pct(v.saturation)} van de ouderen die ooit mee willen doen in een cirkel, dan telt dat ook: de sneeuwbal heeft gerold.`
      : ''),
  // registerAnswer.ts: "how many more", read against the register
  'experiments.registerAnswer.have': (v: { circles: number; start: string }) =>
    v.circles === 1 ? `de ene cirkel die er nu is (${v.start})` : `de ${v.circles} cirkels die er nu zijn (${v.start})`,
  'experiments.registerAnswer.alone': (v: { have: Words; p0: number; target: number }) =>
    `Met ${v.have.nl} rolt de sneeuwbal al zonder nieuwe starts: k = 0 volstaat (kans ${pct(v.p0)}, doel ${pct(v.target)}).`,
  'experiments.registerAnswer.notReached': (v: { have: Words; target: number }) =>
    `Ook bovenop ${v.have.nl} is het doel van ${pct(v.target)} binnen het geprobeerde aantal niet gehaald.`,
  'experiments.registerAnswer.more': (v: { have: Words; more: number; p0: number }) =>
    `Bovenop ${v.have.nl} zijn nog ${v.more} nieuwe cirkels nodig (zonder nieuwe starts: kans ${pct(v.p0)}).`,
  // drivers.ts
  'experiments.drivers.text': (v: { name: string; low: number; dflt: number; high: number; atLow: Words; atHigh: Words }) =>
    `${v.name}: met ${num(v.low, 4)} in plaats van ${num(v.dflt, 4)}: ${v.atLow.nl}; met ${num(v.high, 4)}: ${v.atHigh.nl}.`,
  // routeShortfall.ts: why a seeding route placed fewer circles than asked (codes of src/core/processes/seeding.ts)
  'experiments.routeShortfall.reason': (v: { reason: string }) => SHORTFALL[v.reason] ?? 'de route liep vast',
  // criticalMassReason.ts: why a critical-mass search came out as it did
  'experiments.criticalMassReason.shortfall': (v: { routes: { route: string; why: Words }[] }) =>
    v.routes.map((x) => `route ${x.route}: ${x.why.nl}`).join('; '),
  'experiments.criticalMassReason.fewIndications': () => 'er zijn in de startperiode te weinig indicatiemomenten of geslaagde voorstellen (route c)',
  'experiments.criticalMassReason.rNone': () => 'Er is geen gestarte cirkel om R aan te meten.',
  'experiments.criticalMassReason.rZero': () => 'Geen enkele gestarte cirkel inspireerde een nieuwe (R = 0).',
  'experiments.criticalMassReason.r': (v: {
    R: number;
    interval: { lo: number; hi: number } | null;
    censored: number | null;
    cStar: number | null;
    never: boolean;
  }) =>
    `Elke gestarte cirkel bracht in zijn bestaan gemiddeld R ≈ ${num(v.R, 2)}${v.interval ? ` (95%-interval ${num(v.interval.lo, 2)}–${num(v.interval.hi, 2)})` : ''} nieuwe cirkels voort die ouderen zelf begonnen (splitsingen niet meegeteld${v.censored !== null ? `; ${pct(v.censored)} van die cirkels bestond bij het oordeel nog: hun latere kinderen zijn geschat uit de levensloop van alle cirkels` : ''}).` +
    (v.cStar === 0
      ? ' Ook een cirkel zonder andere cirkels in de buurt vervangt zichzelf: er is geen drempel van dichtheid.'
      : v.cStar !== null
        ? ` Een cirkel met minstens ${v.cStar} andere ${circles(v.cStar)} op loop- of fietsafstand vervangt zichzelf (R ≥ 1): daar ontstaat de kritische massa.`
        : v.never
          ? ' Bij geen enkele dichtheid van cirkels in de buurt vervangt een cirkel zichzelf.'
          : ''),
  'experiments.criticalMassReason.depletion': (v: { k: number; willingInCircle: number; freeConnectors: number; connectors: number }) =>
    `bij ${v.k} ${circles(v.k)} zit ${pct(v.willingInCircle)} van wie ooit mee wil doen in een cirkel, en zijn ${num(v.freeConnectors, 0)} van de ${num(v.connectors, 0)} mogelijke verbinders nog vrij`,
  'experiments.criticalMassReason.fillsUp': (v: { willingInCircle: number }) =>
    `het gebied raakt vol: ${pct(v.willingInCircle)} van wie mee wil doen zit al in een cirkel`,
  'experiments.criticalMassReason.withR': (v: { text: Words; R: Words }) => `${v.text.nl} ${v.R.nl}`,
  'experiments.criticalMassReason.fewStarted': (v: { seeded: number; k: number; why: Words }) =>
    ` Let op: gemiddeld komen er maar ${num(v.seeded, 1)} van de ${v.k} gevraagde cirkels echt van de grond (${v.why.nl}).`,
  'experiments.criticalMassReason.reached': (v: { answer: Words; note: Words | null }) => `${v.answer.nl}${v.note?.nl ?? ''}`,
  'experiments.criticalMassReason.reachedSaturated': (v: { head: Words; depletion: Words }) =>
    `${v.head.nl} Dat komt vooral doordat het gebied vol raakt: ${v.depletion.nl}.`,
  'experiments.criticalMassReason.contradiction': (v: { target: number; k: number }) =>
    `De kans haalt ${pct(v.target)} bij ${v.k} ${circles(v.k)}, maar de gestarte cirkels brengen elk minder dan één nieuwe voort: de twee metingen spreken elkaar tegen, dus noemen we geen aantal.`,
  'experiments.criticalMassReason.contradictionShort': (v: { target: number; k: number }) =>
    `onzeker: de kans haalt ${pct(v.target)} bij ${v.k}, maar elke cirkel leidt tot minder dan één nieuwe`,
  'experiments.criticalMassReason.notDecided': (v: { k: number; target: number; lower: number | null; upper: number | null; triedUpTo: number }) =>
    `De kans komt rond ${v.k} gestarte ${circles(v.k)} op ${pct(v.target)}, maar de herhalingen beslissen het aantal niet tot op één cirkel: ${[
      // "onder 0 zeker niet" says nothing: left out.
      v.lower ? `onder ${v.lower} zeker niet` : '',
      v.upper === null ? `tot ${v.triedUpTo} (het hoogste geprobeerde aantal) is geen aantal zeker genoeg` : `vanaf ${v.upper} zeker wel`,
    ]
      .filter(Boolean)
      .join(', en ')}. Daarom noemen we geen aantal.`,
  'experiments.criticalMassReason.notDecidedShort': (v: { k: number }) => `onzeker: ongeveer ${v.k}, niet beslist op één cirkel na`,
  'experiments.criticalMassReason.noMass': (v: { maxK: number; target: number }) =>
    `Geen kritische massa binnen ${v.maxK} gestarte ${circles(v.maxK)}: de kans dat de sneeuwbal rolt haalt ${pct(v.target)} niet.`,
  'experiments.criticalMassReason.noSeeds': (v: { head: Words; route: string; why: Words }) =>
    `${v.head.nl} Route ${v.route} kan hier geen enkele cirkel starten: ${v.why.nl}.`,
  'experiments.criticalMassReason.noSeedsShort': (v: { why: Words }) => `geen cirkel te starten: ${v.why.nl}`,
  'experiments.criticalMassReason.routeCapacity': (v: { head: Words; route: string; seeded: number; k: number; why: Words; best: number }) =>
    `${v.head.nl} Route ${v.route} start hier gemiddeld maar ${num(v.seeded, 1)} van de ${v.k} gevraagde cirkels (${v.why.nl}); de kans komt niet boven ${pct(v.best)}.`,
  'experiments.criticalMassReason.routeCapacityShort': (v: { seeded: number; k: number; why: Words }) =>
    `maar ${num(v.seeded, 1)} van ${v.k} cirkels te starten: ${v.why.nl}`,
  'experiments.criticalMassReason.rBelowOne': (v: { head: Words; best: number }) =>
    `${v.head.nl} Gestarte cirkels brengen elk minder dan één nieuwe cirkel voort, dus ook meer starten maakt de sneeuwbal niet zelfstandig (de kans komt niet boven ${pct(v.best)}).`,
  'experiments.criticalMassReason.rBelowOneShort': (v: { best: number }) => `elke cirkel leidt tot minder dan één nieuwe; kans hoogstens ${pct(v.best)}`,
  'experiments.criticalMassReason.stillRising': (v: { head: Words; maxK: number; halfP: number; halfK: number; lastP: number }) =>
    `${v.head.nl} De kans stijgt bij ${v.maxK} nog (van ${pct(v.halfP)} bij ${v.halfK} naar ${pct(v.lastP)}): probeer meer cirkels.`,
  'experiments.criticalMassReason.stillRisingShort': (v: { maxK: number; lastP: number }) =>
    `meer dan ${v.maxK} nodig: de kans stijgt nog (${pct(v.lastP)} bij ${v.maxK})`,
  'experiments.criticalMassReason.flat': (v: { top: number; fromK: number }) => `De kans vlakt af rond ${pct(v.top)} vanaf ${v.fromK} ${circles(v.fromK)}`,
  'experiments.criticalMassReason.flatUndecided': (v: { flat: Words; reps: number; target: number; k: number; lo: number; hi: number }) =>
    `${v.flat.nl}; met ${v.reps} herhalingen is ${pct(v.target)} bij ${v.k} ${circles(v.k)} niet uit te sluiten en niet aan te tonen (95%-interval ${pct(v.lo)}–${pct(v.hi)}). Daarom noemen we geen aantal.`,
  'experiments.criticalMassReason.flatUndecidedShort': (v: { top: number }) => `onzeker: de kans blijft rond ${pct(v.top)}`,
  'experiments.criticalMassReason.saturates': (v: { head: Words; flat: Words; depletion: Words }) =>
    `${v.head.nl} ${v.flat.nl}: het gebied raakt verzadigd — ${v.depletion.nl}; wie nog zelf een cirkel zou beginnen, zit er al in.`,
  'experiments.criticalMassReason.plateau': (v: { head: Words; flat: Words; depletion: Words }) =>
    `${v.head.nl} ${v.flat.nl}, terwijl het gebied niet vol is (${v.depletion.nl}). Die grens komt uit het model zelf: de kans dat iemand zelf een cirkel begint groeit niet verder bij meer dan 4 cirkels in de buurt, en elke nieuwe cirkel moet binnen de startperiode genoeg buren vinden.`,
  'experiments.criticalMassReason.plateauShort': (v: { top: number }) => `de kans blijft rond ${pct(v.top)} steken`,
  // patternDefs.ts: the field patterns' labels and situations
  'experiments.patternDefs.label.aCame': () => 'Route a: opkomst in een complex (van 40 uitgenodigd)',
  'experiments.patternDefs.label.aJoined': () => 'Route a: meteen lid (van 40 uitgenodigd)',
  'experiments.patternDefs.label.aLater': () => 'Route a: later nog lid (eerste jaar)',
  'experiments.patternDefs.label.aNoCircle': () => 'Route a: bijeenkomsten zonder cirkel (aandeel)',
  'experiments.patternDefs.label.bCame': () => 'Route b: op de koffieochtend',
  'experiments.patternDefs.label.bInterested': () => 'Route b: wilden meedoen',
  'experiments.patternDefs.label.bCircles': () => 'Route b: cirkels uit één koffieochtend',
  'experiments.patternDefs.label.size': () => 'Leden per cirkel',
  'experiments.patternDefs.label.cuijk': () => 'Land van Cuijk: cirkels zo’n 6 jaar na de eerste',
  'experiments.patternDefs.label.brandevoort': () => 'Brandevoort (Helmond): cirkels',
  'experiments.patternDefs.label.passive': () => 'Aandeel passieve cirkels',
  'experiments.patternDefs.situation.oneMeeting': () => 'één bewonersbijeenkomst',
  'experiments.patternDefs.situation.meetingsUntilCircle': () => 'bijeenkomsten tot er een cirkel is',
  'experiments.patternDefs.situation.oneCoffeeMorning': () => 'één koffieochtend',
  'experiments.patternDefs.situation.cuijkAfter6Years': () => 'alle cirkels in Land van Cuijk na 6 jaar',
  'experiments.patternDefs.situation.cuijk': () => 'aanname: 6 cirkels via de wijkverpleging (Pantein) en 4 via buurtbijeenkomsten in de eerste 2 jaar',
  'experiments.patternDefs.situation.brandevoort': () => 'aanname: 2 cirkels via buurtbijeenkomsten in de eerste 2 jaar, 5 jaar',
  // patterns.ts: what the model measured beside each field pattern
  'experiments.patterns.aNote': (v: { meetings: number; reps: number; detail: Words }) =>
    `${v.meetings} bijeenkomsten in ${v.reps} runs, de eerste die een cirkel opleverde telt; ${v.detail.nl}`,
  'experiments.patterns.aCame': (v: { invited: number }) =>
    `omgerekend naar 40 uitgenodigden (de complexen in het model hebben mediaan ${v.invited} vrije 65-plussers)`,
  'experiments.patterns.aJoined': () => 'omgerekend naar 40 uitgenodigden',
  'experiments.patterns.aLater': (v: { bare: number }) =>
    `mensen die in de 12 maanden na de bijeenkomst bij de cirkel kwamen, omgerekend naar 40 uitgenodigden; zonder aanmelden via PR en zonder dat de cirkel leden zoekt is de mediaan ${v.bare}`,
  'experiments.patterns.aNoCircle': (v: { none: number; meetings: number; tooFew: number; foundingMin: number }) =>
    `${v.none} van ${v.meetings} bijeenkomsten gaven geen cirkel; bij ${v.tooFew} daarvan kwamen minder dan foundingMin (${v.foundingMin}) bereidwillige bewoners die mee wilden doen. Het veld meldt alleen bijeenkomsten die slaagden.`,
  'experiments.patterns.bNote': (v: { reps: number }) => `de eerste koffieochtend van elk van ${v.reps} runs (er passen hooguit 80 mensen in de zaal)`,
  'experiments.patterns.size': (v: { circles: number; area: string; smallPct: number; smallPassivePct: number }) =>
    `alle ${v.circles} cirkels aan het eind van de runs in ${v.area}; ${v.smallPct}% heeft minder dan 8 leden, daarvan is ${v.smallPassivePct}% passief (passieve cirkels zoeken geen leden)`,
  'experiments.patterns.passive': (v: { area: string; passiveRate: number; reactivateRate: number; passiveDissolve: number }) =>
    `aandeel passieve cirkels aan het eind van de runs in ${v.area}; passiveRate ${v.passiveRate}, reactivateRate ${v.reactivateRate} en passiveDissolve ${v.passiveDissolve} per jaar zijn gekozen voor ongeveer een derde passief, voordat de verdeling in het veld bekend was`,
  'experiments.patterns.density': (v: { situation: Words; years: number; seeded: number; self: number; rate: number }) =>
    `${v.situation.nl}; na ${v.years} jaar, mediaan ${v.seeded} gestarte en ${v.self} zelf begonnen cirkels die nog bestaan; elke actieve cirkel inspireerde ${v.rate} nieuwe cirkels per jaar`,
};
