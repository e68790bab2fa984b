import type { Database } from '../src/db/database.js';
import { removeImported } from '../src/import/journal.js';

/**
 * Leaves the shared test graph as the seed made it, whatever a test's imports did:
 * every import still stating facts is removed through the journal's own undo (so a
 * failed test cannot leave enterprises behind for the next file to count), then the
 * records and the lock go.
 */
export async function clearImports(db: Database): Promise<void> {
  const left = await db.read<{ id: string; status: string }>("MATCH (i:Import) WHERE i.status IN ['DONE', 'RUNNING', 'FAILED', 'UNDOING'] RETURN i.id AS id, i.status AS status");
  for (const { id, status } of left) await removeImported(db, id, status === 'DONE' ? 'UNDONE' : 'ROLLED_BACK', {});
  await db.write('MATCH (i:Import) DETACH DELETE i');
  await db.write('MATCH (l:ImportLock) DELETE l');
}
