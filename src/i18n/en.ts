import { CBS_ATTRIBUTION } from './attribution.ts';
import { enCalibration } from './en-calibration.ts';
import { enCli } from './en-cli.ts';
import { enPlanner } from './en-planner.ts';
import { enRegister } from './en-register.ts';
import { enAtlas } from './en-atlas.ts';
import { enResearch } from './en-research.ts';
import { enResults } from './en-results.ts';
import type { Messages } from './nl.ts';

/** English UI text. Same shape as nl.ts (the compiler checks it); CBS proper names stay Dutch. */
export const en = {
  lang: 'en',
  app: {
    name: 'Sneeuwbal',
    tagline: 'Planner for voorzorgcirkels (mutual-help circles)',
    title: (area: string | null) => (area ? `${area} – Sneeuwbal` : 'Sneeuwbal – planner for voorzorgcirkels'),
    skipLink: 'Skip to content',
    switchLang: 'Nederlands',
    switchLangLabel: 'Schakel naar Nederlands',
    otherLang: 'nl',
    intro:
      'Choose a municipality (gemeente). You then see its districts (wijken) and neighbourhoods (buurten) with the number ' +
      'of inhabitants and of people aged 65 and over. A buurt is the smallest area used by CBS.',
    footer: 'Sneeuwbal is a planning aid, not a forecast.',
  },
  search: {
    label: 'Search a gemeente, wijk or buurt',
    hint: 'Type a name or a CBS code (for example Land van Cuijk or GM1982). Choose with the arrow keys and Enter.',
    loading: 'The data is still loading…',
    noResults: 'No areas found.',
    results: (n: string) => `${n} areas found. Use arrow down to choose.`,
    oneResult: '1 area found. Use arrow down to choose.',
    inGemeente: (level: string, gemeente: string) => `${level} in ${gemeente}`,
  },
  level: {
    land: 'Country',
    gemeente: 'Gemeente',
    wijk: 'Wijk',
    buurt: 'Buurt',
    wijken: 'Wijken',
    buurten: 'Buurten',
  },
  status: {
    loadingTable: 'Loading CBS data…',
    loadedTable: (n: string) => `Data loaded: ${n} areas.`,
    loadingArea: (name: string) => `Loading ${name}…`,
    loadFailed: 'The data could not be loaded.',
    geometryFailed: 'The map could not be loaded. The table still works.',
    areaNotFound: (code: string) => `Area ${code} does not exist in the 2024 data.`,
  },
  area: {
    figuresHeading: 'Key figures',
    showLevel: 'Show',
    selectedHeading: 'Chosen area',
    clearSelection: 'Show the whole gemeente',
    buurtenOf: (wijk: string) => `Buurten in ${wijk}`,
    counts: (wijken: string, buurten: string) => `${wijken} wijken and ${buurten} buurten`,
  },
  columns: {
    name: 'Name',
    code: 'Code',
    wijk: 'Wijk',
    inhabitants: 'Inhabitants',
    age65plus: 'Aged 65 and over',
    share65: 'Share 65+',
    households: 'Households',
  },
  table: {
    caption: (level: string, gemeente: string) => `${level} in ${gemeente}`,
    sortBy: (column: string) => `Sort by ${column}`,
    sortedAscending: 'sorted ascending',
    sortedDescending: 'sorted descending',
    selected: '(chosen)',
    missingNote: 'unknown: CBS gives no number here (missing, zero, or too small to publish). ' + 'secret: CBS keeps the number secret to protect privacy.',
  },
  missing: {
    unknown: 'unknown',
    secret: 'secret',
    nil: 'nil',
    uncertain: 'uncertain',
    blank: 'unknown',
    absent: 'not in file',
  },
  map: {
    caption: (level: string, gemeente: string) => `Map: ${level.toLowerCase()} in ${gemeente}, coloured by share aged 65+`,
    label: (level: string, gemeente: string) => `Map of ${level.toLowerCase()} in ${gemeente}. Use the arrow keys and Enter to choose an area.`,
    legend: 'Share of inhabitants aged 65 and over',
    legendMissing: 'unknown',
    loading: 'Loading the map…',
    noShapes: 'No map is available for this level.',
    shapeLabel: (name: string, share: string) => `${name}, 65+: ${share}`,
  },
  attribution: CBS_ATTRIBUTION.en,
  attributionOwn: (file: string) => `Source: your own file ${file} (CBS layout); geometry CBS/Kadaster 2024 (edited)`,
  planning: {
    heading: 'Planning',
    areaIs: (name: string, level: string, people: string) => `You are planning for ${name} (${level}), with ${people} inhabitants aged 65 and over.`,
    groupLevel: 'own group',
    toPlan: (name: string) => `Make a start plan for ${name}`,
    kritischeMassa:
      'Critical mass: the number of circles professionals must start before older people carry on by themselves. This is a planning aid, not a forecast.',
    startHere: 'Choose a gemeente first. You can also open a saved scenario.',
    brokenLink: 'Part of this link could not be read. The scenarios are back at their defaults.',
    droppedLink: (what: string) => `Not everything in this link fitted within the limits; back at the default: ${what}`,
    droppedParam: (name: string) => `Setting ${name} from the link was ignored.`,
  },
  ...enPlanner,
  ...enRegister,
  ...enResults,
  ...enResearch,
  ...enCalibration,
  ...enCli,
  ...enAtlas,
} satisfies Messages;
