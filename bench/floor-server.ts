import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { OPERATIONS } from './operations.js';

/**
 * The floor over HTTP: POST /<operation index> runs that operation's Cypher through
 * neo4j-driver and answers its rows as JSON. No GraphQL, nothing else.
 */
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688',
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  { disableLosslessIntegers: true },
);
const server = createServer(async (req, res) => {
  req.resume();
  const op = OPERATIONS[Number(req.url?.slice(1))];
  if (!op) return void res.writeHead(404).end();
  try {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    const result = await session.executeRead((tx) => tx.run(op.floor.cypher, op.floor.params));
    await session.close();
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ rows: result.records.map((r) => r.toObject()) }));
  } catch (err) {
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (err as Error).message }));
  }
});
server.listen(Number(process.env.PORT ?? 4102), '127.0.0.1', () => console.log('ready'));
