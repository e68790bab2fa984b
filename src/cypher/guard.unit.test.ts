import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PRIVATE_LABELS, PRIVATE_TYPES } from '../pipeline/labels.js';
import { checkPlan, labelNames, type PlanNode } from './guard.js';

const ISLAND = new Set<string>([...PRIVATE_LABELS, ...PRIVATE_TYPES, '$(…)']);

/** A plan of one chain of operators, top first, each with its Details (the shapes Neo4j 5.26 prints). */
const chain = (...operators: [string, string?][]): PlanNode =>
  operators.reduceRight<PlanNode | undefined>(
    (child, [operatorType, details]) => ({
      operatorType: `${operatorType}@neo4j`,
      arguments: details === undefined ? {} : { Details: details },
      children: child ? [child] : [],
    }),
    undefined,
  )!;

const refusal = (plan: PlanNode) => {
  try {
    checkPlan('r', plan);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(GraphQLError);
    expect((err as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
    return (err as Error).message;
  }
};

describe('labelNames: the labels and types an operator names', () => {
  it.each([
    ['n:Lead', ['Lead']],
    ['n:Enterprise|User', ['Enterprise', 'User']],
    ['n:Enterprise&!Lead', ['Enterprise', 'Lead']],
    ['NOT n:Session', ['Session']],
    ['(n:Enterprise OR NOT n:Sector)', ['Enterprise', 'Sector']],
    ['count( (:Lead) ) AS x', ['Lead']],
    ['count( ()-[:HAS_EVENT]->() ) AS `count(r)`', ['HAS_EVENT']],
    ['(a)-[anon_0:FEEDS|HAS_EVENT*..3]->(b)', ['FEEDS', 'HAS_EVENT']],
    ['UNIQUE u:User(username) WHERE username = $autostring_0, cache[u.username]', ['User']],
    ['`my node`:Lead', ['Lead']],
    ['n:`Lead`', ['Lead']],
    ['n:$all($autostring_0)', ['$(…)']],
    ['NOT n:!$any($l)', ['$(…)']],
    ['db.labels() :: (label :: STRING)', []],
  ])('%s', (text, names) => expect(labelNames(text)).toEqual(names));

  it.each([
    "e.name = 'Lead Ltd'",
    'e.name = ":User"',
    "e.name = 'it\\'s :Lead'",
    'e.Lead AS `e.Lead`',
    'e.name AS `x:Lead`',
    '{stage: $autostring_0} AS m',
    '$autostring_0 IN labels(n)',
    'db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE)',
  ])('%s names none of the island', (text) => expect(labelNames(text).filter((n) => ISLAND.has(n))).toEqual([]));
});

describe('checkPlan keeps analysts off the pipeline island', () => {
  it('refuses an operator that names a private label or type, saying which', () => {
    expect(refusal(chain(['ProduceResults', 'n'], ['NodeByLabelScan', 'n:Lead']))).toMatch(
      /^cypher: pipeline and account data \(Lead, .*\) cannot be read from Cypher; this query names Lead\.$/,
    );
    expect(refusal(chain(['ProduceResults', 'r'], ['DirectedRelationshipTypeScan', '(a)-[r:WATCHES]->(b)']))).toMatch(
      /names WATCHES/,
    );
    expect(
      refusal(
        chain(['ProduceResults', 'x'], ['Projection', 'n:IssuedToken AS x'], ['NodeByLabelScan', 'n:Enterprise']),
      ),
    ).toMatch(/names IssuedToken/);
  });

  it('reads other string arguments than Details, and lists of strings', () => {
    const plan: PlanNode = {
      operatorType: 'NodeByLabelScan',
      arguments: { LabelName: ':RevokedToken', EstimatedRows: 1 },
      children: [],
    };
    expect(refusal(plan)).toMatch(/names RevokedToken/);
    expect(refusal({ ...plan, arguments: { KeyNames: ['x', 'n:LeadEvent'] } })).toMatch(/names LeadEvent/);
  });

  it.each([
    ['AllNodesScan', /must start from a label \(MATCH \(n:Enterprise\) …\): scanning all nodes/],
    ['PartitionedAllNodesScan', /must start from a label/],
    ['DirectedAllRelationshipsScan', /must have a type or start from a labelled node/],
    ['UndirectedAllRelationshipsScan', /must have a type/],
    ['NodeByIdSeek', /cannot be looked up by id\(\) or elementId\(\)/],
    ['NodeByElementIdSeek', /looked up by id/],
    ['DirectedRelationshipByIdSeek', /looked up by id/],
    ['UndirectedRelationshipByIdSeek', /looked up by id/],
    ['DirectedRelationshipByElementIdSeek', /looked up by id/],
    ['UndirectedRelationshipByElementIdSeek', /looked up by id/],
  ])('refuses %s, wherever it is in the plan', (operator, message) => {
    const plan: PlanNode = {
      operatorType: 'ProduceResults@neo4j',
      arguments: { Details: 'b' },
      children: [
        {
          operatorType: 'CartesianProduct@neo4j',
          arguments: {},
          children: [chain([operator, 'b']), chain(['NodeByLabelScan', 'a:Enterprise'])],
        },
      ],
    };
    expect(refusal(plan)).toMatch(message);
  });

  it('refuses dynamic labels and types', () => {
    expect(
      refusal(chain(['Filter', 'x:$all($l)'], ['Expand(All)', '(e)-[r]-(x)'], ['NodeByLabelScan', 'e:Enterprise'])),
    ).toMatch(/dynamic labels and relationship types/);
  });

  it('allows counts from the count store, labelled scans, expansions and string literals that mention the island', () => {
    expect(
      refusal(chain(['ProduceResults', '`count(n)`'], ['NodeCountFromCountStore', 'count( () ) AS `count(n)`'])),
    ).toBe(undefined);
    expect(
      refusal(
        chain(
          ['ProduceResults', 'x'],
          ['Limit', '5'],
          ['Expand(All)', '(e)-[r]-(x)'],
          ['NodeByLabelScan', 'e:Enterprise'],
        ),
      ),
    ).toBe(undefined);
    expect(
      refusal(
        chain(
          ['ProduceResults', 'e'],
          ['Filter', "e.name = 'Lead Ltd' AND e.stage = 'CLUE'"],
          ['NodeIndexSeek', 'RANGE INDEX e:Enterprise(name) WHERE name = $autostring_0, cache[e.name]'],
        ),
      ),
    ).toBe(undefined);
  });

  it('still refuses writes, LOAD CSV and unlisted procedures first', () => {
    expect(() => checkPlan('rw', chain(['Create', 'n:Lead']))).toThrow(/only read-only queries/);
    expect(refusal(chain(['LoadCSV', 'line']))).toMatch(/LOAD CSV/);
    expect(refusal(chain(['ProcedureCall', 'db.info() :: (id :: STRING)']))).toMatch(/procedure db\.info/);
  });
});
