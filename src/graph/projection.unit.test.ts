import { describe, expect, it } from 'vitest';
import { projection } from './projection.js';
import { relation } from './related.js';
import type { SelectionPlan } from './selection.js';

const plan = (
  props: string[],
  relations: [string, SelectionPlan['relations'] extends Map<string, infer R> ? R : never][] = [],
): SelectionPlan => ({ all: false, props: new Set(props), relations: new Map(relations) });

describe('a plan as a Cypher projection', () => {
  it('projects the selected properties and nests each relation as a COLLECT subquery with its own variable', () => {
    const keyProjects = relation("(m:Target {metric: 'KEY_PROJECTS'})-[:FOR]->(n)");
    const place = relation('(n)-[:LOCATED_IN]->(m:Place)');
    const clusters = relation('(m:Cluster)-[:IN_SECTOR]->(n)', 'coalesce(m.tierYi, 0) DESC, m.position');
    const cypher = projection(
      'n',
      plan(
        ['id', 'name'],
        [
          ['keyProjects', { relation: keyProjects, one: false, plan: plan(['id', 'value']) }],
          [
            'clusters',
            {
              relation: clusters,
              one: false,
              plan: plan(['id'], [['place', { relation: place, one: true, plan: plan(['id', 'name']) }]]),
            },
          ],
        ],
      ),
    );
    expect(cypher).toBe(
      'n {.id, .name, ' +
        "__keyProjects: COLLECT { MATCH (m1:Target {metric: 'KEY_PROJECTS'})-[:FOR]->(n) WITH m1 ORDER BY m1.position RETURN m1 {.id, .value} }, " +
        '__clusters: COLLECT { MATCH (m2:Cluster)-[:IN_SECTOR]->(n) WITH m2 ORDER BY coalesce(m2.tierYi, 0) DESC, m2.position RETURN m2 {.id, ' +
        '__place: head(COLLECT { MATCH (m2)-[:LOCATED_IN]->(m3:Place) WITH m3 ORDER BY m3.position RETURN m3 {.id, .name} })} }}',
    );
  });

  it("returns every property when a field's needs are unknown", () => {
    expect(projection('n', { all: true, props: new Set(['id']), relations: new Map() })).toBe('n {.*}');
  });
});
