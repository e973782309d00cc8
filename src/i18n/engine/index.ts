/**
 * The engine's words: every sentence that core, data, experiments, calibration, the workers and
 * the CLI give to people (input errors, warnings, reasons) lives here, one catalogue per language,
 * named by a key with the values it needs. Engine code says `say('data.extras.notGemeente', { code })`
 * and carries the key and values; the words are this catalogue's (issue #13: "engine code returns
 * codes with values, not sentences"). The rest of the app's text is in src/i18n/nl.ts and en.ts.
 *
 * Imports nothing outside this folder (.dependency-cruiser.cjs 'engine-words-leaf'), so the core may
 * use it without leaning on a layer above it. One file pair per layer keeps keys apart; the en file
 * of each pair is typed by its nl file, so a missing or misshapen translation does not compile, and
 * test/i18n/engine.test.ts refuses a key that two files both define.
 */
import { enCalibration } from './en-calibration.ts';
import { enCli } from './en-cli.ts';
import { enCore } from './en-core.ts';
import { enData } from './en-data.ts';
import { enExperiments } from './en-experiments.ts';
import { enWorkers } from './en-workers.ts';
import { nlCalibration } from './nl-calibration.ts';
import { nlCli } from './nl-cli.ts';
import { nlCore } from './nl-core.ts';
import { nlData } from './nl-data.ts';
import { nlExperiments } from './nl-experiments.ts';
import { nlWorkers } from './nl-workers.ts';

/** Each layer's messages, by language (exported for the duplicate-key test). */
export const parts = {
  nl: [nlCore, nlData, nlExperiments, nlCalibration, nlCli, nlWorkers],
  en: [enCore, enData, enExperiments, enCalibration, enCli, enWorkers],
} as const;

const nl = { ...nlCore, ...nlData, ...nlExperiments, ...nlCalibration, ...nlCli, ...nlWorkers };
const en: typeof nl = { ...enCore, ...enData, ...enExperiments, ...enCalibration, ...enCli, ...enWorkers };

type Catalogue = typeof nl;
export type WordKey = keyof Catalogue;
/** The values a message needs (none: the message takes no argument). */
type ValuesOf<K extends WordKey> = Parameters<Catalogue[K]> extends [infer V] ? V : undefined;

/** A sentence in both languages, with the key and values it was made from. */
export interface Said {
  key: WordKey;
  values?: object;
  nl: string;
  en: string;
}

/** The message `key` with its values, in both languages. */
export function say<K extends WordKey>(key: K, ...values: ValuesOf<K> extends undefined ? [] : [ValuesOf<K>]): Said {
  const render = (c: Catalogue) => (c[key] as (v?: unknown) => string)(values[0]);
  return { key, ...(values.length ? { values: values[0] as object } : {}), nl: render(nl), en: render(en) };
}

/** Just the two sentences, for outputs whose shape is a contract ({nl, en} in JSON results and worker messages). */
export const plain = (s: Said): { nl: string; en: string } => ({ nl: s.nl, en: s.en });
