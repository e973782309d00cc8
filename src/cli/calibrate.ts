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
import { t } from '../core/params/spec.ts';
import { readFieldData, type FieldData } from '../data/field.ts';
import { readRegister } from '../data/register.ts';
import { currentMonth } from '../data/registerArea.ts';
import { looksLikeRegister, registerHistory } from '../calibration/register.ts';
import { CIRCLES_OPTION } from './circles.ts';
import { badOption, defineCommand } from './command.ts';
import { messages } from '../i18n/index.ts';
import { areaFromTable, loadGeometry, loadTable, readBytes } from '../node/data.ts';
import { loadParamSet, makePool, MODEL_OPTIONS, positiveInt, scenarioInput, SCENARIO_OPTIONS } from './model.ts';

const { months: _horizonFromData, ...scenarioOptions } = SCENARIO_OPTIONS;

export const command = defineCommand({
  name: 'calibrate',
  summary: t('Schat gedragsparameters uit veldgegevens (ABC-SMC) en bewaart de posterior als parameterset.', 'Fits behavioural parameters to field data (ABC-SMC) and saves the posterior as a parameter set.'),
  usage: '--observed FILE --area CODE [--particles N] [--generations G] [--seed N] [--out posterior.json] [--fit NAME[,NAME…]] [--prior FILE] [--compare] [--plan a=N,b=N,c=N] [--seed-months FROM-TO] [--start YYYY-MM] [--pr 0..1] [--workers N]',
  details: t(
    'Veldgegevens: CSV met kopregel date,area,circles[,members][,route][,origin]. Geef met --plan, --seed-months, --pr en --start op hoe er in het echt gestart is (--start standaard de eerste waarneming). Alleen gedragsparameters worden geschat (sneeuwbal params, kolom *); demografie ligt vast. Zelfde --seed geeft dezelfde posterior, ook met een ander aantal --workers.',
    'Field data: CSV with header date,area,circles[,members][,route][,origin]. Say with --plan, --seed-months, --pr and --start how circles were really seeded (--start defaults to the first observation). Only behavioural parameters are fitted (sneeuwbal params, column *); demography stays fixed. The same --seed gives the same posterior, whatever the number of --workers.',
  ),
  options: {
    observed: { type: 'string', arg: 'FILE', help: t('veldgegevens (CSV): tellingen date,area,circles of het register van cirkels', 'field data (CSV): counts date,area,circles or the circle register') },
    ...CIRCLES_OPTION,
    particles: { type: 'string', arg: 'N', help: t(`deeltjes per generatie (standaard ${SMC_DEFAULTS.particles})`, `particles per generation (default ${SMC_DEFAULTS.particles})`) },
    generations: { type: 'string', arg: 'G', help: t(`maximaal aantal generaties na de priorsteekproef (standaard ${SMC_DEFAULTS.generations})`, `most generations after the prior sample (default ${SMC_DEFAULTS.generations})`) },
    out: { type: 'string', arg: 'FILE', help: t('posterior opslaan als (standaard posterior.json)', 'save the posterior as (default posterior.json)') },
    fit: { type: 'string', arg: 'NAME[,NAME…]', help: t('te schatten parameters (standaard alle kalibreerbare)', 'parameters to fit (default: every calibratable one)') },
    prior: { type: 'string', arg: 'FILE', help: t('JSON met smallere priorgrenzen: {"priors": {"naam": [min, max]}}', 'JSON with narrower prior bounds: {"priors": {"name": [min, max]}}') },
    'min-acceptance': { type: 'string', arg: '0..1', help: t(`stop onder deze acceptatiegraad (standaard ${SMC_DEFAULTS.minAcceptance})`, `stop below this acceptance rate (default ${SMC_DEFAULTS.minAcceptance})`) },
    compare: { type: 'boolean', help: t('vergelijk eenvoudige en complexe besmetting (kost twee kalibraties)', 'compare simple and complex contagion (costs two calibrations)') },
    ...scenarioOptions,
    ...MODEL_OPTIONS,
    reps: { type: 'string', arg: 'N', help: t('herhalingen voor de posterior-predictie (standaard 100; 0 = overslaan)', 'replications for the posterior predictive check (default 100; 0 = skip)') },
  },
  async run({ values, stdout, stderr, lang }) {
    const observedPath = values.observed ?? values.circles;
    if (observedPath === undefined) throw badOption('observed', t('geef het bestand met veldgegevens of het register: --observed veld.csv', 'give the field data file or the register: --observed field.csv'));
    let raw = scenarioInput({ ...values, reps: undefined });
    if (raw.area === undefined) throw badOption('area', t('kies het gebied waarin de cirkels geteld zijn: --area WK198210', 'choose the area in which circles were counted: --area WK198210'));
    const table = loadTable(values.data);
    const groups = Array.isArray(raw.groups) ? raw.groups.map((g) => String((g as { name?: unknown }).name ?? '').trim()) : [];
    const observed = basename(observedPath);
    const bytes = readBytes(observedPath);
    let data: FieldData;
    if (looksLikeRegister(new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096)))) {
      // The register's history as observations; its seeded circles as the seeding, unless --plan says otherwise.
      const codes = raw.area as string[];
      if (codes.length !== 1) throw badOption('area', t('kalibreren op een register kan voor één gebied tegelijk.', 'calibrating on a register works for one area at a time.'));
      const today = currentMonth();
      const reg = readRegister(bytes, observed, { today, regions: table.byCode });
      const inArea = new Set(areaFromTable(table, codes, [], loadGeometry(values.geometry)).buurten.map((b) => b.code));
      const rows = reg.rows.filter((r) => inArea.has(r.buurt));
      if (rows.length === 0) throw new InputError('register.other-area', t(`geen enkele cirkel uit het register ligt in ${codes[0]}.`, `not one circle of the register lies in ${codes[0]}.`), { file: observed, line: reg.rows[0].line, column: 'buurt' });
      const history = registerHistory(observed, rows, codes[0].toUpperCase(), today);
      data = history.data;
      raw = { ...raw, start: raw.start ?? history.start, ...(values.plan === undefined && values['seed-months'] === undefined ? { plan: history.plan } : {}) };
    } else data = readFieldData(bytes, observed, { regions: table.byCode, groups });
    const minAcceptance = values['min-acceptance'] === undefined ? undefined : Number(values['min-acceptance'].replace(',', '.'));
    if (minAcceptance !== undefined && !(minAcceptance > 0 && minAcceptance < 1)) throw badOption('min-acceptance', t('moet een getal tussen 0 en 1 zijn.', 'must be a number between 0 and 1.'));
    const particles = positiveInt('particles', values.particles, 10, 10_000) ?? SMC_DEFAULTS.particles;
    if (minAcceptance !== undefined && particles / minAcceptance > 1_000_000) throw badOption('min-acceptance', t('te klein voor zoveel deeltjes.', 'too small for this many particles.'));
    const setup = setupCalibration({
      data, scenario: raw, area: (codes, g) => areaFromTable(table, codes, g, loadGeometry(values.geometry)), paramSet: loadParamSet(values.params),
      fit: values.fit?.split(',').map((s) => s.trim()).filter(Boolean),
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
        particles, generations: positiveInt('generations', values.generations, 1, 50) ?? SMC_DEFAULTS.generations,
        ...(minAcceptance !== undefined ? { minAcceptance } : {}), compare: values.compare === true,
        predictive: positiveInt('reps', values.reps, 0, 10_000) ?? 100,
        onProgress: (p) => {
          if (!show) return;
          const gen = messages(lang).cli.calibrate.generation(p.generation);
          if (p.finished) {
            const eps = p.epsilon === null ? '∞' : p.epsilon.toPrecision(3);
            stderr.write(`\r${gen}: ε ${eps}, ${messages(lang).cli.calibrate.acceptance} ${(p.finished.acceptance * 100).toFixed(1)}%, ${p.simulations} sim., ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
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
      throw new InputError('unwritable-file', t(`kan de posterior niet opslaan (${(e as NodeJS.ErrnoException).code ?? 'fout'}).`, `cannot save the posterior (${(e as NodeJS.ErrnoException).code ?? 'error'}).`), { file: out });
    }
    if (show) stderr.write(`${messages(lang).cli.calibrate.doneIn(((Date.now() - started) / 1000).toFixed(1))}\n`);
    stdout.write(values.json ? JSON.stringify({ ...rest, posterior: out }) + '\n' : text(report, out, lang));
    return 0;
  },
});

function text(r: CalibrationReport, out: string, lang: Lang): string {
  const nl = lang === 'nl';
  const f = (x: number | null, d = 3) => (x === null || !Number.isFinite(x) ? '∞' : x.toLocaleString(nl ? 'nl-NL' : 'en-GB', { maximumSignificantDigits: d }));
  const pct = (x: number) => `${f(x * 100, 3)}%`;
  const stop = {
    generations: t('maximum aantal generaties bereikt', 'maximum number of generations reached'),
    epsilon: t('tolerantie daalt nauwelijks meer', 'tolerance hardly decreases any more'),
    acceptance: t('acceptatiegraad te laag', 'acceptance rate too low'),
    budget: t('simulatiebudget op', 'simulation budget spent'),
  }[r.stop][lang];
  const width = Math.max(...r.parameters.map((p) => p.name.length));
  const lines = [
    nl ? `Kalibratie voor ${r.area.name} (${r.area.codes.join(', ')}): ${r.observed.rows} waarnemingen uit ${r.observed.file} (${r.observed.first} … ${r.observed.last}), start ${r.start}.`
      : `Calibration for ${r.area.name} (${r.area.codes.join(', ')}): ${r.observed.rows} observations from ${r.observed.file} (${r.observed.first} … ${r.observed.last}), start ${r.start}.`,
    nl ? `ABC-SMC: ${r.generations[0].simulations} deeltjes, ${r.generations.length - 1} generaties, ${r.simulations} simulaties${r.abandoned ? ` (${r.abandoned} in een opgegeven generatie)` : ''}; gestopt: ${stop}.`
      : `ABC-SMC: ${r.generations[0].simulations} particles, ${r.generations.length - 1} generations, ${r.simulations} simulations${r.abandoned ? ` (${r.abandoned} in a generation given up)` : ''}; stopped: ${stop}.`,
    '',
    nl ? '  generatie   tolerantie ε   acceptatie   ESS' : '  generation  tolerance ε    acceptance   ESS',
    ...r.generations.slice(1).map((g) => `  ${String(g.t).padEnd(11)} ${f(g.epsilon).padEnd(14)} ${pct(g.acceptance).padEnd(12)} ${f(g.ess, 3)}`),
    '',
    nl ? 'Posterior (mediaan, 90%-interval; prior):' : 'Posterior (median, 90% interval; prior):',
    ...r.parameters.map((p) => `  ${p.name.padEnd(width)}  ${f(p.median)} (${f(p.lo90)} – ${f(p.hi90)});  prior ${f(p.prior.min)} – ${f(p.prior.max)}, ${nl ? 'interval' : 'interval'} ${pct(p.narrowing)} ${nl ? 'daarvan' : 'of it'}`),
  ];
  if (r.predictive) lines.push('', nl ? `Posterior-predictie (${r.predictive.reps} herhalingen): ${pct(r.predictive.coverage90)} van de waarnemingen ligt binnen de 90%-band.` : `Posterior predictive (${r.predictive.reps} replications): ${pct(r.predictive.coverage90)} of the observations lie within the 90% band.`);
  if (r.comparison) {
    const m = Object.fromEntries(r.comparison.models.map((x) => [x.model, x]));
    lines.push('', nl ? `Modelvergelijking bij ε = ${f(r.comparison.epsilon)}: eenvoudige besmetting ${pct(m.simple.probability)}, complexe ${pct(m.complex.probability)} (Bayes-factor complex/eenvoudig ${f(r.comparison.bayesFactor)}).`
      : `Model comparison at ε = ${f(r.comparison.epsilon)}: simple contagion ${pct(m.simple.probability)}, complex ${pct(m.complex.probability)} (Bayes factor complex/simple ${f(r.comparison.bayesFactor)}).`);
  }
  for (const n of r.notes) lines.push(`${nl ? 'Let op' : 'Note'}: ${n[lang]}`);
  lines.push('', nl ? `Posterior opgeslagen in ${out}; gebruik hem met: sneeuwbal simulate --params ${out}` : `Posterior saved in ${out}; use it with: sneeuwbal simulate --params ${out}`, '');
  return lines.join('\n');
}
