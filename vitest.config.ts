import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    setupFiles: ['test/unit/setup-english.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
