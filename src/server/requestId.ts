import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * Every HTTP request gets an id, sent back in the `x-request-id` response header, quoted in masked
 * errors and written in the logs, so a user's report ("request 3f2a... failed") leads to the log line
 * with the detail. A well-formed id set by a proxy in front is kept, so logs correlate across hops.
 * The id is also put on the request's own headers: that is how the GraphQL plugins read it.
 */
export const REQUEST_ID_HEADER = 'x-request-id';
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestId(): RequestHandler {
  return (req, res, next) => {
    const given = req.headers[REQUEST_ID_HEADER];
    const id = typeof given === 'string' && WELL_FORMED.test(given) ? given : randomUUID();
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}
