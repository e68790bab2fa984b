import type { Database } from '../db/database.js';
import { toPlain } from '../db/values.js';
import { checkPlan, type PlanNode } from './guard.js';

export type CypherAnswer = { columns: string[]; rows: unknown[][]; truncated: boolean };
export type CypherLimits = { rows: number; bytes: number; timeoutMs: number };

/**
 * Runs an analyst's query in one read transaction after checking its EXPLAIN plan, and
 * rolls it back. The database would refuse a write in a read transaction anyway; the
 * plan check also refuses reads of files and unlisted procedures, and says why. The
 * transaction carries `runId` in its metadata, so the pool can find it on the server.
 */
export async function runReadOnly(
  db: Database,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
  runId: string,
): Promise<CypherAnswer> {
  return db.readOnce(
    async (tx) => {
      const explained = await tx.run(`EXPLAIN ${query}`, params);
      checkPlan(explained.summary.queryType, explained.summary.plan as PlanNode | false);
      const result = tx.run(query, params);
      const columns = ((await result.keys()) as string[]).map(String);
      const rows: unknown[][] = [];
      let bytes = 0;
      let truncated = false;
      for await (const record of result) {
        if (rows.length === limits.rows) {
          truncated = true;
          break;
        }
        const row = columns.map((c) => toPlain(record.get(c)));
        bytes += JSON.stringify(row).length;
        if (bytes > limits.bytes) {
          truncated = true;
          break;
        }
        rows.push(row);
      }
      return { columns, rows, truncated };
    },
    { timeoutMs: limits.timeoutMs, metadata: { app: 'chain-atlas', analystRun: runId } },
  );
}
