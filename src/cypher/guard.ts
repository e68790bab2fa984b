import { badInput } from '../errors.js';

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

/**
 * Checks an EXPLAIN plan: the query must be read-only (`queryType` r), must not load
 * files, and may call only allowed procedures. Throws BAD_USER_INPUT naming the reason.
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
    node.children.forEach(walk);
  };
  if (plan) walk(plan);
}
