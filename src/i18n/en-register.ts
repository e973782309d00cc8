import type { nlRegister } from './nl-register.ts';
import { ROUTE_WORDS } from './routes.ts';

/** English text for the register of existing circles; same shape as nl-register.ts (the compiler checks it). */
const circles = (n: string, one: boolean) => `${n} ${one ? 'circle' : 'circles'}`;

export const enRegister = {
  register: {
    place: { line: 'line', row: 'row', column: 'column', table: 'table' },
    csvDialect: 'plain',
    title: 'Existing circles',
    help: (gemeente: string) =>
      `Keep track here of the voorzorgcirkels that already exist in ${gemeente}: when each circle started, in which buurt, by which route, how many members it has, whether it is active and when it stopped. ` +
      'No names of people: they are not needed. The register stays in this browser and goes nowhere. Every calculation (scenarios, critical mass, where to start, the council report) starts from these circles.',
    unavailable: 'This browser does not allow saving (for instance in a private window). The register cannot be kept here.',
    today: (n: string, one: boolean, pct: string) => `Today: ${circles(n, one)}, ${pct} of people aged 65+`,
    todayDetail: (members: string, active: string, month: string) => ` (${members} members, ${active} active; as of ${month}).`,
    todayArea: (area: string) => `In ${area}: `,
    empty: 'There are no circles in the register yet. Add them below, click the map or read a file.',
    caption: (gemeente: string) => `Register of existing circles in ${gemeente}`,
    col: { founded: 'Founded', buurt: 'Buurt', route: 'Route', members: 'Members', status: 'Active or passive', ended: 'Ended', action: 'Action' },
    monthHint: 'YYYY-MM, for example 2023-04',
    endedHint: 'empty while the circle exists',
    route: {
      a: `a: ${ROUTE_WORDS.en.name.a}`,
      b: `b: ${ROUTE_WORDS.en.name.b}`,
      c: `c: ${ROUTE_WORDS.en.name.c}`,
      self: 'by older people themselves',
      unknown: 'unknown',
    },
    status: { active: 'active', passive: 'passive' },
    rowField: (field: string, n: string) => `${field}, circle ${n}`,
    remove: 'Remove',
    removeLabel: (n: string) => `Remove circle ${n}`,
    addTitle: 'Add a circle',
    add: 'Add circle',
    chooseBuurt: 'Choose a buurt',
    mapOpen: 'Place a circle on the map',
    mapClose: 'Close the map',
    mapCaption: 'Click a buurt to place a circle there: the buurt goes into the form below.',
    mapMarked: 'has a circle already',
    placed: (name: string) => `Buurt ${name} chosen. Fill in the rest and choose “Add circle”.`,
    added: (n: string) => `Circle ${n} added and kept in this browser.`,
    removed: (n: string) => `Circle ${n} removed.`,
    savedEdit: 'Change kept in this browser.',
    notSaved: (where: string, message: string) => `Not saved (nothing changed). ${where}: ${message}`,
    importLabel: 'Read a register (CSV)',
    importHelp:
      'A CSV file with the columns founded, buurt, route, members, status and ended (also with ; and Dutch column names), in the form "Download register (CSV)" makes. The file replaces the register; a file with an error changes nothing.',
    imported: (file: string, n: string) => `${file}: ${n} read; the register was replaced and kept in this browser.`,
    importFailed: (where: string, message: string) => `Not read; the register did not change. ${where}: ${message}`,
    tooBig: (file: string) => `${file} is too large for a register (more than 5 MB).`,
    export: 'Download register (CSV)',
    circlesWord: circles,
    mapTodayTitle: 'Today: existing circles per buurt',
    mapTodayCaption: (area: string, month: string) => `Existing circles per buurt in ${area}, as of ${month}: share of people aged 65+ in a circle`,
    mapTodayCol: { buurt: 'Buurt', circles: 'Circles', members: 'Members', age65plus: 'People 65+', share: 'Share in a circle' },
    mapExisting: 'existing circle',
    forecastOnTop:
      'The map below shows the forecast on top of what exists today. Today counts with the CBS number of people aged 65+ (as on the Area page); the forecast counts the model’s residents, which can differ by a few people per buurt.',
    startsFrom: (n: string, one: boolean, month: string) =>
      `Every calculation starts from ${one ? 'the one circle' : `the ${n} circles`} in the register (as of ${month}). The critical mass and “where to start” count the circles to add.`,
    fieldIsRegister: (file: string) =>
      `${file} is a register of circles (founded, buurt, …). Read it under “Existing circles” above; calibration reads the register there.`,
    otherGemeente: (buurt: string, theirs: string, name: string, gemeente: string) =>
      `buurt ${buurt} lies in ${theirs}, not in ${name} (${gemeente}). A register belongs to one gemeente; choose the right gemeente or the right file.`,
  },
} satisfies typeof nlRegister;
