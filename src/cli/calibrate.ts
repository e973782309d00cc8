/**
 * `sneeuwbal calibrate --observed FILE --area CODE [--particles N] [--generations G] [--seed N]
 *   [--out posterior.json] [--fit NAME[,NAME…]] [--prior FILE] [--compare] [scenario flags] [--workers N]`
 * ABC-SMC against field data → {parameters:[{name,median,lo90,hi90}], acceptance, epsilon,
 * posterior:"FILE"} (INTERFACES.md), extended with generations, predictive bands, pairs, notes.
 * The posterior file is a parameter set `simulate --params` and critical-mass read.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { calibrate, type CalibrationReport } from '../calibration/calibrate.ts';
import { parsePriorFile } from '../calibration/prior.ts';
import { posteriorJson } from '../calibration/results.ts';
import { setupCalibration } from '../calibration/setup.ts';
import { SMC_DEFAULTS } from '../calibration/smc.ts';
import { InputError, type Lang } from '../core/errors.ts';
import { say } from '../i18n/engine/index.ts';
import { readFieldData, type FieldData } from '../data/field.ts';
import { readRegister } from '../data/register.ts';
import { currentMonth } from '../data/registerArea.ts';
import { looksLikeRegister, registerHistory } from '../calibration/register.ts';
import { CIRCLES_OPTION } from './circles.ts';
import { badOption, defineCommand } from './command.ts';
import { LOCALES, messages } from '../i18n/index.ts';
import { areaFromTable, loadGeometry, loadTable, readBytes } from '../node/data.ts';
import { loadParamSet, makePool, MODEL_OPTIONS, positiveInt, scenarioInput, SCENARIO_OPTIONS } from './model.ts';

const { months: _horizonFromData, ...scenarioOptions } = SCENARIO_OPTIONS;

export const command = defineCommand({
  name: 'calibrate',
  summary: say('cli.calibrate.summary'),
  usage:
    '--observed FILE --area CODE [--particles N] [--generations G] [--seed N] [--out posterior.json] [--fit NAME[,NAME…]] [--prior FILE] [--compare] [--plan a=N,b=N,c=N] [--seed-months FROM-TO] [--start YYYY-MM] [--pr 0..1] [--workers N]',
  details: say('cli.calibrate.details'),
  options: {
    observed: { type: 'string', arg: 'FILE', help: say('cli.calibrate.observedHelp') },
    ...CIRCLES_OPTION,
    particles: { type: 'string', arg: 'N', help: say('cli.calibrate.particlesHelp', { n: SMC_DEFAULTS.particles }) },
    generations: { type: 'string', arg: 'G', help: say('cli.calibrate.generationsHelp', { n: SMC_DEFAULTS.generations }) },
    out: { type: 'string', arg: 'FILE', help: say('cli.calibrate.outHelp') },
    fit: { type: 'string', arg: 'NAME[,NAME…]', help: say('cli.calibrate.fitHelp') },
    prior: { type: 'string', arg: 'FILE', help: say('cli.calibrate.priorHelp') },
    'min-acceptance': { type: 'string', arg: '0..1', help: say('cli.calibrate.minAcceptanceHelp', { n: SMC_DEFAULTS.minAcceptance }) },
    compare: { type: 'boolean', help: say('cli.calibrate.compareHelp') },
    ...scenarioOptions,
    ...MODEL_OPTIONS,
    reps: { type: 'string', arg: 'N', help: say('cli.calibrate.repsHelp') },
  },
  async run({ values, stdout, stderr, lang }) {
    const observedPath = values.observed ?? values.circles;
    if (observedPath === undefined) throw badOption('observed', say('cli.calibrate.noObserved'));
    let raw = scenarioInput({ ...values, reps: undefined });
    if (raw.area === undefined) throw badOption('area', say('cli.calibrate.noArea'));
    const table = loadTable(values.data);
    const groups = Array.isArray(raw.groups) ? raw.groups.map((g) => String((g as { name?: unknown }).name ?? '').trim()) : [];
    const observed = basename(observedPath);
    const bytes = readBytes(observedPath);
    let data: FieldData;
    if (looksLikeRegister(new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096)))) {
      // The register's history as observations; its seeded circles as the seeding, unless --plan says otherwise.
      const codes = raw.area as string[];
      if (codes.length !== 1) throw badOption('area', say('cli.calibrate.registerOneArea'));
      const today = currentMonth();
      const reg = readRegister(bytes, observed, { today, regions: table.byCode });
      const inArea = new Set(areaFromTable(table, codes, [], loadGeometry(values.geometry)).buurten.map((b) => b.code));
      const rows = reg.rows.filter((r) => inArea.has(r.buurt));
      if (rows.length === 0)
        throw new InputError('register.other-area', say('cli.calibrate.registerElsewhere', { area: codes[0] }), {
          file: observed,
          line: reg.rows[0].line,
          column: 'buurt',
        });
      const history = registerHistory(observed, rows, codes[0].toUpperCase(), today);
      data = history.data;
      raw = { ...raw, start: raw.start ?? history.start, ...(values.plan === undefined && values['seed-months'] === undefined ? { plan: history.plan } : {}) };
    } else data = readFieldData(bytes, observed, { regions: table.byCode, groups });
    const minAcceptance = values['min-acceptance'] === undefined ? undefined : Number(values['min-acceptance'].replace(',', '.'));
    if (minAcceptance !== undefined && !(minAcceptance > 0 && minAcceptance < 1)) throw badOption('min-acceptance', say('cli.calibrate.badMinAcceptance'));
    const particles = positiveInt('particles', values.particles, 10, 10_000) ?? SMC_DEFAULTS.particles;
    if (minAcceptance !== undefined && particles / minAcceptance > 1_000_000) throw badOption('min-acceptance', say('cli.calibrate.minAcceptanceTooSmall'));
    const setup = setupCalibration({
      data,
      scenario: raw,
      area: (codes, g) => areaFromTable(table, codes, g, loadGeometry(values.geometry)),
      paramSet: loadParamSet(values.params),
      fit: values.fit
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      ...(values.prior ? { priors: parsePriorFile(new TextDecoder().decode(readBytes(values.prior)), values.prior), priorFile: values.prior } : {}),
    });
    const out = values.out ?? 'posterior.json';
    const pool = makePool(values.workers, particles * 10);
    const show = values.progress || stderr.isTTY === true;
    const started = Date.now();
    let shown = 0;
    let report: CalibrationReport;
    try {
      report = await calibrate(pool, setup, observed, {
        particles,
        generations: positiveInt('generations', values.generations, 1, 50) ?? SMC_DEFAULTS.generations,
        ...(minAcceptance !== undefined ? { minAcceptance } : {}),
        compare: values.compare === true,
        predictive: positiveInt('reps', values.reps, 0, 10_000) ?? 100,
        onProgress: (p) => {
          if (!show) return;
          const gen = messages(lang).cli.calibrate.generation(p.generation);
          if (p.finished) {
            const eps = p.epsilon === null ? '∞' : p.epsilon.toPrecision(3);
            stderr.write(
              `\r${gen}: ε ${eps}, ${messages(lang).cli.calibrate.acceptance} ${(p.finished.acceptance * 100).toFixed(1)}%, ${p.simulations} sim., ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
            );
          } else if (Date.now() - shown > 200) {
            shown = Date.now();
            stderr.write(`\r${gen}: ${p.accepted}/${p.particles}, ${p.simulations} sim.`);
          }
        },
      });
    } finally {
      await pool.close();
    }
    const { posteriorFile, ...rest } = report;
    try {
      writeFileSync(out, posteriorJson(posteriorFile));
    } catch (e) {
      throw new InputError('unwritable-file', say('cli.calibrate.unwritable', { code: (e as NodeJS.ErrnoException).code }), { file: out });
    }
    if (show) stderr.write(`${messages(lang).cli.calibrate.doneIn(((Date.now() - started) / 1000).toFixed(1))}\n`);
    stdout.write(values.json ? JSON.stringify({ ...rest, posterior: out }) + '\n' : text(report, out, lang));
    return 0;
  },
});

function text(r: CalibrationReport, out: string, lang: Lang): string {
  const t = messages(lang).cli.calibrate;
  // Three significant digits: the report shows a posterior's shape, not its last decimals.
  const f = (x: number | null, d = 3) => (x === null || !Number.isFinite(x) ? '∞' : x.toLocaleString(LOCALES[lang], { maximumSignificantDigits: d }));
  const pct = (x: number) => `${f(x * 100, 3)}%`;
  const width = Math.max(...r.parameters.map((p) => p.name.length));
  const lines = [
    t.heading(r.area.name, r.area.codes.join(', '), r.observed.rows, r.observed.file, r.observed.first, r.observed.last, r.start),
    t.smc(r.generations[0].simulations, r.generations.length - 1, r.simulations, r.abandoned, t.stop[r.stop]),
    '',
    t.generationsHead,
    ...r.generations.slice(1).map((g) => `  ${String(g.t).padEnd(11)} ${f(g.epsilon).padEnd(14)} ${pct(g.acceptance).padEnd(12)} ${f(g.ess, 3)}`),
    '',
    t.posteriorHead,
    ...r.parameters.map((p) => t.parameter(p.name.padEnd(width), f(p.median), f(p.lo90), f(p.hi90), f(p.prior.min), f(p.prior.max), pct(p.narrowing))),
  ];
  if (r.predictive) lines.push('', t.predictive(r.predictive.reps, pct(r.predictive.coverage90)));
  if (r.comparison) {
    const m = Object.fromEntries(r.comparison.models.map((x) => [x.model, x]));
    lines.push('', t.comparison(f(r.comparison.epsilon), pct(m.simple.probability), pct(m.complex.probability), f(r.comparison.bayesFactor)));
  }
  for (const n of r.notes) lines.push(`${messages(lang).cli.noteCap}: ${n[lang]}`);
  lines.push('', t.saved(out), '');
  return lines.join('\n');
}
