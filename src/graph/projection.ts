import { prefetchKey } from './shapes.js';
import type { SelectionPlan } from './selection.js';

/**
 * The Cypher map projection of `variable` that a plan asks for: its properties, and
 * each relation as a COLLECT subquery projected the same way, nested as deep as the
 * selection. Only fragments written in this code base and property names that are
 * GraphQL identifiers enter the text; every value stays a query parameter.
 */
export function projection(variable: string, plan: SelectionPlan): string {
  let counter = 0;
  const project = (v: string, p: SelectionPlan): string => {
    const entries = p.all ? ['.*'] : [...p.props].map((prop) => `.${prop}`);
    for (const [field, { relation, one, plan: sub }] of p.relations) {
      const m = `m${++counter}`;
      const items = `COLLECT { MATCH ${rename(relation.pattern, v, m)} WITH ${m} ORDER BY ${rename(relation.order, v, m)} RETURN ${project(m, sub)} }`;
      entries.push(`${prefetchKey(field)}: ${one ? `head(${items})` : items}`);
    }
    return `${v} {${entries.join(', ')}}`;
  };
  return project(variable, plan);
}

/** A relation's `n` and `m` as the variables of this level of the query. */
function rename(fragment: string, n: string, m: string): string {
  return fragment.replace(/\b([nm])\b(?=[:).\s,]|$)/g, (_all, v: string) => (v === 'n' ? n : m));
}
