/*
 * The lint that `npm test` and `npm run lint` run: typescript-eslint's recommended rules and
 * the rules of hooks for the pane. Formatting is Prettier's (.prettierrc.json), checked beside it.
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', '.lo-profile/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Control characters are matched on purpose: sheet names, cell text and file names
      // refuse them because Excel and the .xlsx XML cannot hold them.
      'no-control-regex': 'off',
    },
  },
  {
    // Node scripts, configuration and the command's launcher are CommonJS.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
