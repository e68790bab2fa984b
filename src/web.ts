import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express, { type RequestHandler } from 'express';
import { explorerOnlyAssets } from './explorer-assets.js';

/** Where `npm start` (web/build.ts) puts the built app and explorer. */
export const WEB_DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist');

/** Paths the app never owns: the API and the health checks answer there. */
const NOT_THE_APP = /^\/(graphql|healthz|readyz)(\/|$)/;

/**
 * The officers' web app at `/` and the API explorer at `/graphiql`, from the built
 * files: hashed assets cached for a year, pages always revalidated, and every other
 * path a browser asks for answered with the app, whose router shows the page or says
 * it does not exist.
 */
export function webApp({ graphiql, dist = WEB_DIST }: { graphiql: boolean; dist?: string }): express.Router {
  const router = express.Router();
  // Gzip for the app's files (a chain map's scripts shrink from ~650 KB to ~210 KB); /graphql is not compressed here.
  router.use(compression());
  const page =
    (file: string): RequestHandler =>
    (_req, res) => {
      if (!existsSync(path.join(dist, file))) {
        res
          .status(503)
          .type('text/plain; charset=utf-8')
          .send(
            '网页应用尚未构建：请运行 npm run build:web（npm start 会自动构建）。\nThe web app is not built: run npm run build:web (npm start builds it).',
          );
        return;
      }
      res.set('Cache-Control', 'no-cache').sendFile(path.join(dist, file));
    };
  if (!graphiql) {
    const hidden = explorerOnlyAssets(dist);
    router.use('/assets', (req, res, next) =>
      hidden.has(path.basename(req.path))
        ? void res.status(404).type('text/plain; charset=utf-8').send('Not found.')
        : next(),
    );
  }
  router.use(
    '/assets',
    express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.get(
    '/graphiql',
    graphiql
      ? page('graphiql.html')
      : (_req, res) =>
          void res
            .status(404)
            .type('text/plain; charset=utf-8')
            .send('The API explorer is off on this server (GRAPHIQL=false).'),
  );
  router.use(express.static(dist, { index: false, maxAge: '1h' }));
  router.get(/.*/, (req, res, next) =>
    NOT_THE_APP.test(req.path) || !req.accepts('html') ? next() : page('index.html')(req, res, next),
  );
  return router;
}

/**
 * The content security policy of every response: nothing is loaded from another host.
 * `upgrade-insecure-requests` is left out because intranet servers often run on plain
 * http, where it would make browsers ask for the app's own scripts over https.
 */
export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Vue's style bindings and ECharts set inline styles.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
    scriptSrcAttr: ["'none'"],
  },
};
