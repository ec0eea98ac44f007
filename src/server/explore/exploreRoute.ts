import express, { type Router } from 'express';
import path from 'node:path';
import { explorerContentSecurityPolicy } from '../embedPolicy';

/** The page's own files (HTML, CSS, ES modules), kept apart from the server code. */
const PAGE_DIR = path.join(__dirname, 'page');
/** Cytoscape.js from node_modules, served by us: the page needs no CDN and works offline. */
const CYTOSCAPE = require.resolve('cytoscape/dist/cytoscape.min.js');

/**
 * GET /explore?entity=ID&depth=N: the entity explorer. The page is static; it reads the entity and
 * the graph through the public GraphQL API of the same origin and shows its own error state for an
 * unknown entity. Every response carries the Content-Security-Policy whose frame-ancestors lists
 * EMBED_ORIGINS, so only those sites (and this one) can embed it.
 */
export function exploreRoutes(embedOrigins: readonly string[]): Router {
  const router = express.Router();
  const csp = explorerContentSecurityPolicy(embedOrigins);
  router.use((_req, res, next) => {
    res.set({ 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin' });
    next();
  });
  router.get('/', (_req, res) => {
    res.set('Cache-Control', 'no-cache').sendFile(path.join(PAGE_DIR, 'index.html'));
  });
  router.get('/vendor/cytoscape.min.js', (_req, res) => {
    res.type('text/javascript').sendFile(CYTOSCAPE, { maxAge: '1d' });
  });
  router.use('/assets', express.static(PAGE_DIR, { index: false, maxAge: 0 }));
  return router;
}
