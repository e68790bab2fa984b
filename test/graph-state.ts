import { createHash } from 'node:crypto';
import type { Database } from '../src/db/database.js';
import { fromGlobalId } from '../src/ids.js';

/** How much the shared graph holds: cheap to read (Neo4j keeps these counts). */
export type GraphCounts = { nodes: number; relationships: number };

/** The shared graph's counts, a fingerprint of everything it holds, and its version. */
export type GraphState = GraphCounts & {
  /** A hash of every node (labels, properties) and relationship (its ends, type, properties), in no particular order. */
  fingerprint: string;
  /** What the fingerprint hashes, by node and relationship (`Enterprise:<id>`, `<from>-[:TYPE]-><to>`): their properties as text. */
  items: Map<string, string[]>;
  /** The bookmark of the latest committed transaction: it changes with every write, whoever makes it. */
  version: string;
};

export async function graphCounts(db: Database): Promise<GraphCounts> {
  const [row] = await db.read<GraphCounts>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row!;
}

/**
 * The graph's state. Nodes are named by their labels and id (or key), not their element
 * ids, so a node deleted and made again just as it was (a seed reload) leaves it unchanged.
 */
export async function graphState(db: Database): Promise<GraphState> {
  const version = await db.version();
  const counts = await graphCounts(db);
  const refs = new Map<string, string>();
  const items = new Map<string, string[]>();
  const add = (ref: string, props: string) => void (items.get(ref) ?? items.set(ref, []).get(ref)!).push(props);
  for await (const { query, row } of db.streamRead([
    'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, type(r) AS type, properties(r) AS props, elementId(b) AS to',
  ])) {
    const props = canonical(row.props);
    if (query === 0) {
      const name: unknown = row.props.id ?? row.props.key;
      const ref = `${[...row.labels].sort().join(':')}:${typeof name === 'string' ? (fromGlobalId(name)?.key ?? name) : hash(props)}`;
      refs.set(row.id, ref);
      add(ref, props);
    } else {
      add(`${refs.get(row.from)}-[:${row.type}]->${refs.get(row.to)}`, props);
    }
  }
  const lines = [...items].flatMap(([ref, all]) => all.sort().map((props) => `${ref}\t${props}`));
  return { ...counts, fingerprint: hash(lines.sort().join('\n')), items, version };
}

/** Nodes per label and relationships per type. */
export async function census(db: Database): Promise<Map<string, number>> {
  const rows = await db.read<{ name: string; count: number }>(
    `CALL () { MATCH (n) UNWIND labels(n) AS label RETURN ':' + label AS name, count(*) AS count
               UNION ALL MATCH ()-[r]->() RETURN '-[:' + type(r) + ']-' AS name, count(*) AS count }
     RETURN name, count`,
  );
  return new Map(rows.map((r) => [r.name, r.count]));
}

/** What differs between two censuses, in words: `:Actual 0 -> 1`. */
export function censusChanges(before: Map<string, number>, after: Map<string, number>): string[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names
    .filter((n) => before.get(n) !== after.get(n))
    .map((n) => `${n} ${before.get(n) ?? 0} -> ${after.get(n) ?? 0}`);
}

/** What differs between two states, node by node and relationship by relationship, in words (the first few). */
export function itemChanges(before: GraphState, after: GraphState, most = 8): string[] {
  const changes: string[] = [];
  for (const ref of new Set([...before.items.keys(), ...after.items.keys()])) {
    const was = before.items.get(ref) ?? [];
    const is = after.items.get(ref) ?? [];
    if (was.join('\n') === is.join('\n')) continue;
    if (was.length === 1 && is.length === 1) {
      const [a, b] = [
        Object.fromEntries(JSON.parse(was[0]!) as [string, unknown][]),
        Object.fromEntries(JSON.parse(is[0]!) as [string, unknown][]),
      ];
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
        (k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]),
      );
      changes.push(
        `${ref}: ${keys.map((k) => `${k} ${JSON.stringify(a[k]) ?? '(none)'} -> ${JSON.stringify(b[k]) ?? '(none)'}`).join(', ')}`,
      );
    } else {
      changes.push(`${ref}: ${was.length} -> ${is.length}`);
    }
    if (changes.length === most) break;
  }
  return changes.map((c) => (c.length > 300 ? `${c.slice(0, 300)}…` : c));
}

/** Properties the fingerprint leaves out: `seedRun` names the seed load that last wrote a fact, so every reload changes it, and nothing else. */
const BOOKKEEPING = new Set(['seedRun']);

/**
 * Properties as text that depends neither on their order nor on the driver's value classes.
 * An empty list counts as no value: an import's undo leaves its provenance lists
 * (importSources, creditCodeImports, importedAliases) empty on the facts it touched, where
 * they were absent before; both say the same.
 */
function canonical(props: Record<string, unknown>): string {
  const kept = Object.entries(props).filter(
    ([key, value]) => !BOOKKEEPING.has(key) && !(Array.isArray(value) && value.length === 0),
  );
  return JSON.stringify(
    kept.sort(([a], [b]) => (a < b ? -1 : 1)),
    (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
  );
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
