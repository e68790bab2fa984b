import type { Problem } from './problems.js';
import type { ImportRow } from './read/rows.js';
import { validateRow, type Reference, type ValidRow } from './validate.js';

/** Rows per batch: one lookup query and one write transaction each. */
export const BATCH_ROWS = 2_000;

/** The file's rows, validated, in batches; each invalid row's problems are handed to `onProblems`. */
export async function* validBatches(
  rows: AsyncIterable<ImportRow>,
  ref: Reference,
  onProblems: (problems: Problem[]) => void,
  size = BATCH_ROWS,
): AsyncGenerator<{ valid: ValidRow[]; seen: number }> {
  let valid: ValidRow[] = [];
  let seen = 0;
  for await (const row of rows) {
    seen++;
    const checked = validateRow(row, ref);
    if ('problems' in checked) onProblems(checked.problems);
    else valid.push(checked.row);
    if (valid.length >= size) {
      yield { valid, seen };
      valid = [];
    }
  }
  yield { valid, seen };
}

/**
 * Iterates with the next item already being made: while the database works on one batch,
 * the file's next batch is parsed and validated (Node and Neo4j each keep a core busy).
 */
export async function* ahead<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]();
  let next = iterator.next();
  for (;;) {
    const current = await next;
    if (current.done) return;
    next = iterator.next();
    // A failure while making the next item is reported when it is reached, not as an unhandled rejection.
    next.catch(() => undefined);
    yield current.value;
  }
}
