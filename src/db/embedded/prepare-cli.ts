import { helpRequested } from '../../cli.js';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { prepareLauncher } from './prepare.js';

const USAGE = `usage: npm run neo4j:prepare
Resolves Neo4j Community from Maven Central and builds the embedded launcher into
NEO4J_CACHE_DIR (default .cache/neo4j), as the first npm start would; run it ahead, for
example while a machine still has a network connection. Prints where it is.`;

/** `npm run neo4j:prepare`: builds the embedded Neo4j launcher now rather than at the first start. */
async function main(): Promise<void> {
  helpRequested(USAGE);
  const config = loadConfig();
  const build = await prepareLauncher(config.embedded.cacheDir, createLogger(config.logLevel));
  console.log(`the embedded Neo4j launcher is ready: ${build.jar}`);
}

main().catch((err: Error) => {
  console.error(`neo4j:prepare failed: ${err.message}`);
  process.exit(1);
});
