/**
 * The layer rules of src/ (README "Layout"), checked on every `npm test` (npm run lint).
 * core is the pure model: it imports nothing of the project above it. data reads files into plain
 * values. experiments and calibration run the model: no UI, workers, CLI or benchmark. i18n is the
 * message catalogue of CLI and app: pure, leaning on core only. Cycles are refused, type-only
 * imports included, so a layer never leans on one above it by a back door.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-nothing-above',
      comment: 'src/core is the pure model (Node, Web Worker, tests, notebooks): it may import only itself, and the words it says (src/i18n/engine, a leaf).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/(core|i18n/engine)/' },
    },
    {
      name: 'engine-words-leaf',
      comment: 'src/i18n/engine holds the sentences of every layer, the core included, so it imports nothing outside itself.',
      severity: 'error',
      from: { path: '^src/i18n/engine/' },
      to: { path: '^src/', pathNot: '^src/i18n/engine/' },
    },
    {
      name: 'i18n-pure',
      comment:
        'src/i18n is the message catalogue shared by the CLI, the app and the experiments: pure text and Intl, leaning only on core types, so every layer above core may import it.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/(i18n|core)/' },
    },
    {
      name: 'data-only-core',
      comment: 'src/data turns files into values; it may lean on the core, not on what runs the model.',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: '^src/(experiments|calibration|ui|workers|cli|bench|docs|node)/' },
    },
    {
      name: 'experiments-no-ui',
      comment: 'experiments and calibration run in Node and Web Workers alike: no UI, workers, CLI or benchmark.',
      severity: 'error',
      from: { path: '^src/(experiments|calibration)/' },
      to: { path: '^src/(ui|workers|cli|bench|docs|node)/' },
    },
    {
      name: 'cli-no-ui',
      comment: 'the CLI, the benchmark and the Node data module run in Node: no browser UI.',
      severity: 'error',
      from: { path: '^src/(cli|bench|node)/' },
      to: { path: '^src/ui/' },
    },
    {
      name: 'node-data-below-cli',
      comment: 'src/node loads data for the CLI, the benchmark, the notebooks and the docs alike: it leans on none of them.',
      severity: 'error',
      from: { path: '^src/node/' },
      to: { path: '^src/(cli|bench|docs|workers)/' },
    },
    {
      name: 'no-node-builtins-in-pure-code',
      comment: 'core, data, experiments, calibration and the catalogue run in a Web Worker too.',
      severity: 'error',
      from: { path: '^src/(core|data|experiments|calibration|i18n)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-cycles',
      comment: 'no import cycles, type-only ones included.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'a module nothing imports is dead code (entry points excepted).',
      severity: 'error',
      from: { orphan: true, path: '^src/', pathNot: ['\\.d\\.ts$', '^src/main\\.ts$', '^src/cli/bin\\.mjs$', '\\.worker\\.ts$', '^src/docs/'] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|test-output)/' },
  },
};
