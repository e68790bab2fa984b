import type { Statement } from '../db/database.js';
import { toGlobalId } from '../ids.js';
import { lineProblem, type Problem } from './problems.js';
import { EXISTING_MATCHES } from './queries.js';
import type { ValidRow } from './validate.js';

/** Where a row goes: into an enterprise already in the graph, or a new one; or why it cannot go anywhere. */
export type Decision =
  | { line: number; existing: true; id: string; name: string; by: 'code' | 'name' }
  | { line: number; existing: false; id: string }
  | { line: number; problem: Problem };

type Candidate = { id: string; name: string; code: string | null };
type MatchRow = { line: number; byCode: { id: string; name: string }[]; byName: Candidate[] };

/** Something that runs one read query: a database's read, or a statement of an open transaction. */
export type Reader = <T>(cypher: string, params: Record<string, unknown>) => Promise<T[]>;

/** A Reader over a statement of an open transaction. */
export const inTransaction =
  (run: Statement): Reader =>
  async <T>(cypher: string, params: Record<string, unknown>) =>
    (await run<T>(cypher, params)).rows;

/**
 * The id of a new enterprise: from its credit code when it has one (two companies may share
 * a name, never a code), else from its name, so that importing the same row again finds it.
 */
export const newEnterpriseId = (row: ValidRow) =>
  toGlobalId('Enterprise', row.code ? `统一社会信用代码:${row.code}` : row.name);

/**
 * Decides for each row of a batch, with one indexed lookup of just its codes and names:
 * the enterprise its credit code names; else the one enterprise whose name or alias is its
 * name or an alias (one with another credit code is another company); else a new one.
 * A row that matches several enterprises is a problem, named with them. Only the rows
 * `lookUp` selects are looked up; the others are new.
 */
export async function decide(
  read: Reader,
  rows: ValidRow[],
  importId: string | null,
  lookUp: (row: ValidRow) => boolean = () => true,
): Promise<Decision[]> {
  const asked = rows.filter(lookUp);
  const params = {
    import: importId,
    rows: asked.map((r) => ({ line: r.line, code: r.code, names: [r.name, ...r.aliases] })),
  };
  const found = new Map((asked.length ? await read<MatchRow>(EXISTING_MATCHES, params) : []).map((m) => [m.line, m]));
  return rows.map((row): Decision => {
    const m = found.get(row.line) ?? { line: row.line, byCode: [], byName: [] };
    if (row.code && m.byCode.length)
      return { line: row.line, existing: true, id: m.byCode[0]!.id, name: m.byCode[0]!.name, by: 'code' };
    const candidates = m.byName.filter((c) => !row.code || !c.code || c.code === row.code);
    if (candidates.length > 1) {
      const names = candidates.map((c) => c.name).join('、');
      return {
        line: row.line,
        problem: lineProblem(row.line, {
          EN: `"${row.name}" and its aliases match several enterprises already in the graph: ${names}`,
          ZH: `“${row.name}”及其简称与图谱中已有的多家企业相符：${names}；请填写统一社会信用代码以区分`,
        }),
      };
    }
    if (candidates.length === 1)
      return { line: row.line, existing: true, id: candidates[0]!.id, name: candidates[0]!.name, by: 'name' };
    return { line: row.line, existing: false, id: newEnterpriseId(row) };
  });
}
