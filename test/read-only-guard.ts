import { afterAll, beforeAll } from 'vitest';
import { testDatabase } from './database.js';
import { census, censusChanges, graphState, type GraphState } from './graph-state.js';

/**
 * Set up before every file of the graph layer: the file must not write to the shared graph,
 * by any path (its own Database, a service it starts, a command it runs). Neo4j's bookmark
 * of the latest committed transaction changes with every write, even one undone later, so
 * the file fails if it moved; the counts, the census and the fingerprint say what changed.
 */
const db = testDatabase();
let before: GraphState;
let labels: Map<string, number>;

beforeAll(async () => {
  before = await graphState(db);
  labels = await census(db);
});

afterAll(async () => {
  try {
    const after = await graphState(db);
    if (after.version === before.version) return;
    const changes = censusChanges(labels, await census(db));
    const what = changes.length
      ? `: ${changes.join(', ')}`
      : after.fingerprint !== before.fingerprint
        ? ': properties changed'
        : ' (and removed it again)';
    throw new Error(
      `this file wrote to the shared graph${what}. A test that writes belongs in the writes layer: name its file *.writes.test.ts and own what it creates with useWrites() (test/writes.ts).`,
    );
  } finally {
    await db.close();
  }
});
