import { ROUTE_WORDS } from './routes.ts';

/**
 * Dutch text for the register of existing circles (the "Bestaande cirkels" card on the area page,
 * today's circles on the map page and in the report, "hoeveel erbij" in the answers). Part of
 * nl.ts; en-register.ts mirrors it.
 */
const circles = (n: string, one: boolean) => `${n} ${one ? 'cirkel' : 'cirkels'}`;

export const nlRegister = {
  register: {
    /** Where a message points: "regel 3, kolom members", "tabel, rij 2" (the register table on screen). */
    place: { line: 'regel', row: 'rij', column: 'kolom', table: 'tabel' },
    /** Spreadsheet dialect of a CSV download: Dutch Excel wants ';' and a decimal comma. */
    csvDialect: 'nl' as 'nl' | 'plain',
    title: 'Bestaande cirkels',
    help: (gemeente: string) =>
      `Houd hier bij welke voorzorgcirkels er in ${gemeente} al zijn: wanneer elke cirkel begon, in welke buurt, via welke route, hoeveel leden hij heeft, of hij actief is en wanneer hij stopte. ` +
      'Geen namen van mensen: die zijn niet nodig. Het register blijft in deze browser en gaat nergens heen. Elke berekening (scenario’s, kritische massa, waar te beginnen, het raadsverslag) begint bij deze cirkels.',
    unavailable: 'Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). Het register kan hier niet bewaard worden.',
    /** "Vandaag: 3 cirkels, 0,4% van de 65-plussers" — the report's first line, also on the map page and above the table. */
    today: (n: string, one: boolean, pct: string) => `Vandaag: ${circles(n, one)}, ${pct} van de 65-plussers`,
    todayDetail: (members: string, active: string, month: string) => ` (${members} leden, ${active} actief; stand ${month}).`,
    todayArea: (area: string) => `In ${area}: `,
    empty: 'Er staan nog geen cirkels in het register. Voeg ze hieronder toe, klik op de kaart of lees een bestand in.',
    caption: (gemeente: string) => `Register van bestaande cirkels in ${gemeente}`,
    col: { founded: 'Opgericht', buurt: 'Buurt', route: 'Route', members: 'Leden', status: 'Actief of passief', ended: 'Gestopt', action: 'Actie' },
    monthHint: 'JJJJ-MM, bijvoorbeeld 2023-04',
    endedHint: 'leeg zolang de cirkel bestaat',
    route: {
      a: `a: ${ROUTE_WORDS.nl.name.a}`,
      b: `b: ${ROUTE_WORDS.nl.name.b}`,
      c: `c: ${ROUTE_WORDS.nl.name.c}`,
      self: 'door ouderen zelf',
      unknown: 'onbekend',
    },
    status: { active: 'actief', passive: 'passief' },
    rowField: (field: string, n: string) => `${field}, cirkel ${n}`,
    remove: 'Verwijder',
    removeLabel: (n: string) => `Verwijder cirkel ${n}`,
    addTitle: 'Cirkel toevoegen',
    add: 'Voeg cirkel toe',
    chooseBuurt: 'Kies een buurt',
    mapOpen: 'Plaats een cirkel op de kaart',
    mapClose: 'Sluit de kaart',
    mapCaption: 'Klik op een buurt om daar een cirkel te plaatsen: de buurt komt in het formulier hieronder.',
    mapMarked: 'heeft al een cirkel',
    placed: (name: string) => `Buurt ${name} gekozen. Vul de rest in en kies “Voeg cirkel toe”.`,
    added: (n: string) => `Cirkel ${n} toegevoegd en bewaard in deze browser.`,
    removed: (n: string) => `Cirkel ${n} verwijderd.`,
    savedEdit: 'Wijziging bewaard in deze browser.',
    notSaved: (where: string, message: string) => `Niet bewaard (er is niets veranderd). ${where}: ${message}`,
    importLabel: 'Register inlezen (CSV)',
    importHelp:
      'Een CSV-bestand met de kolommen founded, buurt, route, members, status en ended (ook met ; en Nederlandse kolomnamen), in de vorm die "Download register (CSV)" maakt. Het bestand vervangt het register; een bestand met een fout verandert niets.',
    imported: (file: string, n: string) => `${file}: ${n} ingelezen; het register is vervangen en bewaard in deze browser.`,
    importFailed: (where: string, message: string) => `Niet ingelezen; het register is niet veranderd. ${where}: ${message}`,
    tooBig: (file: string) => `${file} is te groot voor een register (meer dan 5 MB).`,
    export: 'Download register (CSV)',
    circlesWord: circles,
    /** Map page. */
    mapTodayTitle: 'Vandaag: bestaande cirkels per buurt',
    mapTodayCaption: (area: string, month: string) => `Bestaande cirkels per buurt in ${area}, stand ${month}: aandeel van de 65-plussers in een cirkel`,
    mapTodayCol: { buurt: 'Buurt', circles: 'Cirkels', members: 'Leden', age65plus: '65-plussers', share: 'Aandeel in een cirkel' },
    mapExisting: 'bestaande cirkel',
    forecastOnTop:
      'De kaart hieronder toont de verwachting bovenop wat er vandaag is. Vandaag telt met het aantal 65-plussers van het CBS (zoals op de pagina Gebied); de verwachting rekent met de inwoners van het model, die per buurt een paar mensen kunnen afwijken.',
    /** Answers. */
    startsFrom: (n: string, one: boolean, month: string) =>
      `Alle berekeningen beginnen bij ${one ? 'de ene cirkel' : `de ${n} cirkels`} uit het register (stand ${month}). De kritische massa en “waar beginnen” tellen de cirkels die erbij moeten.`,
    fieldIsRegister: (file: string) =>
      `${file} is een register van cirkels (founded, buurt, …). Lees het in bij “Bestaande cirkels” hierboven; de kalibratie leest het register daar.`,
    /** A buurt of another gemeente in the register (src/ui/register/check.ts). */
    otherGemeente: (buurt: string, theirs: string, name: string, gemeente: string) =>
      `buurt ${buurt} ligt in ${theirs}, niet in ${name} (${gemeente}). Een register hoort bij één gemeente; kies de goede gemeente of het goede bestand.`,
  },
};
