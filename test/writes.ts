import { rm } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Database } from '../src/db/database.js';
import { importRecord, recoverInterrupted, removeImported } from '../src/import/journal.js';
import { createLogger } from '../src/logger.js';
import { testDatabase } from './database.js';
import { census, censusChanges, graphCounts, type GraphCounts } from './graph-state.js';

/**
 * What a test that writes to the shared graph owns: everything it registers here is
 * removed after it (after the file, when registered in a beforeAll), whatever its
 * assertions did. Register what you create as you create it, by id: private fields
 * (an actual's note, an import's officer) are sealed in the graph, so nothing can be
 * found by them afterwards.
 */
export type Owned = {
  /** A Database on the shared graph, open until the file's end (the fixture's own). */
  readonly db: Database;
  /** Nodes by their `id` property (an Actual's, an Enterprise's…): detached and deleted. */
  node(...ids: string[]): void;
  /** Imports by id: undone through the journal's own undo (rolled back when unfinished), then their records go. */
  import(...ids: string[]): void;
  /**
   * Nodes of these labels that appear from now on, for what the test makes where it cannot
   * see the id (a browser, a command, a contract operation that does not return it): new
   * Imports are undone as `import` does, other new nodes deleted.
   */
  track(...labels: string[]): Promise<void>;
  /** Files or folders, removed. */
  file(...paths: string[]): void;
  /** Any other way back (a seed reload, generated data): run after the test, last registered first. */
  undo(step: () => Promise<unknown>): void;
};

/** What one test (or a file's hooks) registered, removed together. */
type Scope = { steps: (() => Promise<unknown>)[]; tracked: Map<string, Set<string>> };

/** Labels every scope watches: the import lock is created by the first import and removed with the last one owned. */
const ALWAYS_TRACKED = ['ImportLock'];
const quiet = createLogger('silent');

/**
 * The one fixture for tests that change the shared graph (neo4j/graphql's tests-helper
 * owns its test data the same way). Call it at the top of the file's (or outermost)
 * describe; `track` lists labels to watch for every test. After each test it removes
 * what the test owned and fails the test if the graph's node or relationship count is
 * not what it was before the test; after the file, the same for what the file's hooks
 * owned. (The writes layer also compares the whole graph's content before and after each
 * file: test/leak-guard.ts.)
 */
export function useWrites({ track = [] }: { track?: string[] } = {}): Owned {
  const db = testDatabase();
  const file: Scope = { steps: [], tracked: new Map() };
  let test: Scope | undefined;
  let fileStart: GraphCounts;
  let testStart: GraphCounts;
  let fileCensus: Map<string, number>;
  const scope = () => test ?? file;

  const owned: Owned = {
    db,
    node: (...ids) => void scope().steps.push(() => db.write('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids })),
    import: (...ids) => void scope().steps.push(() => removeImports(db, ids)),
    track: async (...labels) => watch(db, scope(), labels),
    file: (...paths) =>
      void scope().steps.push(() => Promise.all(paths.map((p) => rm(p, { recursive: true, force: true })))),
    undo: (step) => void scope().steps.push(step),
  };

  /** Fails with what changed since `start`: the counts, and per label and type since the file began. */
  const expectCounts = async (start: GraphCounts, who: string) => {
    const now = await graphCounts(db);
    if (now.nodes === start.nodes && now.relationships === start.relationships) return;
    const changes = censusChanges(fileCensus, await census(db));
    throw new Error(
      `${who} left the shared graph with ${now.nodes} nodes and ${now.relationships} relationships, not ${start.nodes} and ${start.relationships}` +
        `${changes.length ? ` (since the file began: ${changes.join(', ')})` : ''}. Register what it creates with useWrites() (test/writes.ts): node(id), import(id), track(label) or undo(step).`,
    );
  };

  beforeAll(async () => {
    fileStart = await graphCounts(db);
    fileCensus = await census(db);
    await watch(db, file, [...ALWAYS_TRACKED, ...track]);
  });
  beforeEach(async () => {
    test = { steps: [], tracked: new Map() };
    await watch(db, test, [...ALWAYS_TRACKED, ...track]);
    testStart = await graphCounts(db);
  });
  afterEach(async () => {
    const done = test!;
    test = undefined;
    await release(db, done);
    await expectCounts(testStart, 'the test');
  });
  afterAll(async () => {
    try {
      await release(db, file);
      await expectCounts(fileStart, "the file's hooks");
    } finally {
      await db.close();
    }
  });
  return owned;
}

/** Notes which nodes of these labels exist now, so that the ones made later can be removed. */
async function watch(db: Database, scope: Scope, labels: string[]): Promise<void> {
  for (const label of labels) {
    if (scope.tracked.has(label)) continue;
    const rows = await db.read<{ id: string }>(`MATCH (n:\`${label}\`) RETURN elementId(n) AS id`);
    scope.tracked.set(label, new Set(rows.map((r) => r.id)));
  }
}

/** Removes what a scope owned: its steps, last first, then the new nodes of the labels it watched. Every step runs; the first error is thrown after. */
async function release(db: Database, scope: Scope): Promise<void> {
  const errors: unknown[] = [];
  const attempt = async (step: () => Promise<unknown>) => step().catch((err: unknown) => void errors.push(err));
  for (const step of scope.steps.reverse()) await attempt(step);
  // Imports first: undoing one needs the nodes it stated, and the lock goes after them.
  const labels = [...scope.tracked.keys()].sort(
    (a, b) =>
      Number(b === 'Import') - Number(a === 'Import') || Number(a === 'ImportLock') - Number(b === 'ImportLock'),
  );
  for (const label of labels) {
    await attempt(async () => {
      const before = [...scope.tracked.get(label)!];
      if (label === 'Import') {
        const added = await db.read<{ id: string }>(
          'MATCH (i:Import) WHERE NOT elementId(i) IN $before RETURN i.id AS id',
          { before },
        );
        await removeImports(
          db,
          added.map((r) => r.id),
        );
      } else {
        await db.write(`MATCH (n:\`${label}\`) WHERE NOT elementId(n) IN $before DETACH DELETE n`, { before });
      }
    });
  }
  if (errors.length) throw errors[0];
}

/**
 * Removes imports as an officer's undo would, and then their records: a finished one is
 * undone, an unfinished one rolled back (one whose process is gone through the journal's
 * recovery; one still being written is waited for first).
 */
async function removeImports(db: Database, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await recoverInterrupted(db, quiet);
  for (const id of ids) {
    let record = await importRecord(db, id);
    for (let i = 0; i < 600 && record && ['RUNNING', 'UNDOING'].includes(record.status); i++) {
      await new Promise((r) => setTimeout(r, 100));
      record = await importRecord(db, id);
    }
    if (record && record.status !== 'UNDONE' && record.status !== 'ROLLED_BACK') {
      await removeImported(db, id, record.status === 'DONE' ? 'UNDONE' : 'ROLLED_BACK', {});
    }
    await db.write('MATCH (i:Import {id: $id}) DETACH DELETE i', { id });
  }
}
