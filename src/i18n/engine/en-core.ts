/** English words of src/core (see ./index.ts), the same keys and values as nl-core.ts. */
import type { nlCore } from './nl-core.ts';

const range = (v: { min: number; max: number; integer: boolean; unit: string }) => `${v.min} … ${v.max}${v.integer ? ', whole numbers' : ''} (${v.unit})`;

export const enCore: typeof nlCore = {
  // core/errors.ts: the location in front of a message
  'core.errors.line': (v) => `line ${v.line}`,
  'core.errors.column': (v) => `column ${v.column}`,
  'core.errors.field': (v) => `field ${v.field}`,
  // core/json.ts
  'core.json.invalid': () => 'this is not valid JSON',
  'core.json.tooDeep': (v) => `the JSON is nested too deeply (more than ${v.max} levels of [ or {); no scenario, parameter set or map goes that deep`,
  // core/suggest.ts
  'core.suggest.unknownField': (v) =>
    `unknown field '${v.key}'${v.near ? ` — did you mean '${v.near}'?` : ''} Known fields${v.prefix ? ` in ${v.prefix}` : ''}: ${v.known.join(', ')}.`,
  // core/params/index.ts
  'core.params.unknown': (v) =>
    `unknown parameter "${v.name}"${v.near.length ? ` (did you mean ${v.near.join(', ')}?)` : ''}; 'npx sneeuwbal params' lists them all`,
  'core.params.notANumber': (v) => `${v.name} must be a number, allowed: ${range(v)}; got: ${v.got}`,
  'core.params.outOfRange': (v) => `${v.name} = ${v.value} is outside the allowed range ${range(v)}`,
};
