import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { sealer } from './data-key.js';
import { PRIVATE_PROPERTIES } from './fields.js';
import { PLAIN_PRIVATE_VALUES, SET_SEALED_VALUES } from './queries.js';

/**
 * Seals private values stored in the clear (by a version before sealing, or restored
 * from its backup), in batches; run at every start, it finds nothing once done.
 */
export async function sealStoredPrivateValues(db: Database, log: Logger): Promise<number> {
  const s = sealer();
  let sealedCount = 0;
  for (const [label, keys] of Object.entries(PRIVATE_PROPERTIES)) {
    for (;;) {
      const rows = await db.read<{ node: string; values: unknown[] }>(PLAIN_PRIVATE_VALUES, { label, keys: [...keys] });
      if (!rows.length) break;
      const sealedRows = rows.map(({ node, values }) => ({
        node,
        props: Object.fromEntries(keys.map((k, i) => [k, s.seal(values[i] as string | number | null)])),
      }));
      await db.write(SET_SEALED_VALUES, { rows: sealedRows });
      sealedCount += rows.length;
    }
  }
  if (sealedCount) log.info({ nodes: sealedCount }, 'sealed private values stored in the clear');
  return sealedCount;
}
