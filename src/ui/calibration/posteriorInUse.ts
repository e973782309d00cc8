/**
 * "Reken met de onzekerheid uit de kalibratie": the app's scenario runs and critical-mass search
 * average over a calibrated posterior instead of fixed parameter values, as `sneeuwbal simulate
 * --params posterior.json` and `critical-mass --params` do (replication r draws its particle,
 * src/experiments/paramset.ts). The posterior comes from a calibration just run, or from a saved
 * posterior file read by the CLI's own reader (parseParamSet), so the same seed gives the CLI's
 * numbers. It stays in this browser tab, never in a link: hundreds of particles would make the
 * link too long for a server (see SAFE_LINK_CHARS), and a link says that it was left out.
 */
import { InputError } from '../../core/errors.ts';
import { parseParamSet, type ParamSet } from '../../experiments/paramset.ts';
import type { Lang } from '../i18n/index.ts';
import { messages } from '../../i18n/index.ts';

export interface PosteriorInUse {
  /** Where the calibration was made (its area name or codes), for the words on the results. */
  area: string;
  /** The file it came from, or null for a calibration made in this tab. */
  file: string | null;
  set: ParamSet & { posterior: NonNullable<ParamSet['posterior']> };
  /** A short fingerprint of the particles and weights: results computed with another posterior get other keys. */
  id: string;
}

/** FNV-1a over the JSON text: not cryptographic, only to tell posteriors apart in the result cache. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}-${text.length.toString(36)}`;
}

function inUse(set: ParamSet, area: string, file: string | null): PosteriorInUse {
  if (!set.posterior) throw new Error('no posterior');
  const posterior = set.posterior;
  return { area, file, set: { ...set, posterior }, id: fingerprint(JSON.stringify(set)) };
}

/** A posterior file's text (as the calibration saves it), read exactly as `--params FILE` reads it; throws an InputError naming the file and field. */
export function posteriorFromText(text: string, file: string): PosteriorInUse {
  const set = parseParamSet(text, file);
  if (!set.posterior) {
    throw new InputError(
      'params.file',
      { nl: messages('nl').calibration.uncertainty.noPosterior, en: messages('en').calibration.uncertainty.noPosterior },
      { file, field: 'posterior' },
    );
  }
  const area = areaOfFile(text) ?? file;
  return inUse(set, area, file);
}

/** The area a saved posterior says it was calibrated on (sneeuwbal.area), when it says so. */
function areaOfFile(text: string): string | null {
  try {
    const meta = (JSON.parse(text) as { sneeuwbal?: { area?: unknown } }).sneeuwbal;
    return Array.isArray(meta?.area) && meta.area.every((c) => typeof c === 'string') ? meta.area.join(', ') : null;
  } catch {
    return null;
  }
}

/** A calibration just run (its posterior file as text, posteriorJson): the same reader as a saved one. */
export function posteriorFromCalibration(text: string, area: string): PosteriorInUse {
  return inUse(parseParamSet(text, 'posterior.json'), area, null);
}

/** What the browser keeps (IndexedDB, see storage/db.ts) and reads back with the CLI's reader. */
export const posteriorToSave = (p: PosteriorInUse) => ({ area: p.area, file: p.file, text: JSON.stringify(p.set) });
export function posteriorFromSaved(saved: { area: string; file: string | null; text: string }): PosteriorInUse {
  return inUse(parseParamSet(saved.text, saved.file ?? 'posterior.json'), saved.area, saved.file);
}

/** "gemiddeld over de kalibratie van <area>, N deeltjes": said on the results and the critical-mass answer. */
export function posteriorWords(lang: Lang, p: PosteriorInUse, count: (n: number) => string): string {
  return messages(lang).calibration.uncertainty.averaged(p.area, count(p.set.posterior.particles.length));
}

/** Said beside the results: links carry the scenarios but not the particles (they would not fit, see SAFE_LINK_CHARS). */
export function posteriorLinkWords(lang: Lang): string {
  return messages(lang).calibration.uncertainty.link;
}
