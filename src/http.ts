import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { createContext, type Context } from './context.js';
import type { Database } from './db/database.js';
import type { Logger } from './logger.js';
import type { Readiness } from './readiness.js';

export type HttpDeps = { apollo: ApolloServer<Context>; db: Database; readiness: Readiness; log: Logger; jwtSecret: string | undefined };

/** The HTTP surface: `/graphql`, `/healthz` (the process is up), `/readyz` (Neo4j answers). */
export function createHttpApp({ apollo, db, readiness, log, jwtSecret }: HttpDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const state = await readiness.check();
    res.status(state.ready ? 200 : 503).json(state.ready ? { status: 'ready', database: state.database } : { status: 'unavailable', reason: state.reason });
  });
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req }) => createContext({ db, log, jwtSecret }, req.headers.authorization),
    }),
  );
  return app;
}

/** Listens and resolves with the bound address (port 0 picks a free one). */
export function listen(app: express.Express, host: string, port: number): Promise<{ server: Server; url: string }> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({ server, url: `http://${shown}:${bound}` });
    });
  });
}
