import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import pLimit from 'p-limit';
import type { HttpLimits } from './config.js';
import { accountsOf, type Accounts } from './account/accounts.js';
import { createContext, revocationsOf, type Context, type ImportDeps } from './context.js';
import type { ResultCache } from './db/result-cache.js';
import type { AnalystQueries } from './cypher/analysts.js';
import type { Database } from './db/database.js';
import type { Shapes } from './graph/shapes.js';
import type { Logger } from './logger.js';
import type { Readiness } from './readiness.js';
import { uploadRoute } from './import/upload-route.js';
import { exportRoute } from './pipeline/export/route.js';
import { CONTENT_SECURITY_POLICY, webApp } from './web.js';

export type HttpDeps = {
  apollo: ApolloServer<Context>;
  /** What each field needs from the graph (built with the Apollo server). */
  shapes: Shapes;
  db: Database;
  readiness: Readiness;
  log: Logger;
  jwtSecret: string | undefined;
  limits: HttpLimits;
  /** Analytics answers kept while the database is unchanged; none without. */
  cache?: ResultCache;
  analysts?: AnalystQueries;
  /** The uploads folder and the limits of reading uploaded files (POST /uploads, checkImport, runImport). */
  imports: ImportDeps;
  /** Users' sign-in and browser sessions; the default policy without. */
  accounts?: Accounts;
};

/** The HTTP surface: `/graphql`, `/uploads`, `/exports/leads.xlsx|csv`, `/healthz` (the process is up), `/readyz` (Neo4j answers), the web app at `/` and GraphiQL at `/graphiql`. */
export function createHttpApp({
  apollo,
  shapes,
  db,
  readiness,
  log,
  jwtSecret,
  limits,
  cache,
  analysts,
  imports,
  accounts = accountsOf(db),
}: HttpDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, crossOriginEmbedderPolicy: false }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const state = await readiness.check();
    res
      .status(state.ready ? 200 : 503)
      .json(
        state.ready ? { status: 'ready', database: state.database } : { status: 'unavailable', reason: state.reason },
      );
  });
  app.use(
    '/graphql',
    cors({ origin: limits.corsOrigins.includes('*') ? true : limits.corsOrigins }),
    // Per token when one is sent, else per client address; and per address whatever the
    // token, at four times the rate, so rotating made-up tokens does not escape the limit.
    limiter(limits.rateLimitPerMinute, (req) => req.headers.authorization ?? ipKeyGenerator(req.ip ?? '')),
    limiter(limits.rateLimitPerMinute * 4, (req) => ipKeyGenerator(req.ip ?? '')),
    // The body is read before a slot is taken: a client that sends it slowly holds no slot.
    express.json({ limit: limits.bodyLimitBytes }),
    inFlight(limits.maxInFlight, limits.maxQueued),
    expressMiddleware(apollo, {
      // A cookie-authenticated request is as safe from other sites as a bearer one: the
      // cookie is SameSite=Strict, and Apollo's CSRF prevention refuses requests a form or
      // a simple cross-origin fetch could send (no JSON content type, no preflight header).
      context: ({ req, res }) =>
        createContext(
          {
            db,
            log,
            jwtSecret,
            shapes,
            readsRequireToken: limits.readsRequireToken,
            cache,
            analysts,
            imports,
            accounts,
          },
          req.headers.authorization,
          {
            cookie: req.headers.cookie,
            secure: req.secure,
            setCookie: (value) => void res.append('Set-Cookie', value),
          },
        ),
    }),
  );
  // An officer's import file, as raw bytes (size-limited), for checkImport and runImport.
  app.post(
    '/uploads',
    limiter(limits.rateLimitPerMinute, (req) => req.headers.authorization ?? ipKeyGenerator(req.ip ?? '')),
    uploadRoute({
      auth: { secret: jwtSecret, revocations: revocationsOf(db), sessions: accounts.sessions },
      uploads: imports.uploads,
      log,
    }),
  );
  // The weekly report of leads (项目信息采集表) as a file, for those who see leads; each export is audited.
  app.get(
    ['/exports/leads.xlsx', '/exports/leads.csv'],
    limiter(limits.rateLimitPerMinute, (req) => req.headers.authorization ?? ipKeyGenerator(req.ip ?? '')),
    exportRoute({
      db,
      auth: { secret: jwtSecret, revocations: revocationsOf(db), sessions: accounts.sessions },
      log,
    }),
  );
  app.use(webApp({ graphiql: limits.graphiql }));
  app.use(jsonErrors(log));
  return app;
}

/** Errors before GraphQL runs (malformed JSON, an oversized body) as GraphQL-shaped JSON, not HTML. */
function jsonErrors(log: Logger): ErrorRequestHandler {
  return (err: { status?: number; type?: string; message?: string }, _req, res, _next) => {
    const status = err.status ?? 500;
    if (status >= 500) log.error({ err }, 'HTTP error');
    const message =
      err.type === 'entity.too.large'
        ? 'The request body is too large.'
        : err.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : status < 500
            ? (err.message ?? 'Bad request')
            : 'Internal server error';
    res
      .status(status)
      .json(
        graphqlError(
          message,
          status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR',
        ),
      );
  };
}

/**
 * At most `running` requests execute at once; the rest wait their turn, and past
 * `queued` waiting ones a request is refused with 503. Two cores and one database gain
 * no throughput from more, while each running request holds its whole answer in
 * memory: this keeps the process's memory flat however many clients connect.
 *
 * A slot is returned however the request ends: answered, failed, or abandoned by its
 * client, whether it was running or still waiting (a waiting request whose client
 * has gone is dropped without running; its `close` may have fired before its turn).
 */
function inFlight(running: number, queued: number): RequestHandler {
  const slots = pLimit(running);
  return (req, res, next) => {
    if (slots.pendingCount >= queued) {
      res
        .status(503)
        .set('Retry-After', '1')
        .json(graphqlError('The server is busy; retry in a second.', 'SERVER_BUSY'));
      return;
    }
    let finished = false;
    let release: (() => void) | undefined;
    const done = () => {
      finished = true;
      release?.();
    };
    res.once('close', done);
    req.once('aborted', done);
    void slots(
      () =>
        new Promise<void>((resolve) => {
          if (finished) return resolve();
          release = resolve;
          next();
        }),
    );
  };
}

function limiter(perMinute: number, keyGenerator: (req: express.Request) => string) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator,
    handler: (_req, res) =>
      void res
        .status(429)
        .json(graphqlError('Too many requests; slow down and retry after the Retry-After seconds.', 'RATE_LIMITED')),
  });
}

function graphqlError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Listens and resolves with the bound address (port 0 picks a free one). */
export function listen(app: express.Express, host: string, port: number): Promise<{ server: Server; url: string }> {
  return new Promise((resolve, reject) => {
    // A request's headers and body must arrive within 30 s (Node's default is 5 minutes).
    const server = createServer({ requestTimeout: 30_000, headersTimeout: 20_000 }, app);
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({ server, url: `http://${shown}:${bound}` });
    });
  });
}
