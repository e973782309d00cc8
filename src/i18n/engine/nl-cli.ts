/** Dutch words of src/cli and src/node (see ./index.ts): keys start with 'cli.'. The source of truth for en-cli.ts. */

/** The part in which two atlas runs differ (src/cli/atlasFiles.ts difference()), said in Dutch; English says "other <part>". */
type RunPart = 'places' | 'seed' | 'parameters' | 'data' | 'settings';
const RUN_PART_NL: Record<RunPart, string> = {
  places: 'andere plekken',
  seed: 'een andere seed',
  parameters: 'andere parameters',
  data: 'andere gegevens',
  settings: 'andere instellingen',
};

/** A default in a help text, as Dutch writes it (0,5). */
const nlNum = (x: number) => x.toLocaleString('nl-NL');

export const nlCli = {
  // src/cli/main.ts: the command list and what goes wrong before a command runs
  'cli.main.regionsSummary': () => 'lijst van gemeenten, wijken of buurten met inwoners, 65-plussers en huishoudens',
  'cli.main.simulateSummary': () => 'een startscenario simuleren: cirkels, dekking en kosten met onzekerheid',
  'cli.main.benchSummary': () => 'de snelheidsmeting van het model',
  'cli.main.criticalMassSummary': () => 'hoeveel gestarte cirkels nodig zijn voordat ouderen zelf cirkels beginnen (kritische massa)',
  'cli.main.rankSummary': () => 'waar beginnen: wijken of buurten gerangschikt naar benodigde cirkels en euro’s',
  'cli.main.atlasSummary': () => 'de kritische massa voor elke wijk of buurt van een gebied of heel Nederland (CSV en JSON, in delen voor een rekencluster)',
  'cli.main.calibrateSummary': () => 'gedragsparameters schatten uit veldgegevens (ABC-SMC); de posterior is een parameterset',
  'cli.main.patternsSummary': () => 'wat het veld zag naast wat het model doet (patronentabel)',
  'cli.main.paramsSummary': () => 'alle modelparameters met standaard, bereik, eenheid en bron',
  'cli.main.unknownCommand': (v: { name: string; available: string[] }) => `onbekende opdracht '${v.name}'. Beschikbaar: ${v.available.join(', ')}.`,
  'cli.main.badLang': (v: { value: string }) => `--lang moet nl of en zijn, niet '${v.value}'.`,
  'cli.main.unknownOption': (v: { command: string }) => `onbekende optie voor '${v.command}'.`,
  'cli.main.unexpectedArgument': (v: { argument: string; command: string }) =>
    `onverwacht argument '${v.argument}' voor '${v.command}'; opties beginnen met --.`,
  'cli.main.missingValue': () => 'deze optie mist een waarde.',
  'cli.main.dashValue': (v: { flag: string }) => `de waarde begint met '-'; schrijf ${v.flag}=WAARDE.`,
  'cli.main.noValue': () => 'deze optie neemt geen waarde.',
  // src/cli/command.ts: the options every command takes
  'cli.command.jsonHelp': () => 'één JSON-document op stdout, verder niets',
  'cli.command.langHelp': () => 'taal van de tekst (standaard nl)',
  'cli.command.progressHelp': () => 'voortgang op stderr, ook als dat geen terminal is',
  'cli.command.helpHelp': () => 'deze hulptekst',
  // src/cli/model.ts: the options and checks of every command that runs the model; progress
  'cli.model.dataHelp': () => 'CBS-tabel wijken en buurten (standaard de meegeleverde van 2024)',
  'cli.model.geometryHelp': () => 'eigen grenzen: GeoJSON of TopoJSON, WGS84 of RD New (gaat voor de meegeleverde kaart)',
  'cli.model.paramsHelp': () => 'parameterset (JSON) of posterior van calibrate',
  'cli.model.setHelp': () => 'één parameter aanpassen (herhaalbaar); zie sneeuwbal params',
  'cli.model.workersHelp': () => 'aantal parallelle workers (standaard: aantal kernen)',
  'cli.model.seedHelp': () => 'startgetal van het toeval (zelfde seed → zelfde uitkomst)',
  'cli.model.repsHelp': () => 'aantal herhalingen (gesimuleerde toekomsten)',
  'cli.model.scenarioHelp': () => 'scenario (JSON) zoals de app het bewaart; vlaggen ernaast gaan voor',
  'cli.model.areaHelp': () => 'gebied(en): gemeente-, wijk- of buurtcode of groepsnaam',
  'cli.model.seedMonthsHelp': () => 'maanden waarin professionals starten (standaard 0-24)',
  'cli.model.placementHelp': () => 'waar: bij elkaar, verspreid, automatisch, of in --buurten',
  'cli.model.buurtenHelp': () => 'buurten voor plaatsing "chosen"',
  'cli.model.prHelp': () => 'PR-inzet: één getal tijdens het starten (standaard 0,5), of een reeks VAN-TOT:NIVEAU,… of MAAND:NIVEAU,…',
  'cli.model.mediaHelp': () => 'landelijke media als veelvoud van het gewone niveau, bijvoorbeeld 12-24:10 (een campagnejaar)',
  'cli.model.spilloverHelp': () => 'kan route a of b nergens meer, dan gaan haar cirkels naar de andere',
  'cli.model.monthsHelp': () => 'horizon in maanden (standaard 120)',
  'cli.model.startHelp': () => 'kalendermaand van maand 0',
  'cli.model.notNameValue': (v: { value: string }) => `'${v.value}' moet de vorm NAAM=WAARDE hebben, bijvoorbeeld snowball=0.`,
  'cli.model.notJson': () => 'dit is geen geldige JSON.',
  'cli.model.notWholeNumber': (v: { min: number; max: number; value: string }) =>
    `moet een heel getal van ${v.min} tot en met ${v.max} zijn, niet '${v.value}'.`,
  'cli.model.scenarioNotObject': () => 'een scenario is een JSON-object.',
  'cli.model.planEmpty': () => 'het plan is leeg; schrijf bijvoorbeeld a=1,b=2.',
  'cli.model.planPart': (v: { part: string }) => `'${v.part}' begrijp ik niet: verwacht route=aantal met route a, b of c, bijvoorbeeld a=1,b=2.`,
  'cli.model.seedMonths': (v: { value: string }) => `verwacht VAN-TOT in maanden met VAN < TOT, bijvoorbeeld 0-24; niet '${v.value}'.`,
  'cli.model.progressMonth': () => 'maand',
  /** Progress on stderr: what is counted, and the month a long replication has reached. */
  'cli.model.progressReplications': () => 'herhalingen',
  'cli.model.progressPlaces': () => 'plekken',
  // src/cli/circles.ts: --circles
  'cli.circles.circlesHelp': () => 'register van bestaande cirkels (CSV: founded,buurt,route,members,status,ended); de run begint bij wat er al is',
  // src/cli/regions.ts: sneeuwbal regions
  'cli.regions.summary': () => 'Toont gemeenten, wijken of buurten met inwoners, 65-plussers en huishoudens (CBS).',
  'cli.regions.details': () =>
    'Zonder --within: heel Nederland. Zonder --level: het niveau onder --within (gemeenten van Nederland, wijken van een gemeente, buurten van een wijk).\nOnbekende of geheime aantallen zijn – (in JSON: null).',
  'cli.regions.withinHelp': () => 'alleen regio’s binnen deze code (GM…, WK…, NL00)',
  'cli.regions.levelHelp': () => 'welk niveau',
  'cli.regions.notRegionCode': (v: { value: string }) =>
    `'${v.value}' is geen CBS-regiocode. Verwacht: NL00, GM + 4 cijfers (GM1982) of WK + 6 tekens (WK198201).`,
  'cli.regions.levelNotWithin': (v: { level: string; within: string; withinLevel: string }) =>
    `een ${v.level} ligt niet binnen ${v.within} (een ${v.withinLevel}). Kies een niveau op of onder dat van --within.`,
  'cli.regions.notInFile': (v: { code: string; file: string }) =>
    `code ${v.code} staat niet in ${v.file}. Controleer de code en het jaar van de indeling (codes veranderen bij herindelingen).`,
  'cli.regions.notLevel': (v: { value: string }) => `'${v.value}' is geen niveau. Verwacht: gemeente, wijk of buurt.`,
  // src/cli/simulate.ts: sneeuwbal simulate
  'cli.simulate.summary': () => 'Simuleert een startscenario: cirkels, dekking en kosten over de jaren, met onzekerheidsband.',
  'cli.simulate.details': () =>
    'Elke herhaling is een mogelijke toekomst. Banden zijn het 10e–90e percentiel: in 8 van de 10 gesimuleerde toekomsten ligt de uitkomst ertussen. Zelfde --seed geeft dezelfde uitkomst, ook met een ander aantal --workers.',
  // src/cli/critical-mass.ts: sneeuwbal critical-mass and the search options it shares with rank and atlas
  'cli.criticalMass.mixHelp': () => 'verdeling van k over a, b, c bij --route mix (standaard 1:1:1)',
  'cli.criticalMass.targetHelp': () => 'kans op zelfstandige groei die als kritische massa telt (standaard 0,9)',
  'cli.criticalMass.driversHelp': () =>
    'ook de drie parameters zoeken waar het antwoord het meest van afhangt, met het antwoord bij hun grenzen (critical-mass: standaard yes; rank: standaard no, want het kost per plek een paar extra zoektochten)',
  'cli.criticalMass.maxKHelp': () => 'hoogste aantal gestarte cirkels om te proberen',
  'cli.criticalMass.takeoffYearsHelp': (v: { dflt: number }) =>
    `jaren na het stoppen met starten waarna wordt gekeken of de sneeuwbal rolt (standaard ${nlNum(v.dflt)})`,
  'cli.criticalMass.takeoffMinHelp': (v: { dflt: number }) =>
    `minimaal aantal cirkels dat ouderen begonnen door andere cirkels, dan nog bestaand (standaard ${nlNum(v.dflt)})`,
  'cli.criticalMass.takeoffTrendHelp': (v: { dflt: number }) =>
    `de laatste N jaar voor het oordeel, waarin nog zulke cirkels moeten ontstaan (standaard ${nlNum(v.dflt)})`,
  'cli.criticalMass.takeoffRecentHelp': (v: { dflt: number }) => `minimaal aantal zulke nieuwe cirkels in die jaren (standaard ${nlNum(v.dflt)}; 0 = geen eis)`,
  'cli.criticalMass.takeoffSaturationHelp': (v: { dflt: number }) =>
    `deel van de bereidwilligen in een cirkel dat telt als gerold (standaard ${nlNum(v.dflt)}; 0 = uit)`,
  'cli.criticalMass.takeoffGrowthHelp': (v: { dflt: number }) =>
    `aan het eind minstens X keer zoveel van die cirkels als N jaar eerder (standaard ${v.dflt > 0 ? nlNum(v.dflt) : '0 = uit'})`,
  'cli.criticalMass.takeoffRatioHelp': (v: { dflt: number }) =>
    `ook minstens X keer zoveel zelf gestarte als gestarte cirkels (standaard ${v.dflt > 0 ? nlNum(v.dflt) : '0 = uit'}; 1 = MODEL.md letterlijk)`,
  'cli.criticalMass.notRoute': (v: { value: string | undefined }) => `'${v.value}' is geen route. Verwacht: a, b, c of mix.`,
  'cli.criticalMass.badMix': (v: { value: string }) => `'${v.value}' begrijp ik niet: verwacht drie gewichten A:B:C (≥ 0, niet alle 0), bijvoorbeeld 1:2:1.`,
  'cli.criticalMass.badTarget': (v: { value: string }) => `moet een kans tussen 0 en 1 zijn (bijvoorbeeld 0,9), niet '${v.value}'.`,
  'cli.criticalMass.badDrivers': (v: { value: string | undefined }) => `'${v.value}' begrijp ik niet: verwacht yes of no.`,
  'cli.criticalMass.summary': () => 'Hoeveel gestarte cirkels zijn nodig voordat ouderen zelf cirkels beginnen (de kritische massa)?',
  'cli.criticalMass.details': () =>
    'Zoekt adaptief: eerst k = 0, 1, 2, 4, 8, …, dan bisectie, en alleen meer herhalingen waar het antwoord nog onzeker is. --reps is het maximum aantal herhalingen per k (standaard 400: zoveel krijgt alleen de k die het antwoord beslist). Een kritische massa wordt alleen genoemd als de herhalingen hem op één cirkel na beslissen; anders zegt het antwoord wat wel bekend is (reasonCode undecided). Herhaling r gebruikt voor elke k dezelfde wereld en hetzelfde toeval. Van een --scenario worden startperiode, PR, parameters en seed gebruikt; de aantallen in het plan worden k. Zelfde --seed geeft dezelfde uitkomst, ook met een ander aantal --workers.',
  // src/cli/rank.ts: sneeuwbal rank
  'cli.rank.summary': () => 'Waar beginnen: rangschikt wijken, buurten of groepen naar de cirkels en euro’s die nodig zijn.',
  'cli.rank.details': () =>
    'Per plek precies de zoektocht van critical-mass, met dezelfde instellingen: voor dezelfde plek, seed en instellingen is k90 hier gelijk aan die van critical-mass. Volgorde: minste cirkels voor het doel, dan minste euro’s, dan hoogste kans met het budget. Plekken zonder 65-plussers (bedrijventerreinen) staan apart met de reden.',
  'cli.rank.withinHelp': () => 'gemeente (of wijk) waarbinnen gerangschikt wordt',
  'cli.rank.levelHelp': () => 'wat er gerangschikt wordt (standaard wijk)',
  'cli.rank.groupsHelp': () => 'JSON-lijst van groepen buurten [{"name":…,"buurten":[…]}] voor --level group',
  'cli.rank.budgetHelp': () => 'aantal cirkels dat een plek kan krijgen, voor de kans en de dekking (standaard 5)',
  'cli.rank.byHelp': () => 'volgorde: minste cirkels voor het doel (standaard), of hoogste dekking na 5 of 10 jaar met het budget',
  'cli.rank.greedyHelp': () => 'ook een gulzige verdeling van K cirkels over het hele gebied (duurt minuten)',
  'cli.rank.noWithin': () => 'geef de gemeente of wijk, bijvoorbeeld --within GM1982.',
  'cli.rank.notLevel': (v: { value: string | undefined }) => `'${v.value}' is geen niveau. Verwacht: wijk, buurt of group.`,
  'cli.rank.notOrder': (v: { value: string | undefined; orders: readonly string[] }) => `'${v.value}' is geen volgorde. Verwacht: ${v.orders.join(', ')}.`,
  'cli.rank.notGroups': (v: { file: string }) => `${v.file}: verwacht een JSON-lijst [{"name": …, "buurten": [ … ]}].`,
  // src/cli/atlas.ts: sneeuwbal atlas
  'cli.atlas.summary': () => 'de kritische massa voor elke wijk, buurt of groep van een gebied of heel Nederland, als CSV en JSON',
  'cli.atlas.details': () =>
    'Elke rij is het antwoord van rank voor die ene plek (zelfde functie, zelfde instellingen). Rijen worden meteen weggeschreven in DIR/shard-I-of-N.jsonl: wordt de berekening gestopt, dan gaat dezelfde opdracht verder waar hij was. Met --shard i/n rekent deze opdracht alleen plek i, i+n, i+2n, …; "atlas merge DIR --out DIR" voegt de shards samen tot atlas.json en atlas.csv, byte voor byte gelijk aan één ongedeelde berekening. "atlas bundle DIR --out data/atlas-wijk-2024.json" maakt van een (ook half afgemaakte) atlas één klein bestand voor de app, met de opdracht, de commit, de seed en hoeveel plekken berekend zijn; verdere mappen met dezelfde instellingen (bijvoorbeeld één gemeente) vullen plekken aan die de eerste nog niet heeft. Zie jobs/slurm en jobs/k8s voor rekenclusters.',
  'cli.atlas.withinHelp': () => 'gemeente of wijk waarvan alle plekken een rij krijgen',
  'cli.atlas.nlHelp': () => 'heel Nederland',
  'cli.atlas.levelHelp': () => 'wat een rij is (standaard wijk)',
  'cli.atlas.groupsHelp': () => 'JSON-lijst van groepen buurten voor --level group',
  'cli.atlas.budgetHelp': () => 'cirkels voor de kolom "kans met budget" (standaard 5)',
  'cli.atlas.shardHelp': () => 'reken alleen deel i van n (0 … n−1), voor een rekencluster',
  'cli.atlas.outHelp': () => 'map voor de shards en atlas.json/atlas.csv (bij bundle: het bestand)',
  'cli.atlas.commitHelp': () => 'bij bundle: de commit waarmee de rijen berekend zijn, als de map geen bestand COMMIT heeft',
  'cli.atlas.noOut': () => 'geef een map voor de uitvoer, bijvoorbeeld --out atlas/',
  'cli.atlas.mergeUsage': () => 'gebruik: sneeuwbal atlas merge MAP --out MAP',
  'cli.atlas.bundleUsage': () => 'gebruik: sneeuwbal atlas bundle MAP [MAP …] --out BESTAND',
  'cli.atlas.unknownArgument': (v: { argument: string }) => `onbekend argument '${v.argument}'; bedoelde u 'atlas merge MAP'?`,
  'cli.atlas.withinOrNl': () => 'geef --within CODE of --nl (één van beide)',
  // src/cli/atlasFiles.ts: the atlas shards on disk
  /** `what`: the part of the run that differs (difference() in atlasFiles.ts). */
  'cli.atlasFiles.otherRun': (v: { what: RunPart }) =>
    `deze shard hoort bij een andere berekening (${RUN_PART_NL[v.what]}); kies een andere --out of verwijder het bestand`,
  'cli.atlasFiles.folderMissing': () => 'deze map bestaat niet',
  'cli.atlasFiles.noShards': () => 'geen shards (shard-I-of-N.jsonl) in deze map',
  'cli.atlasFiles.unreadableHead': () => 'dit is geen shard van sneeuwbal atlas (de eerste regel is onleesbaar)',
  'cli.atlasFiles.nameMismatch': () => 'de naam van dit bestand past niet bij de shard die erin staat',
  'cli.atlasFiles.mixedSplits': (v: { count: number; other: number }) => `shards van verschillende verdelingen in één map (${v.count} en ${v.other} delen)`,
  'cli.atlasFiles.otherRunThan': (v: { file: string; what: RunPart }) => `deze shard hoort bij een andere berekening dan ${v.file} (${RUN_PART_NL[v.what]})`,
  'cli.atlasFiles.missing': (v: { index: number; count: number }) => `shard ${v.index}/${v.count} ontbreekt`,
  'cli.atlasFiles.duplicate': (v: { code: string }) => `plek ${v.code} staat er dubbel of in de verkeerde shard`,
  'cli.atlasFiles.unfinished': (v: { index: number; count: number; rows: number; expected: number }) =>
    `shard ${v.index}/${v.count} is niet af: ${v.rows} van ${v.expected} plekken; start hem opnieuw met dezelfde opdracht`,
  // src/cli/atlasBundle.ts: atlas folders into the app's file
  'cli.atlasBundle.notShard': () => 'dit is geen shard van sneeuwbal atlas',
  'cli.atlasBundle.otherRun': (v: { file: string }) =>
    `deze shard hoort bij een andere berekening dan ${v.file} (andere plekken, seed, parameters of gegevens)`,
  'cli.atlasBundle.groups': () => 'een atlas van groepen heeft geen kaart; bundel een atlas van wijken of buurten',
  'cli.atlasBundle.otherData': (v: { places: number; atlas: number }) =>
    `de gegevens hebben ${v.places} plekken, de atlas ${v.atlas}: geef met --data de tabel waarmee de atlas berekend is`,
  'cli.atlasBundle.otherSettings': (v: { dir: string }) =>
    `deze atlas is met andere instellingen, parameters, seed of gegevens berekend dan ${v.dir}; alleen dezelfde instellingen mogen in één bundel`,
  // src/cli/calibrate.ts: sneeuwbal calibrate
  'cli.calibrate.summary': () => 'Schat gedragsparameters uit veldgegevens (ABC-SMC) en bewaart de posterior als parameterset.',
  'cli.calibrate.details': () =>
    'Veldgegevens: CSV met kopregel date,area,circles[,members][,route][,origin]. Geef met --plan, --seed-months, --pr en --start op hoe er in het echt gestart is (--start standaard de eerste waarneming). Alleen gedragsparameters worden geschat (sneeuwbal params, kolom *); demografie ligt vast. Zelfde --seed geeft dezelfde posterior, ook met een ander aantal --workers.',
  'cli.calibrate.observedHelp': () => 'veldgegevens (CSV): tellingen date,area,circles of het register van cirkels',
  'cli.calibrate.particlesHelp': (v: { n: number }) => `deeltjes per generatie (standaard ${v.n})`,
  'cli.calibrate.generationsHelp': (v: { n: number }) => `maximaal aantal generaties na de priorsteekproef (standaard ${v.n})`,
  'cli.calibrate.outHelp': () => 'posterior opslaan als (standaard posterior.json)',
  'cli.calibrate.fitHelp': () => 'te schatten parameters (standaard alle kalibreerbare)',
  'cli.calibrate.priorHelp': () => 'JSON met smallere priorgrenzen: {"priors": {"naam": [min, max]}}',
  'cli.calibrate.minAcceptanceHelp': (v: { n: number }) => `stop onder deze acceptatiegraad (standaard ${v.n})`,
  'cli.calibrate.compareHelp': () => 'vergelijk eenvoudige en complexe besmetting (kost twee kalibraties)',
  'cli.calibrate.repsHelp': () => 'herhalingen voor de posterior-predictie (standaard 100; 0 = overslaan)',
  'cli.calibrate.noObserved': () => 'geef het bestand met veldgegevens of het register: --observed veld.csv',
  'cli.calibrate.noArea': () => 'kies het gebied waarin de cirkels geteld zijn: --area WK198210',
  'cli.calibrate.registerOneArea': () => 'kalibreren op een register kan voor één gebied tegelijk.',
  'cli.calibrate.registerElsewhere': (v: { area: string }) => `geen enkele cirkel uit het register ligt in ${v.area}.`,
  'cli.calibrate.badMinAcceptance': () => 'moet een getal tussen 0 en 1 zijn.',
  'cli.calibrate.minAcceptanceTooSmall': () => 'te klein voor zoveel deeltjes.',
  'cli.calibrate.unwritable': (v: { code: string | undefined }) => `kan de posterior niet opslaan (${v.code ?? 'fout'}).`,
  // src/cli/bench.ts: sneeuwbal bench
  'cli.bench.summary': () => 'Meet de snelheid van het model (ns per persoon-maand) en het geheugen.',
  'cli.bench.details': () =>
    'Dorp: Mill (WK198210); gemeente: Land van Cuijk (GM1982). Referentie: één trekking en een scan van de buren per persoon-maand op dezelfde wereld. Tijden in CPU-tijd van dit proces, na opwarmen; lees eerst de verhoudingen.',
  'cli.bench.passesHelp': () => 'aantal meetrondes (standaard 5)',
  'cli.bench.workersHelp': () => 'workers voor de critical-mass-meting (standaard aantal kernen)',
  'cli.bench.allNlHelp': () => 'alleen heel Nederland: één herhaling over alle gemeenten (minuten, ~3 GB geheugen)',
  'cli.bench.atlasEveryHelp': () => 'atlasmeting op elke N-de wijk van Nederland (standaard 200; 0 = overslaan)',
  // src/cli/patterns.ts: sneeuwbal patterns
  'cli.patterns.summary': () => 'Zet wat het veld zag naast wat het model doet: opkomst en aanmeldingen, cirkelgrootte, aantallen na jaren.',
  'cli.patterns.details': () =>
    'Elke rij is een situatie uit de velddocumenten (Emmeloord, Almere, Land van Cuijk, Brandevoort), in het model nagespeeld in het eigen gebied (of in --area). "binnen" betekent: de veldwaarde ligt tussen het 10e en 90e percentiel van het model. Een patroon dat het model niet haalt blijft in de tabel, met de reden.',
  'cli.patterns.areaHelp': () => 'speel elke situatie in dit gebied na (gemeente- of wijkcode)',
  'cli.patterns.repsHelp': () => 'herhalingen per situatie (standaard 20)',
  'cli.patterns.seedHelp': () => 'startgetal van het toeval (standaard 1)',
  'cli.patterns.setHelp': () => 'één parameter aanpassen (herhaalbaar)',
  'cli.patterns.paramsHelp': () => 'parameterset (JSON)',
  'cli.patterns.notCode': (v: { value: string | undefined }) => `'${v.value}' is geen CBS-code (GM…, WK… of BU…).`,
  // src/cli/params.ts: sneeuwbal params
  'cli.params.summary': () => 'Toont alle modelparameters met standaardwaarde, bereik, eenheid en bron.',
  // src/node/data.ts: reading files in Node
  /** Sizes in whole MB; `size` null: a pipe or device that went on past the limit. */
  'cli.nodeData.tooLarge': (v: { limit: number; size: number | null }) =>
    `het bestand is te groot: hooguit ${v.limit} MB is toegestaan, dit is ${v.size === null ? 'meer dan dat' : `${v.size} MB`}. Is dit het goede bestand?`,
  'cli.nodeData.notFound': () => 'bestand niet gevonden.',
  'cli.nodeData.directory': () => 'dit is een map, geen bestand.',
  'cli.nodeData.noPermission': () => 'geen leesrechten voor dit bestand.',
  'cli.nodeData.unreadable': (v: { code: string | undefined }) => `bestand kan niet gelezen worden (${v.code ?? 'onbekende fout'}).`,
};
