import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const nodeOnly = ['process', 'Buffer', 'require', '__dirname', 'global']
  .map((name) => ({ name, message: 'Node-only: the app runs in the browser.' }));

export default ts.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'test-results/', 'playwright-report/', '.cache/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Node's globals (process, Buffer…) only where Node runs the code, not in the app's src/.
    files: ['scripts/**', 'bench/**', 'test/**', '*.config.*', '.ci/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // TypeScript sees Node's types everywhere (tests and scripts share one tsconfig), so the
    // app's own code is kept off Node's globals here.
    files: ['src/**'],
    rules: { 'no-restricted-globals': ['error', ...nodeOnly] },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // The pure core and what the worker loads (docs/architecture.md): no Svelte, no map, no UI
    // modules, no page-only globals (the worker has none of them; TypeScript's DOM types would not say so).
    files: ['src/lib/{data,analysis,worker,io}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['svelte', 'svelte/*', 'maplibre-gl', '*.svelte'], message: 'The pure core imports no Svelte or MapLibre.' },
        { group: ['**/ui/*', '**/map/*', '**/state/*', '**/modes/*'], message: 'The pure core imports no UI, map, state or mode module.' },
      ] }],
      'no-restricted-globals': ['error', ...['document', 'window', 'localStorage', 'sessionStorage', 'alert', 'confirm', 'getComputedStyle', 'requestAnimationFrame', 'HTMLElement', 'matchMedia', 'history', 'innerWidth', 'innerHeight', 'devicePixelRatio']
        .map((name) => ({ name, message: 'Page-only: the pure core also runs in the analysis worker.' })), ...nodeOnly],
    },
  },
  {
    // The layers above the pure core (docs/architecture.md): state and i18n know nothing of the map,
    // the panels or the modes; the map nothing of the panels; the panels only the map's palette.
    files: ['src/lib/{state,i18n}/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['maplibre-gl', '**/ui/*', '**/map/*', '**/modes/*'], message: 'State and i18n import no map, UI or mode module.' }] }] },
  },
  {
    files: ['src/lib/map/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/*', '**/modes/*'], message: 'The map imports no UI or mode module (a pure helper both need goes to lib/io or lib/data).' }] }] },
  },
  {
    files: ['src/lib/ui/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['maplibre-gl', '**/map/*', '!**/map/palette', '**/modes/*'], message: 'The panels import no MapLibre, no mode and of the map only its palette.' }] }] },
  },
);
