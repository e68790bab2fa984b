import type { Database } from './db/database.js';
import type { Logger } from './logger.js';

/** What every resolver receives: the database handle and a request-scoped logger. */
export type Context = {
  db: Database;
  log: Logger;
};
