import { afterAll, beforeAll } from 'vitest';
import { testDatabase } from './database.js';
import { census, censusChanges, graphState, itemChanges, type GraphState } from './graph-state.js';

/**
 * Set up before every file of the writes and browser layers: the file must leave the
 * shared graph as it found it, content included (a property an undo left behind counts),
 * so that no later file depends on what an earlier one did. What a test creates it owns
 * and removes through useWrites() (test/writes.ts); this says what it forgot.
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
    if (after.fingerprint === before.fingerprint) return;
    const changes = [...censusChanges(labels, await census(db)), ...itemChanges(before, after)];
    throw new Error(
      `this file left the shared graph changed; own what its tests create with useWrites() (test/writes.ts):\n  ${changes.join('\n  ')}`,
    );
  } finally {
    await db.close();
  }
});
