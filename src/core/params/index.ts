/**
 * The parameter registry: every model parameter with its default, bounds, unit, Dutch and English
 * label, help text, source and whether calibration may fit it. One table drives the form, the URL,
 * validation, `sneeuwbal params` and the ODD document (test/core/odd.test.ts keeps them in step).
 */
import { InputError } from '../errors.ts';
import { say } from '../../i18n/engine/index.ts';
import { circleParams } from './circles.ts';
import { costParams } from './cost.ts';
import { demographyParams } from './demography.ts';
import { foundingParams } from './founding.ts';
import { networkParams } from './network.ts';
import { policyParams } from './policy.ts';
import { routeParams } from './routes.ts';
import type { ParamGroup, ParamSpec } from './spec.ts';
import { spreadParams } from './spread.ts';

export type { ParamGroup, ParamSpec, Unit } from './spec.ts';

export const registry: readonly (ParamSpec & { name: ParamName })[] = [
  ...policyParams,
  ...demographyParams,
  ...networkParams,
  ...spreadParams,
  ...foundingParams,
  ...routeParams,
  ...circleParams,
  ...costParams,
];

const byName = new Map<string, (typeof registry)[number]>(registry.map((s) => [s.name, s]));

/** Every registry name, as a type: a misspelt name does not compile. */
export type ParamName =
  | (typeof policyParams)[number]['name']
  | (typeof demographyParams)[number]['name']
  | (typeof networkParams)[number]['name']
  | (typeof spreadParams)[number]['name']
  | (typeof foundingParams)[number]['name']
  | (typeof routeParams)[number]['name']
  | (typeof circleParams)[number]['name']
  | (typeof costParams)[number]['name'];

/** A full parameter set: every registry name → value. */
export type Params = Readonly<Record<ParamName, number>>;

export function paramSpec(name: string): ParamSpec | undefined {
  return byName.get(name);
}

/** A name from outside (a file, a flag, a URL) that the registry knows. */
export function isParamName(name: string): name is ParamName {
  return byName.has(name);
}

export function defaultParams(): Params {
  return Object.fromEntries(registry.map((s) => [s.name, s.default])) as Params;
}

/** Registry groups in display order (first appearance in the registry), with their parameters. */
export function paramGroups(filter: (s: ParamSpec) => boolean = () => true): { group: ParamGroup; specs: ParamSpec[] }[] {
  const order: ParamGroup[] = [];
  for (const s of registry) if (!order.includes(s.group)) order.push(s.group);
  return order.map((group) => ({ group, specs: registry.filter((s) => s.group === group && filter(s)) })).filter((g) => g.specs.length > 0);
}

/**
 * Groups that describe what older people (and circles) do, as opposed to demography, the built
 * world, costs and policy switches: what sensitivity analysis screens (notebooks/sensitivity.ts).
 */
const BEHAVIOURAL_GROUPS: readonly ParamGroup[] = ['information', 'joining', 'founding', 'routes', 'circles'];

/** Every behavioural parameter (registry order), calibratable today or not. */
export function behavioural(): string[] {
  return registry.filter((s) => BEHAVIOURAL_GROUPS.includes(s.group)).map((s) => s.name);
}

/** Names of the parameters calibration may fit by default. */
export function calibratable(): string[] {
  return registry.filter((s) => s.calibrate).map((s) => s.name);
}

/**
 * Check one value against the registry; throws InputError naming the parameter and its range.
 * `where` says where the value came from (a flag, a scenario field, a file).
 */
export function checkParam(name: string, value: unknown, where: { field?: string; file?: string } = {}): number {
  const spec = byName.get(name);
  const field = where.field ?? name;
  if (!spec) {
    const near = registry.filter((s) => s.name.toLowerCase().includes(name.toLowerCase().slice(0, 4))).map((s) => s.name);
    throw new InputError('param.unknown', say('core.params.unknown', { name, near: near.slice(0, 3) }), { ...where, field });
  }
  const v = typeof value === 'string' && value.trim() !== '' ? Number(value.trim().replace(',', '.')) : value;
  const range = { min: spec.min, max: spec.max, integer: spec.integer === true, unit: spec.unit };
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new InputError('param.nan', say('core.params.notANumber', { name, ...range, got: String(value) }), { ...where, field });
  }
  if (v < spec.min || v > spec.max || (spec.integer && !Number.isInteger(v))) {
    throw new InputError('param.range', say('core.params.outOfRange', { name, ...range, value: v }), { ...where, field });
  }
  return v;
}

/** Defaults with the given overrides applied, each checked against the registry. */
export function resolveParams(overrides: Readonly<Record<string, unknown>> = {}, where: { file?: string; fieldPrefix?: string } = {}): Params {
  const out: Record<string, number> = { ...defaultParams() };
  for (const [name, value] of Object.entries(overrides)) {
    out[name] = checkParam(name, value, { file: where.file, field: where.fieldPrefix ? `${where.fieldPrefix}.${name}` : name });
  }
  // Every key is a registry name: the defaults give them all and checkParam refuses any other.
  return out as Params;
}

/** The parameters that shape the synthetic world, as a stable cache key. */
export function worldKey(params: Params): string {
  return registry
    .filter((s) => s.world || s.group === 'demography')
    .map((s) => `${s.name}=${params[s.name]}`)
    .join('&');
}
