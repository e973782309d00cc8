/** Dutch words of src/core (see ./index.ts): keys start with 'core.'. The source of truth for en-core.ts. */

/** A parameter's allowed range as the messages of core/params/index.ts give it. */
interface ParamRange {
  min: number;
  max: number;
  integer: boolean;
  unit: string;
}
const range = (v: ParamRange) => `${v.min} … ${v.max}${v.integer ? ', hele getallen' : ''} (${v.unit})`;

export const nlCore = {
  // core/errors.ts: the location in front of a message
  'core.errors.line': (v: { line: number }) => `regel ${v.line}`,
  'core.errors.column': (v: { column: number | string }) => `kolom ${v.column}`,
  'core.errors.field': (v: { field: string }) => `veld ${v.field}`,
  // core/json.ts
  'core.json.invalid': () => 'dit is geen geldige JSON',
  'core.json.tooDeep': (v: { max: number }) =>
    `de JSON is te diep genest (meer dan ${v.max} niveaus [ of {); zo diep gaat geen scenario, parameterset of kaart`,
  // core/suggest.ts
  'core.suggest.unknownField': (v: { key: string; near?: string; prefix: string; known: readonly string[] }) =>
    `onbekend veld '${v.key}'${v.near ? ` — bedoelde u '${v.near}'?` : ''} Bekende velden${v.prefix ? ` in ${v.prefix}` : ''}: ${v.known.join(', ')}.`,
  // core/params/index.ts
  'core.params.unknown': (v: { name: string; near: readonly string[] }) =>
    `onbekende parameter "${v.name}"${v.near.length ? ` (bedoelt u ${v.near.join(', ')}?)` : ''}; 'npx sneeuwbal params' toont ze allemaal`,
  'core.params.notANumber': (v: ParamRange & { name: string; got: string }) => `${v.name} moet een getal zijn, toegestaan: ${range(v)}; gekregen: ${v.got}`,
  'core.params.outOfRange': (v: ParamRange & { name: string; value: number }) => `${v.name} = ${v.value} valt buiten het toegestane bereik ${range(v)}`,
};
