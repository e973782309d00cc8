import { checkParam, paramSpec, registry, type ParamGroup, type ParamSpec } from '../../core/params/index.ts';

export { paramGroups } from '../../core/params/index.ts';

/**
 * Parameters as the app keeps them: only the values that differ from the registry default. Every
 * read goes through the registry (names, bounds, whole numbers), so a hand-edited link or an old
 * saved scenario can never smuggle in an unknown name or an out-of-range value: such entries are
 * dropped and reported, and the scenario opens with the default instead.
 */
export interface CleanParams {
  params: Record<string, number>;
  /** Names that were dropped, with the reason in both languages. */
  dropped: { name: string; message: { nl: string; en: string } }[];
}

export function cleanParams(raw: unknown): CleanParams {
  const params: Record<string, number> = {};
  const dropped: CleanParams['dropped'] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { params, dropped };
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    try {
      const v = checkParam(name, value);
      if (v !== paramSpec(name)!.default) params[name] = v;
    } catch (e) {
      const err = e as { messages?: { nl: string; en: string }; message?: string };
      dropped.push({ name, message: err.messages ?? { nl: String(err.message), en: String(err.message) } });
    }
  }
  return { params: sortedByRegistry(params), dropped };
}

/** Overrides in registry order, so equal parameter sets serialise to equal text (and URLs). */
export function sortedByRegistry(params: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const spec of registry) if (params[spec.name] !== undefined) out[spec.name] = params[spec.name];
  return out;
}

/** One override set or cleared: a value equal to the default removes the override. */
export function withParam(params: Readonly<Record<string, number>>, name: string, value: number | null): Record<string, number> {
  const spec = paramSpec(name);
  const next = { ...params };
  if (value === null || !spec || value === spec.default) delete next[name];
  else next[name] = checkParam(name, value);
  return sortedByRegistry(next);
}

/** Step for a number input: whole numbers for integer and euro parameters, else about 1/100 of the range. */
export function paramStep(spec: ParamSpec): number {
  if (spec.integer || spec.unit === 'euro' || spec.unit === 'persons' || spec.unit === 'ties' || spec.unit === 'months') return 1;
  const range = spec.max - spec.min;
  const raw = range / 100;
  const power = 10 ** Math.floor(Math.log10(raw));
  // The default must be reachable with the spinner, so the step divides it when possible.
  for (const candidate of [power, power / 10, power / 100, power / 1000])
    if (Math.abs(Math.round(spec.default / candidate) * candidate - spec.default) < 1e-9) return candidate;
  return power / 1000;
}

/**
 * The levers an initiator changes while planning (PR, routes' yields, costs and the snowball
 * switch). Everything else is behaviour and demography, which researchers adjust on their page.
 */
export const PLANNER_GROUPS: readonly ParamGroup[] = ['policy', 'routes', 'cost'];
