/**
 * The bundled data set, named once: the file names the CLI, the benchmark, the notebooks and the
 * app's data worker read and show in messages, and the attribution CBS's licence asks for.
 * Pure (no Node built-ins): where the files lie is for src/node/data.ts or the app's asset URLs.
 */
import { CBS_ATTRIBUTION } from '../i18n/attribution.ts';

/** CBS Kerncijfers wijken en buurten 2024, all gemeenten, wijken and buurten (data/). */
export const BUNDLED_TABLE_FILE = 'kwb-2024.csv';

/** Gemeente figures the 2024 buurt table lacks (one-person households, age mix), for estimates. */
export const BUNDLED_EXTRAS_FILE = 'gemeenten-2024-extra.csv';

/** Attribution for output that uses the bundled data (CC BY 4.0 requires naming CBS): the catalogue's Dutch line, which the CLI prints in both languages. */
export const BUNDLED_SOURCE = CBS_ATTRIBUTION.nl;

/** The bundled TopoJSON of one gemeente (data/geo/), objects gemeente, wijken and buurten. */
export const geometryFileOf = (gemeente: string): string => `${gemeente}.topo.json`;
