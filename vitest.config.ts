import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'seed/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts', 'web/e2e/**/*.test.ts'],
    // One real Neo4j for the whole run, started (or reached through NEO4J_URI) here.
    globalSetup: ['test/global-setup.ts'],
    // Test files share that database; running them one at a time keeps their data apart.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
