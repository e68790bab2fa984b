import { inject } from 'vitest';
import { Database } from '../src/db/database.js';

/** A Database on the run's real Neo4j (see global-setup.ts). Close it in afterAll. */
export function testDatabase(): Database {
  return new Database(inject('neo4j'));
}
