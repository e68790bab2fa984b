import { helpRequested } from './cli.js';
import { loadConfig } from './config.js';
import { connect } from './db/connect.js';
import { createLogger } from './logger.js';
import { startService } from './service.js';

const USAGE = `usage: npm start   (npm run dev for development)
Starts chain-atlas: the embedded Neo4j (or the one at NEO4J_URI), the API at /graphql and
the web app at /. Settings are environment variables; see docs/operations.md.`;

/** Wires config -> database -> service, and stops them in order on a signal. */
async function main(): Promise<void> {
  helpRequested(USAGE);
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const connection = await connect(config, log);
  const service = await startService(config, connection, log);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await service.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  connection.embedded?.exited.then((code) => {
    if (stopping) return;
    log.fatal({ code }, 'the embedded Neo4j exited unexpectedly; stopping chain-atlas (restart it with npm start)');
    void service.stop().finally(() => process.exit(1));
  });
}

main().catch((err: Error) => {
  console.error(`chain-atlas could not start: ${err.message}`);
  process.exit(1);
});
