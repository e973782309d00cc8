/**
 * `sneeuwbal params` → {parameters:[{name,default,min,max,unit,label:{nl,en},source,calibrate}]}
 * (INTERFACES.md), plus group, help and integer as extensions.
 */
import { registry } from '../core/params/index.ts';
import { defineCommand } from './command.ts';
import { messages } from '../i18n/index.ts';
import { say } from '../i18n/engine/index.ts';

export const command = defineCommand({
  name: 'params',
  summary: say('cli.params.summary'),
  usage: '[--json]',
  options: {},
  run({ values, stdout, lang }) {
    const parameters = registry.map((s) => ({
      name: s.name,
      default: s.default,
      min: s.min,
      max: s.max,
      unit: s.unit,
      label: s.label,
      source: s.source,
      calibrate: s.calibrate,
      group: s.group,
      help: s.help,
      integer: s.integer === true,
    }));
    if (values.json) {
      stdout.write(JSON.stringify({ parameters }) + '\n');
      return 0;
    }
    const rows = parameters.map(
      (p) =>
        `${p.name.padEnd(26)} ${String(p.default).padStart(7)}  ${`${p.min} … ${p.max}`.padEnd(14)} ${p.unit.padEnd(10)} ${p.calibrate ? '*' : ' '} ${p.label[lang]}`,
    );
    const t = messages(lang).cli.params;
    stdout.write([t.head, ...rows, '', t.sources, ''].join('\n'));
    return 0;
  },
});
