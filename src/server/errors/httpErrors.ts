import type { ErrorRequestHandler } from 'express';
import { isUnavailable } from '../../db/databaseUnavailable';
import type { Logger } from '../logger';
import { REQUEST_ID_HEADER } from '../requestId';
import { MASKED_MESSAGE } from './maskErrors';

/**
 * The last Express error handler, for routes outside GraphQL (/ready, the ClaimReview export):
 * JSON instead of Express's HTML page, 503 when Neo4j is unreachable, and otherwise a 500 whose
 * detail goes to the log under the request id (and to the client only outside production).
 */
export function httpErrors(logger: Logger, production: boolean): ErrorRequestHandler {
  return (error: Error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const requestId = String(req.headers[REQUEST_ID_HEADER] ?? '');
    if (isUnavailable(error)) {
      logger.warn({ requestId, url: req.originalUrl, err: error }, 'Neo4j unavailable');
      res.status(503).set('retry-after', '5').json({ error: { code: 'DATABASE_UNAVAILABLE', message: 'The database (Neo4j) cannot be reached right now.', requestId } });
      return;
    }
    logger.error({ requestId, url: req.originalUrl, err: error }, `unexpected error: ${error.message}`);
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: production ? MASKED_MESSAGE : error.message, requestId } });
  };
}
