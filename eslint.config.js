// typescript-eslint's recommended rules over the sources, tests, notebooks and data scripts
// (npm run lint). No layout rules here: layout is prettier's (.prettierrc.json; npm run format),
// checked by npm run lint as well.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test-output/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,mjs,js}'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // A leading underscore marks a parameter a signature needs but the body does not use.
      // `a && b()` and `c ? x() : y()` as statements are this code base's idiom for short guards.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // TypeScript itself checks names in .ts; plain .mjs/.js entry points run in Node.
    files: ['**/*.{mjs,js,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', module: 'writable' } },
  },
);
