import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Two projects: the pure core's tests as before, and the runes state classes' (`*.svelte.test.ts`),
// compiled by the Svelte plugin for the client and run on Svelte's client runtime, so `$state`,
// `$derived` and `$effect` behave as in the page (docs/testing.md).
export default defineConfig({
  test: {
    setupFiles: ['test/unit/setup-english.ts'],
    environment: 'node',
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], exclude: ['test/unit/**/*.svelte.test.ts'] } },
      {
        extends: true,
        plugins: [svelte({ dynamicCompileOptions: () => ({ generate: 'client' }) })],
        ssr: { resolve: { conditions: ['browser'] } },
        test: { name: 'runes', include: ['test/unit/**/*.svelte.test.ts'], server: { deps: { inline: ['svelte'] } } },
      },
    ],
  },
});
