// ESLint 9 flat config for the whole monorepo. Run per project by the Nx `lint` targets
// (`eslint --max-warnings 0 <project root>`), so a warning fails as surely as an error.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const TESTS = ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', '**/test/**/*.ts', 'apps/e2e/**/*.ts'];
const REACT = ['apps/partner-portal/**/*.{ts,tsx}', 'apps/back-office/**/*.{ts,tsx}', 'libs/ui/**/*.{ts,tsx}', 'libs/i18n/**/*.{ts,tsx}', 'libs/graphql-client/**/*.{ts,tsx}'];
// Config files that no tsconfig includes: linted without type information.
const UNTYPED_CONFIG = ['apps/*/vite.config.ts', 'tools/vite/*.ts'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'tmp/**', 'coverage/**', '.nx/**', '.data/**', '**/generated/**'] },

  js.configs.recommended,
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // Plain JavaScript: tools, configs and scripts run by Node.
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },

  // TypeScript, type-aware: each file is checked against the nearest tsconfig.json.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TS })),
  {
    files: TS,
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: UNTYPED_CONFIG }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Nest resolvers and services are async by contract even when a body does not await.
      '@typescript-eslint/require-await': 'off',
      // Templates of numbers and booleans read fine; objects are still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
      // Event handlers returning promises (onSubmit={async …}) are the React idiom.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  { files: UNTYPED_CONFIG, ...tseslint.configs.disableTypeChecked },

  // Tests may be loose where the code under test may not.
  {
    files: TESTS,
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // Import order everywhere, fixable with `eslint --fix`.
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: { 'simple-import-sort/imports': 'error', 'simple-import-sort/exports': 'error' },
  },

  // The API logs through Nest's Logger (pino), never the console.
  { files: ['apps/api/src/**/*.ts'], rules: { 'no-console': 'error' } },

  // React apps and libraries: hooks rules and accessibility.
  {
    files: REACT,
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser }, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Props typed with method signatures (`onDone(): void`) are destructured by design; they
      // never rely on `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // Module boundaries from the Nx project tags: no app imports another app's code.
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
            { sourceTag: 'scope:back-office', onlyDependOnLibsWithTags: ['scope:back-office', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:e2e', 'scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools'] },
            { sourceTag: 'type:lib', notDependOnLibsWithTags: ['type:app'] },
          ],
        },
      ],
    },
  },
  // Build and test configs reach the shared root configs (jest.swc.cjs) by path, by design.
  { files: ['**/jest.config.cjs', '**/vite.config.ts'], rules: { '@nx/enforce-module-boundaries': 'off' } },
);
