import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Tests in four layers (CONTRIBUTING.md, "Tests: which layer a new test belongs in"), run
 * in this order, each layer after the one before has finished:
 *
 * - unit: `*.unit.test.ts`, pure logic; no database, files in parallel.
 * - graph: other `*.test.ts`; they read the seeded graph and never write (test/read-only-guard.ts fails a file that does).
 * - writes: `*.writes.test.ts`; they change data, and own and remove it through test/writes.ts
 *   (test/leak-guard.ts fails a file that leaves the graph changed).
 * - browser: `web/e2e/*.test.ts`, Chromium on the built web app (leak-guarded as writes are).
 *
 * The last three share one seeded Neo4j (test/global-setup.ts, started once however many
 * of them run) and run their files one at a time.
 */
const SOURCES = ['src', 'seed', 'test', 'bench', 'web/src'];
const files = (suffix: string) => SOURCES.map((dir) => `${dir}/**/*${suffix}`);
const UNIT = files('.unit.test.ts');
const WRITES = files('.writes.test.ts');
const BROWSER = ['web/e2e/**/*.test.ts'];

/** What every layer on the shared Neo4j has: its start, one file at a time, and the times a real database needs. */
const onNeo4j = {
  globalSetup: ['test/global-setup.ts'],
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: UNIT,
          sequence: { groupOrder: 0 },
          // Vitest's default is a worker per core but one, which on two cores runs them one at a time.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          // Files share their worker's modules: importing them again for every file took half the layer's time.
          isolate: false,
          setupFiles: ['test/unit-setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'graph',
          include: files('.test.ts'),
          exclude: [...UNIT, ...WRITES, ...BROWSER, '**/node_modules/**'],
          setupFiles: ['test/read-only-guard.ts'],
          sequence: { groupOrder: 1 },
          ...onNeo4j,
        },
      },
      {
        test: {
          name: 'writes',
          include: WRITES,
          setupFiles: ['test/leak-guard.ts'],
          sequence: { groupOrder: 2 },
          ...onNeo4j,
        },
      },
      {
        test: {
          name: 'browser',
          include: BROWSER,
          setupFiles: ['test/leak-guard.ts'],
          sequence: { groupOrder: 3 },
          ...onNeo4j,
        },
      },
    ],
  },
});
