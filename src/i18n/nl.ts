import type { Lang } from '../core/errors.ts';
import { CBS_ATTRIBUTION } from './attribution.ts';
import { nlCalibration } from './nl-calibration.ts';
import { nlCli } from './nl-cli.ts';
import { nlPlanner } from './nl-planner.ts';
import { nlRegister } from './nl-register.ts';
import { nlAtlas } from './nl-atlas.ts';
import { nlResearch } from './nl-research.ts';
import { nlResults } from './nl-results.ts';

/**
 * Dutch text of the app and the CLI: the source of truth. en.ts must have exactly the same shape (`satisfies Messages`).
 * B1 language: short sentences, CBS terms explained where they first appear.
 * Functions take already formatted numbers (see format.ts), so word order stays per language.
 */
export const nl = {
  lang: 'nl',
  app: {
    name: 'Sneeuwbal',
    tagline: 'Planner voor voorzorgcirkels',
    title: (area: string | null) => (area ? `${area} – Sneeuwbal` : 'Sneeuwbal – planner voor voorzorgcirkels'),
    skipLink: 'Naar de inhoud',
    switchLang: 'English',
    switchLangLabel: 'Switch to English',
    /** The language the switch leads to (the button is written in it). */
    otherLang: 'en' as Lang,
    intro:
      'Kies een gemeente. U ziet dan de wijken en buurten met het aantal inwoners en het aantal 65-plussers. ' +
      'Een wijk is een deel van een gemeente; een buurt is het kleinste gebied van het CBS.',
    footer: 'Sneeuwbal is een hulpmiddel om te plannen, geen voorspelling.',
  },
  search: {
    label: 'Zoek een gemeente, wijk of buurt',
    hint: 'Typ een naam of een CBS-code (bijvoorbeeld Land van Cuijk of GM1982). Kies met de pijltjestoetsen en Enter.',
    loading: 'De gegevens worden nog geladen…',
    noResults: 'Geen gebieden gevonden.',
    results: (n: string) => `${n} gebieden gevonden. Kies met pijl omlaag.`,
    oneResult: '1 gebied gevonden. Kies met pijl omlaag.',
    inGemeente: (level: string, gemeente: string) => `${level} in ${gemeente}`,
  },
  level: {
    land: 'Land',
    gemeente: 'Gemeente',
    wijk: 'Wijk',
    buurt: 'Buurt',
    wijken: 'Wijken',
    buurten: 'Buurten',
  },
  status: {
    loadingTable: 'Gegevens van het CBS worden geladen…',
    loadedTable: (n: string) => `Gegevens geladen: ${n} gebieden.`,
    loadingArea: (name: string) => `${name} wordt geladen…`,
    loadFailed: 'De gegevens konden niet worden geladen.',
    geometryFailed: 'De kaart kon niet worden geladen. De tabel werkt wel.',
    areaNotFound: (code: string) => `Gebied ${code} bestaat niet in de gegevens van 2024.`,
  },
  area: {
    figuresHeading: 'Kerncijfers',
    showLevel: 'Toon',
    selectedHeading: 'Gekozen gebied',
    clearSelection: 'Toon de hele gemeente',
    buurtenOf: (wijk: string) => `Buurten in ${wijk}`,
    counts: (wijken: string, buurten: string) => `${wijken} wijken en ${buurten} buurten`,
  },
  columns: {
    name: 'Naam',
    code: 'Code',
    wijk: 'Wijk',
    inhabitants: 'Inwoners',
    age65plus: '65 jaar en ouder',
    share65: 'Aandeel 65+',
    households: 'Huishoudens',
  },
  table: {
    caption: (level: string, gemeente: string) => `${level} in ${gemeente}`,
    sortBy: (column: string) => `Sorteer op ${column}`,
    sortedAscending: 'oplopend gesorteerd',
    sortedDescending: 'aflopend gesorteerd',
    selected: '(gekozen)',
    missingNote:
      'onbekend: het CBS geeft hier geen getal (ontbreekt, is nul of is te klein om te publiceren). ' +
      'geheim: het CBS houdt het getal geheim om privacy te beschermen.',
  },
  missing: {
    unknown: 'onbekend',
    secret: 'geheim',
    nil: 'nihil',
    uncertain: 'onzeker',
    blank: 'onbekend',
    absent: 'niet in bestand',
  },
  map: {
    caption: (level: string, gemeente: string) => `Kaart: ${level.toLowerCase()} in ${gemeente}, gekleurd naar aandeel 65-plussers`,
    label: (level: string, gemeente: string) => `Kaart van ${level.toLowerCase()} in ${gemeente}. Gebruik de pijltjestoetsen en Enter om een gebied te kiezen.`,
    legend: 'Aandeel inwoners van 65 jaar en ouder',
    legendMissing: 'onbekend',
    loading: 'De kaart wordt geladen…',
    noShapes: 'Voor dit niveau is geen kaart beschikbaar.',
    shapeLabel: (name: string, share: string) => `${name}, 65+: ${share}`,
  },
  attribution: CBS_ATTRIBUTION.nl,
  attributionOwn: (file: string) => `Bron: eigen bestand ${file} (CBS-indeling); geometrie CBS/Kadaster 2024 (bewerkt)`,
  planning: {
    heading: 'Plannen',
    areaIs: (name: string, level: string, people: string) => `U plant voor ${name} (${level}), met ${people} inwoners van 65 jaar en ouder.`,
    groupLevel: 'eigen groep',
    toPlan: (name: string) => `Maak een startplan voor ${name}`,
    kritischeMassa:
      'Kritische massa: het aantal cirkels dat professionals moeten starten voordat ouderen zelf verder gaan. Dit is een hulpmiddel om te plannen, geen voorspelling.',
    startHere: 'Kies eerst een gemeente. U kunt ook een bewaard scenario openen.',
    brokenLink: "Een deel van deze link kon niet worden gelezen. De scenario's staan weer op de standaardwaarden.",
    droppedLink: (what: string) => `Niet alles uit deze link paste binnen de grenzen; dit staat weer op de standaardwaarde: ${what}`,
    droppedParam: (name: string) => `Instelling ${name} uit de link is genegeerd.`,
  },
  ...nlPlanner,
  ...nlRegister,
  ...nlResults,
  ...nlResearch,
  ...nlCalibration,
  ...nlCli,
  ...nlAtlas,
};

export type Messages = typeof nl;
