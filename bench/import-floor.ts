// The floor of the import benchmark: the same rows written by a bare batched UNWIND
// through neo4j-driver, without checks, matching, provenance or history. Run as a child
// process by bench/import.ts: node --import tsx bench/import-floor.ts FILE MARK.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import neo4j from 'neo4j-driver';
import { toGlobalId } from '../src/ids.js';
import { searchFields } from '../src/search/fields.js';

const [file, mark] = process.argv.slice(2) as [string, string];
const driver = neo4j.driver(
  process.env.NEO4J_URI!,
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
);
const WRITE = `
UNWIND $rows AS row
CREATE (e:Entity:Enterprise) SET e = row.props
WITH e, row
MATCH (p:Place {id: row.placeId}) CREATE (e)-[:LOCATED_IN]->(p)
WITH e, row
MATCH (l:Entity {id: row.linkId}) CREATE (e)-[:OPERATES_IN]->(l)`;

const session = driver.session();
const places = new Map(
  (await session.run('MATCH (p:Place) RETURN p.name AS name, p.id AS id')).records.map((r) => [
    r.get('name') as string,
    r.get('id') as string,
  ]),
);
const links = new Map(
  (await session.run('MATCH (l:ChainLink) RETURN l.key AS key, l.id AS id')).records.map((r) => [
    r.get('key') as string,
    r.get('id') as string,
  ]),
);
await session.close();

const started = Date.now();
let rows: unknown[] = [];
let written = 0;
const flush = async () => {
  const s = driver.session();
  await s.executeWrite((tx) => tx.run(WRITE, { rows }));
  await s.close();
  written += rows.length;
  rows = [];
};
let header = true;
for await (const record of createReadStream(file).pipe(parse({ bom: true, relax_column_count: true })) as AsyncIterable<
  string[]
>) {
  if (header) {
    header = false;
    continue;
  }
  const [name, , place, link] = record as [string, string, string, string];
  const id = toGlobalId('Enterprise', `${mark}:${name}`);
  rows.push({
    placeId: places.get(place),
    linkId: links.get(link),
    props: {
      id,
      kind: 'Enterprise',
      key: name,
      name,
      aliases: [],
      imported: true,
      floor: mark,
      ...searchFields(name, []),
    },
  });
  if (rows.length >= 2_000) await flush();
}
if (rows.length) await flush();
console.log(JSON.stringify({ rows: written, ms: Date.now() - started }));
await driver.close();
