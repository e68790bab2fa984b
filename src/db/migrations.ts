import type { Logger } from '../logger.js';
import type { Database } from './database.js';

/**
 * Constraints and indexes, applied at every start. Each statement is idempotent
 * (`IF NOT EXISTS`), so applying them again changes nothing. Domain areas add theirs
 * to this list; names say what they guard.
 */
export const MIGRATIONS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
];

export async function applyMigrations(db: Database, log: Logger, statements = MIGRATIONS): Promise<void> {
  for (const cypher of statements) await db.schema(cypher);
  await db.schema('CALL db.awaitIndexes(300)');
  log.info({ statements: statements.length }, 'schema migrations applied');
}
