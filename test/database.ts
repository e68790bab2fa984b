import { inject } from 'vitest';
import { Database, type DatabaseOptions } from '../src/db/database.js';

/**
 * How to reach the run's real Neo4j (see global-setup.ts). A unit test has none: one that
 * asks is told to move to a layer with a database.
 */
export function testNeo4j(): DatabaseOptions {
  const neo4j = inject('neo4j');
  if (!neo4j)
    throw new Error(
      'this test needs the database, but its file is a unit test (*.unit.test.ts), which runs without one: rename it *.test.ts (reads the seeded graph) or *.writes.test.ts (changes it)',
    );
  return neo4j;
}

/** A Database on the run's real Neo4j. Close it in afterAll. */
export function testDatabase(): Database {
  return new Database(testNeo4j());
}

/** The environment variables that point a child process (a CLI, the service) at the run's Neo4j. */
export function neo4jEnv(): Record<string, string> {
  const neo4j = testNeo4j();
  return {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
  };
}
