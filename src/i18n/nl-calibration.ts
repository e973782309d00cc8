/**
 * Dutch text of the calibration screen (ABC-SMC): part of nl.ts, mirrored by en-calibration.ts
 * (the compiler checks the shape). Keys of `stop` and `series` are the engine's codes.
 */
export const nlCalibration = {
  calibration: {
    intro:
      'Schat de gedragsparameters van het model uit wat er in het echt gebeurd is: hoeveel cirkels er op welke datum waren. ' +
      'De methode (ABC-SMC) probeert duizenden parameterwaarden, simuleert elk en houdt wat op de waarnemingen lijkt. ' +
      'Demografie ligt vast uit CBS-gegevens en wordt niet geschat.',
    dataTitle: 'Veldgegevens',
    savedLabel: 'Bewaarde veldgegevens',
    noSaved: 'Nog geen veldgegevens bewaard. Voeg ze toe bij "Eigen bestanden" op de gebiedspagina, of kies hieronder een bestand voor deze sessie.',
    fileLabel: 'Of kies een bestand voor deze sessie',
    fileHelp: 'CSV met kopregel date,area,circles (en eventueel members, route, origin), bijvoorbeeld 2024-06,WK198210,3. Het bestand blijft in uw browser.',
    dropHint: 'Laat het bestand hier los',
    dataSummary: (rows: string, areas: string, first: string, last: string) => `${rows} waarnemingen in ${areas} gebied(en), van ${first} tot ${last}.`,
    dataKept: 'De vorige geldige gegevens blijven gekozen.',
    settingsTitle: 'Wat er in het echt gebeurde',
    areaLabel: 'Gebied (CBS-code of groepsnaam, meerdere met komma)',
    areaHelp: 'Het gebied dat gesimuleerd wordt; de getelde gebieden moeten erbinnen liggen.',
    startLabel: 'Startmaand (JJJJ-MM)',
    startHelp: 'Kalendermaand van modelmaand 0; leeg = de eerste waarneming.',
    planLabel: (route: string) => `Gestarte cirkels route ${route}`,
    fromLabel: 'Starten vanaf maand',
    toLabel: 'tot maand',
    prLabel: 'PR-inzet tijdens het starten (0–1)',
    fitTitle: 'Te schatten parameters',
    fitHelp:
      'Kies parameters die de tellingen kunnen onderscheiden; met alleen aantallen cirkels is dat vooral "bereid om ooit mee te doen". Meer parameters vragen meer deeltjes.',
    methodTitle: 'Rekeninstellingen',
    particles: 'Deeltjes per generatie',
    generations: 'Maximaal aantal generaties',
    seed: 'Seed (zelfde seed → zelfde uitkomst)',
    compare: 'Vergelijk eenvoudige en complexe besmetting (twee keer zo lang)',
    run: 'Kalibreren',
    cancel: 'Stoppen',
    needData: 'Kies eerst veldgegevens.',
    needFit: 'Kies minstens één parameter.',
    building: 'Gebied opbouwen…',
    progress: (gen: string, accepted: string, particles: string, sims: string) =>
      `Generatie ${gen}: ${accepted} van ${particles} deeltjes geaccepteerd; ${sims} simulaties.`,
    predicting: (done: string, total: string) => `Posterior-predictie: ${done} van ${total} herhalingen.`,
    cancelled: 'De kalibratie is gestopt.',
    failed: 'De kalibratie is mislukt:',
    generationsTitle: 'Verloop per generatie',
    genCaption: (area: string) => `ABC-SMC-generaties voor ${area}`,
    genColumns: ['Generatie', 'Tolerantie ε', 'Acceptatie', 'Effectieve steekproef', 'Simulaties'],
    stop: {
      generations: 'maximum aantal generaties bereikt',
      epsilon: 'de tolerantie daalt nauwelijks meer',
      acceptance: 'de acceptatiegraad werd te laag',
      budget: 'het simulatiebudget is op',
    },
    done: (sims: string, why: string) => `Klaar na ${sims} simulaties: ${why}.`,
    resultTitle: 'Posterior',
    paramCaption: (area: string) => `Geschatte parameters voor ${area}: mediaan en 90%-interval`,
    paramColumns: ['Parameter', 'Mediaan', '90%-interval', 'Prior', 'Interval als deel van de prior'],
    coverage: (pct: string) => `${pct} van de waarnemingen ligt binnen de 90%-band van de posterior-predictie.`,
    comparison: (eps: string, simple: string, complex: string, bf: string) =>
      `Modelvergelijking bij ε = ${eps}: eenvoudige besmetting ${simple}, complexe besmetting ${complex} (Bayes-factor complex/eenvoudig: ${bf}).`,
    save: 'Posterior opslaan (JSON)',
    saveHelp: 'Het bestand is een parameterset: sneeuwbal simulate --params posterior.json en critical-mass middelen erover.',
    use: 'Medianen gebruiken in het scenario',
    useHelp: 'Zet de geschatte parameters van het actieve scenario op de mediaan van de posterior.',
    used: 'De medianen staan nu in het actieve scenario.',
    notes: 'Let op',
    series: { circles: 'cirkels', members: 'leden', seeded: 'gestart door professionals', spontaneous: 'zelf gestart', route: 'route' },
    charts: {
      histTitle: (label: string) => `Posterior van ${label}`,
      histDescribe: (label: string, median: string, lo: string, hi: string) =>
        `Verdeling van ${label} na kalibratie: mediaan ${median}, 90% tussen ${lo} en ${hi}. De x-as loopt over het hele priorbereik.`,
      histX: 'waarde',
      histY: 'Deel van de posterior (%)',
      bandTitle: (series: string) => `Waarnemingen en posterior-predictie: ${series}`,
      bandDescribe: (inside: string, total: string) =>
        `${inside} van de ${total} waarnemingen liggen binnen de 90%-band van gesimuleerde toekomsten met parameters uit de posterior.`,
      bandY: 'aantal',
      band90: '90% van de gesimuleerde toekomsten',
      band50: '50% van de gesimuleerde toekomsten',
      median: 'mediaan',
      observed: 'waarneming',
      epsTitle: 'Tolerantie per generatie',
      epsDescribe: (first: string, last: string, n: string) => `De tolerantie ε daalde van ${first} naar ${last} in ${n} generaties.`,
      epsX: 'generatie',
      epsY: 'tolerantie ε',
      pairsTitle: (a: string, b: string) => `Samenhang tussen ${a} en ${b}`,
      pairsDescribe: (n: string) =>
        `${n} deeltjes getrokken uit de posterior; een schuine wolk betekent dat de gegevens de twee niet los van elkaar kunnen schatten.`,
      columns: {
        value: 'waarde',
        share: 'deel (%)',
        month: 'maand',
        date: 'datum',
        p05: '5%',
        p50: 'mediaan',
        p95: '95%',
        observed: 'waarneming',
        generation: 'generatie',
        epsilon: 'ε',
        acceptance: 'acceptatie (%)',
      },
    },
    /** "Reken met de onzekerheid uit de kalibratie" (src/ui/calibration/uncertainty.ts, posteriorInUse.ts). */
    uncertainty: {
      title: 'Rekenen met de onzekerheid',
      use: 'Reken met de onzekerheid uit de kalibratie',
      useHelp:
        'De scenario’s, de kritische massa en het rapport middelen dan over de posterior: elke herhaling trekt een parameterset, zoals sneeuwbal simulate --params posterior.json.',
      stop: 'Terug naar vaste waarden',
      none: 'Nu rekent de app met vaste waarden (de standaardwaarden of wat u hieronder instelt).',
      fileLabel: 'Of lees een bewaarde posterior (JSON)',
      fileHelp: 'Het bestand dat "Bewaar de posterior" maakt. De posterior blijft in dit tabblad; een gedeelde link neemt hem niet mee.',
      dropHint: 'of sleep het bestand hierheen',
      /** Said on the results and the critical-mass answer; `particles` already formatted. */
      averaged: (area: string, particles: string) =>
        `Gemiddeld over de kalibratie van ${area}, ${particles} deeltjes: elke herhaling rekent met een parameterset uit de posterior, dus de banden tonen ook de onzekerheid over het gedrag.`,
      link: 'Een gedeelde link neemt de kalibratie niet mee: wie hem opent, rekent met vaste waarden tot hij dezelfde posterior inleest (tab Onderzoek).',
      noPosterior: 'dit bestand heeft geen posterior; bewaar er een met "Bewaar de posterior" na een kalibratie.',
    },
    /** Calibrating on the circle register (src/ui/calibration/registerSource.ts). */
    registerOneArea: 'kalibreren op een register kan voor één gemeente, wijk of buurt tegelijk (een CBS-code); kies die bij Gebied.',
    registerElsewhere: (code: string) => `geen enkele cirkel uit het register ligt in ${code}.`,
  },
};
