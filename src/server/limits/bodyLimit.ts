import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { limitMessage } from './limitError';

/**
 * The request body limit: JSON bodies over `maxBytes` are refused while they stream in (body-parser
 * stops reading at the limit), with a 413 and a GraphQL-shaped JSON error instead of Express's HTML
 * page. Unreadable bodies (invalid JSON, an unsupported charset) get the same JSON shape and their
 * 4xx status, so every client sees `{ errors: [...] }`.
 */
export function jsonBody(maxBytes: number): RequestHandler {
  return express.json({ limit: maxBytes });
}

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
  length?: number;
  received?: number;
}

export function bodyErrors(maxBytes: number): ErrorRequestHandler {
  return (error: BodyParserError, _req, res, next) => {
    const status = error.status ?? 0;
    if (!error.type || status < 400 || status >= 500 || res.headersSent) {
      next(error);
      return;
    }
    if (error.type === 'entity.too.large') {
      const size = error.length ?? error.received;
      const actual = size && size > maxBytes ? `${size} bytes` : `more than ${maxBytes} bytes`;
      res.status(413).json({
        errors: [{ message: limitMessage('bodyBytes', actual, maxBytes), extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 'bodyBytes', max: maxBytes } }],
      });
      return;
    }
    const message = error.type === 'entity.parse.failed' ? `The request body is not valid JSON: ${error.message}` : error.message;
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
}
