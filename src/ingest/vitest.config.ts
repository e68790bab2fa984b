import { defineConfig } from 'vitest/config';

/**
 * The ingestion tests are pure (no database): `npx vitest run --config src/ingest/vitest.config.ts`
 * runs them in seconds without the project's global setup, which starts Neo4j. The root
 * configuration runs them too, with everything else.
 */
export default defineConfig({
  test: {
    include: ['src/ingest/**/*.test.ts', 'src/place/divisions.test.ts'],
    testTimeout: 60_000,
    root: new URL('../..', import.meta.url).pathname,
  },
});
