/**
 * The shape of one parameter in the registry. The registry (src/core/params/index.ts) is the one
 * place that says what a parameter means, its default, bounds, unit, labels and the evidence behind
 * the default; the app's form, the URL codec, validation, `sneeuwbal params` and the ODD document
 * are all generated from it.
 */
export type ParamGroup =
  'policy' | 'demography' | 'population' | 'network' | 'information' | 'joining' | 'founding' | 'routes' | 'circles' | 'cost' | 'structure';

/** Units in a neutral notation; the UI translates them (src/ui/i18n). */
export type Unit = 'share' | 'per year' | 'per month' | 'm' | 'ties' | 'persons' | 'months' | 'euro' | 'multiplier' | 'switch';

export interface ParamSpec {
  name: string;
  group: ParamGroup;
  default: number;
  min: number;
  max: number;
  unit: Unit;
  label: { nl: string; en: string };
  /** One or two plain sentences for the form's help text. */
  help: { nl: string; en: string };
  /** Where the default comes from: a section of research/model-science.md, the founder's plan, or "[assumption]". */
  source: string;
  /** May calibration (ABC-SMC) fit it? Demography never: it is fixed from data. */
  calibrate: boolean;
  /** Whole numbers only. */
  integer?: boolean;
  /** Changes the synthetic world (population, ties): worlds built with other values cannot be reused. */
  world?: boolean;
}

/** Helper to keep the group tables compact. */
export function p<const N extends string>(spec: ParamSpec & { name: N }): ParamSpec & { name: N } {
  return spec;
}

/** A text in both languages. */
export const t = (nl: string, en: string) => ({ nl, en });
