import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * EMBED_ORIGINS, applied: the sites that may put /explore in an iframe (CSP frame-ancestors) and read
 * /graphql responses from a browser (CORS). Everyone else gets neither: the browser refuses to frame
 * the page and hides the API's answers from their scripts. Server-to-server calls are not affected.
 */
export function explorerContentSecurityPolicy(embedOrigins: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    ['frame-ancestors', "'self'", ...embedOrigins].join(' '),
  ].join('; ');
}

export function graphqlCors(embedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(embedOrigins);
  const handler = cors({
    // false: no Access-Control-* headers at all, so the browser keeps the answer from that page.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    maxAge: 600,
  });
  return (req, res, next) => {
    // The answer differs by Origin (headers or none): shared caches must not hand one site's to another.
    res.vary('Origin');
    handler(req, res, next);
  };
}
