import type { Database } from '../src/db/database.js';
import { sealer } from '../src/privacy/data-key.js';

/** Deletes the actuals a test recorded with this note (notes are sealed in the graph, so they are compared unsealed). */
export async function removeActualsNoted(db: Database, note: string): Promise<void> {
  const rows = await db.read<{ id: string; note: string | null }>('MATCH (a:Actual) RETURN a.id AS id, a.note AS note');
  const ids = rows.filter((r) => sealer().unseal(r.note) === note).map((r) => r.id);
  await db.write('MATCH (a:Actual) WHERE a.id IN $ids DETACH DELETE a', { ids });
}

/** Deletes the actuals this user recorded (who recorded one is sealed in the graph, so it is compared unsealed). */
export async function removeActualsRecordedBy(db: Database, subject: string): Promise<void> {
  const rows = await db.read<{ id: string; by: string | null }>('MATCH (a:Actual) RETURN a.id AS id, a.recordedBy AS by');
  const ids = rows.filter((r) => sealer().unseal(r.by) === subject).map((r) => r.id);
  await db.write('MATCH (a:Actual) WHERE a.id IN $ids DETACH DELETE a', { ids });
}
