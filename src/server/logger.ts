import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';

/**
 * Structured JSON logs (one object per line on stdout) for what an operator must see: unexpected
 * errors with their request id and stack, Neo4j outages. LOG_LEVEL=silent quiets it (the tests).
 * `destination` lets a test read what was logged.
 */
export type { Logger };

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'claimgraph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}
