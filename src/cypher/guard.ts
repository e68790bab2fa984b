import { badInput } from '../errors.js';
import { PRIVATE_LABELS, PRIVATE_TYPES } from '../pipeline/labels.js';

/** Procedures an analyst may call: schema introspection and full-text search, nothing that writes, administers, or reaches files or the network. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'dbms.components',
]);

/** Plan operators that read files or the network, whatever the query type says. */
const FORBIDDEN_OPERATORS = new Set(['LoadCSV']);

/**
 * SHOW and TERMINATE commands plan as read-only, yet SHOW TRANSACTIONS shows other
 * users' queries, SHOW SETTINGS the server's configuration, and TERMINATE ends others'
 * work. Only these schema listings are allowed.
 */
const ALLOWED_COMMANDS = new Set(['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures']);

export type PlanNode = { operatorType: string; arguments: Record<string, unknown>; children: PlanNode[] };

const PRIVATE_NAMES: ReadonlySet<string> = new Set([...PRIVATE_LABELS, ...PRIVATE_TYPES]);

/**
 * Operators that reach nodes or relationships without naming a label or type: all-nodes
 * and all-relationships scans (what `MATCH (n)`, `(n:!Enterprise)`, `(n:%)` and a dynamic
 * `(n:$(…))` plan to), and seeks by `id()` or `elementId()`. Any of them could reach the
 * pipeline's island (src/pipeline/labels.ts), so none is allowed. Counts from the count
 * store (`MATCH (n) RETURN count(n)`) are not among them: they tell a total, no node.
 */
const UNANCHORED: { pattern: RegExp; message: string }[] = [
  {
    pattern: /AllNodesScan/,
    message:
      'cypher: a query must start from a label (MATCH (n:Enterprise) …): scanning all nodes could reach pipeline data, which analysts may not read. A node without a label, with a negated label (n:!Enterprise) or a wildcard (n:%) scans all nodes.',
  },
  {
    pattern: /AllRelationshipsScan/,
    message:
      'cypher: a relationship pattern must have a type or start from a labelled node (MATCH (:Enterprise)-[r]-() …): scanning all relationships could reach pipeline data, which analysts may not read.',
  },
  {
    pattern: /By(Element)?IdSeek/,
    message:
      'cypher: nodes and relationships cannot be looked up by id() or elementId(): an id could reach pipeline data, which analysts may not read. Start from a label and match a property instead (MATCH (e:Enterprise {id: …}) …).',
  },
];

const PRIVATE_MESSAGE = `pipeline and account data (${PRIVATE_LABELS.join(', ')}; relationships ${PRIVATE_TYPES.join(', ')}) cannot be read from Cypher`;

/**
 * The label and relationship-type names an operator's text uses in label position: after
 * `:` (`n:Lead`, `[r:HAS_EVENT]`, `(:User)`, `NOT n:Session`) or inside a label expression
 * after `|` or `&`, through `!` and `(` (`n:Enterprise|User`, `n:Enterprise&!Lead`). String
 * literals are left out, and so are `quoted` names with anything but a name inside (a
 * column called `x:Lead`), so `e.name = 'Lead Ltd'` or a property `e.Lead` names no label.
 * A dynamic label or type (`$(…)`, shown as `$all(…)` or `$any(…)`) is returned as `$(…)`.
 */
export function labelNames(text: string): string[] {
  const plain = text.replace(
    /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`((?:[^`]|``)*)`/g,
    (_literal: string, quoted?: string) =>
      quoted !== undefined && /^[A-Za-z_]\w*$/.test(quoted) ? ` ${quoted} ` : ' _ ',
  );
  const tokens = plain.match(/\$?[A-Za-z_]\w*|\S/g) ?? [];
  const names: string[] = [];
  tokens.forEach((token, i) => {
    if (!/^\$?[A-Za-z_]/.test(token)) return;
    let j = i - 1;
    while (j >= 0 && (tokens[j] === '!' || tokens[j] === '(')) j--;
    // `::` is a type annotation (a procedure's signature), not a label.
    if (![':', '|', '&'].includes(tokens[j] ?? '') || (tokens[j] === ':' && tokens[j - 1] === ':')) return;
    if (token.startsWith('$')) {
      if (token === '$all' || token === '$any') names.push('$(…)');
    } else names.push(token);
  });
  return names;
}

/** The text of a plan operator's arguments: its details, and any other string (or list of strings) it carries. */
function argumentText(node: PlanNode): string {
  return Object.values(node.arguments)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string')
    .join('\n');
}

/**
 * Checks an EXPLAIN plan: the query must be read-only (`queryType` r), must not load
 * files, may call only allowed procedures, and must not reach the pipeline's island
 * (src/pipeline/labels.ts): no operator may name a private label or relationship type,
 * use a dynamic one, scan all nodes or all relationships, or seek by id. Throws
 * BAD_USER_INPUT naming the reason.
 */
export function checkPlan(queryType: string | undefined, plan: PlanNode | false | undefined): void {
  if (queryType !== 'r')
    throw badInput(`cypher: only read-only queries are allowed (this one is of type "${queryType ?? 'unknown'}").`, {
      argument: 'query',
    });
  const walk = (node: PlanNode): void => {
    const operator = node.operatorType.split('@')[0]!;
    if (FORBIDDEN_OPERATORS.has(operator)) throw badInput('cypher: LOAD CSV is not allowed.', { argument: 'query' });
    if (/^(Show|Terminate)/.test(operator) && !ALLOWED_COMMANDS.has(operator)) {
      throw badInput(
        `cypher: the command ${operator.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase()} is not allowed.`,
        { argument: 'query' },
      );
    }
    if (operator.startsWith('ProcedureCall')) {
      const details = String(node.arguments.Details ?? node.arguments.Signature ?? '');
      const name = /^([\w.]+)\s*\(/.exec(details)?.[1];
      if (!name || !ALLOWED_PROCEDURES.has(name))
        throw badInput(`cypher: the procedure ${name ?? details} is not allowed.`, { argument: 'query' });
    }
    const names = labelNames(argumentText(node));
    const named = names.find((name) => PRIVATE_NAMES.has(name));
    if (named) throw badInput(`cypher: ${PRIVATE_MESSAGE}; this query names ${named}.`, { argument: 'query' });
    if (names.includes('$(…)')) {
      throw badInput(
        'cypher: dynamic labels and relationship types ($(…)) are not allowed: the guard cannot tell whether they name pipeline or account data, which analysts may not read.',
        { argument: 'query' },
      );
    }
    const unanchored = UNANCHORED.find(({ pattern }) => pattern.test(operator));
    if (unanchored) throw badInput(unanchored.message, { argument: 'query' });
    node.children.forEach(walk);
  };
  if (plan) walk(plan);
}
