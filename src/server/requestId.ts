import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * Every HTTP request gets an id, sent back in the `x-request-id` response header, quoted in masked
 * errors and written in the logs, so a user's report ("request 3f2a... failed") leads to the log line
 * with the detail. A well-formed id set by a proxy in front is kept, so logs correlate across hops.
 */
export const REQUEST_ID_HEADER = 'x-request-id';
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;
const current = new AsyncLocalStorage<string>();

export function requestId(): RequestHandler {
  return (req, res, next) => {
    const given = req.headers[REQUEST_ID_HEADER];
    const id = typeof given === 'string' && WELL_FORMED.test(given) ? given : randomUUID();
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}

/**
 * Makes the request's id readable anywhere below (`currentRequestId()`): Apollo's formatError and its
 * context-failure hook get no request. Mounted just before the GraphQL handler, after the body is
 * read, because body parsing resumes in the socket's own async context and would lose the id.
 */
export function bindRequestId(): RequestHandler {
  return (req, _res, next) => {
    current.run(String(req.headers[REQUEST_ID_HEADER] ?? ''), next);
  };
}

export function currentRequestId(): string | undefined {
  return current.getStore() || undefined;
}
