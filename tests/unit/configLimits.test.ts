import { loadConfig } from '../../src/config';

describe('limits, timeouts and logging in the configuration', () => {
  test('defaults: depth 10, aliases 15, tokens 2000, directives 50, cost 5000, body 1 MB; reads 5 s, writes 30 s; logs at info', () => {
    const c = loadConfig({});
    expect(c.limits).toEqual({ depth: 10, aliases: 15, tokens: 2000, directives: 50, cost: 5000, bodyBytes: 1048576 });
    expect(c.timeouts).toEqual({ readMs: 5000, writeMs: 30000 });
    expect(c.logLevel).toBe('info');
  });

  test('each one is set by its variable', () => {
    const c = loadConfig({
      MAX_QUERY_DEPTH: '12', MAX_QUERY_ALIASES: '3', MAX_QUERY_TOKENS: '900', MAX_QUERY_DIRECTIVES: '7',
      MAX_QUERY_COST: '20000', MAX_BODY_BYTES: '2048', READ_TIMEOUT_MS: '1500', WRITE_TIMEOUT_MS: '9000', LOG_LEVEL: 'silent',
    });
    expect(c.limits).toEqual({ depth: 12, aliases: 3, tokens: 900, directives: 7, cost: 20000, bodyBytes: 2048 });
    expect(c.timeouts).toEqual({ readMs: 1500, writeMs: 9000 });
    expect(c.logLevel).toBe('silent');
  });

  test('a bad value names the variable', () => {
    expect(() => loadConfig({ MAX_QUERY_DEPTH: '0' })).toThrow(/MAX_QUERY_DEPTH/);
    expect(() => loadConfig({ MAX_QUERY_COST: 'lots' })).toThrow(/MAX_QUERY_COST/);
    expect(() => loadConfig({ READ_TIMEOUT_MS: '-5' })).toThrow(/READ_TIMEOUT_MS/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
