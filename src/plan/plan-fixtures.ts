import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.js';
import { toGlobalId } from '../ids.js';
import { placeIdOfCode } from '../place/ids.js';
import { searchFields } from '../search/fields.js';
import { draftKey } from './ingest.js';

/** Test helpers of the plan tests (not a test file): the plans' texts, the places they govern, and cleaning up what a test wrote. */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PLANS_DIR = path.join(ROOT, 'src/ingest/fixtures/plans');
export const NGIT_FILE = path.join(PLANS_DIR, 'shandong-2023-ngit-innovation-action-plan.txt');
export const planText = (file: string) =>
  readFileSync(path.isAbsolute(file) ? file : path.join(PLANS_DIR, file), 'utf8');

/**
 * 济南 (GB/T 2260 370100), a city of 山东: the seeded graph holds the whole country's
 * places, so the plan tests find it there; on a graph without them, they add it as their own
 * fixture (removed afterwards).
 */
export const JINAN = placeIdOfCode('370100');

const ADD_JINAN = `
MATCH (s:Place {name: '山东'})
MERGE (j:Entity:Place {id: $jinan})
ON CREATE SET j += $j, j.kind = 'Place', j.testFixture = true
MERGE (j)-[:PART_OF]->(s)`;

/** Adds 济南 (a city of 山东) unless the graph has it. */
export async function addShandongPlaces(db: Database): Promise<void> {
  await db.write(ADD_JINAN, {
    jinan: JINAN,
    j: {
      key: '济南',
      name: '济南',
      fullName: '济南市',
      level: 'CITY',
      inHenan: false,
      code: '370100',
      ...searchFields('济南'),
    },
  });
  const [row] = await db.read<{ n: number }>(
    "MATCH (:Place {id: $jinan})-[:PART_OF]->(:Place {name: '山东'}) RETURN count(*) AS n",
    { jinan: JINAN },
  );
  if (!row?.n) throw new Error('the plan tests need 山东 in the graph, and 济南 in it');
}

/** The id of the place of this name the plan tests use (the graph's own, else the fixture's). */
export async function placeId(db: Database, name: string): Promise<string> {
  const [row] = await db.read<{ id: string }>(
    `MATCH (p:Place {name: $name}) RETURN p.id AS id ORDER BY p.testFixture IS NULL DESC LIMIT 1`,
    { name },
  );
  if (!row) throw new Error(`no place ${name}`);
  return row.id;
}

export async function removeShandongPlaces(db: Database): Promise<void> {
  await db.write(`MATCH (p:Place {testFixture: true}) DETACH DELETE p`);
}

/**
 * Removes a plan a test ingested and everything it wrote: its sections, candidates and
 * decisions, the facts it created, and its entries on facts and relationships it stated.
 */
export const REMOVE_PLAN = `
MATCH (p:Plan {id: $plan})
CALL (p) {
  MATCH ()-[r]->() WHERE any(e IN coalesce(r.planSources, []) WHERE e STARTS WITH $prefix)
  SET r.planSources = [e IN r.planSources WHERE NOT e STARTS WITH $prefix]
  WITH r WHERE size(r.planSources) = 0 AND r.seedRun IS NULL AND size(coalesce(r.importSources, [])) = 0
  DELETE r
}
CALL (p) {
  MATCH (x) WHERE any(e IN coalesce(x.planSources, []) WHERE e STARTS WITH $prefix)
  SET x.planSources = [e IN x.planSources WHERE NOT e STARTS WITH $prefix]
}
CALL (p) {
  MATCH (x) WHERE x.createdByPlan = $plan OR (x.planId = $plan AND NOT x:Plan)
  DETACH DELETE x
}
DETACH DELETE p`;

/** The id a text gets when ingested (one plan per text): to clean up even after a test failed half-way. */
export const planIdOf = (text: string) => toGlobalId('Plan', draftKey(createHash('sha256').update(text).digest('hex')));

export async function removePlans(db: Database, ids: Iterable<string>): Promise<void> {
  for (const plan of new Set(ids)) await db.write(REMOVE_PLAN, { plan, prefix: `${plan}\t` });
}
