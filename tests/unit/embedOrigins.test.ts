import { loadConfig } from '../../src/config';
import { explorerContentSecurityPolicy } from '../../src/server/embedPolicy';

/** EMBED_ORIGINS: parsed once in src/config.ts; used for the explorer's frame-ancestors and /graphql CORS. */

describe('EMBED_ORIGINS', () => {
  test('unset or empty: no other site may embed', () => {
    expect(loadConfig({}).embedOrigins).toEqual([]);
    expect(loadConfig({ EMBED_ORIGINS: '' }).embedOrigins).toEqual([]);
  });

  test('a comma-separated list, trimmed, normalised to origins, without repeats', () => {
    const c = loadConfig({ EMBED_ORIGINS: ' https://dashboards.example.org, http://localhost:5173 ,https://Dashboards.Example.org:443/,' });
    expect(c.embedOrigins).toEqual(['https://dashboards.example.org', 'http://localhost:5173']);
  });

  test.each(['https://example.org/embed', 'ftp://example.org', '*', 'example.org', 'https://example.org?x=1', 'https://user@example.org'])(
    '%s is refused, naming the variable',
    (value) => {
      expect(() => loadConfig({ EMBED_ORIGINS: value })).toThrow(/EMBED_ORIGINS: .* is not an origin/);
    },
  );
});

describe('explorerContentSecurityPolicy', () => {
  test('frame-ancestors lists this site and the embedding origins; scripts, styles and API calls stay on this origin', () => {
    const csp = explorerContentSecurityPolicy(['https://dashboards.example.org', 'http://localhost:5173']);
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'self' https://dashboards.example.org http://localhost:5173",
    ]);
    expect(explorerContentSecurityPolicy([])).toContain("frame-ancestors 'self'");
    expect(explorerContentSecurityPolicy([]).endsWith("frame-ancestors 'self'")).toBe(true);
  });
});
