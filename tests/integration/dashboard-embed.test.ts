import fs from 'node:fs';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * GET /explore and its assets, and EMBED_ORIGINS: the Content-Security-Policy frame-ancestors of the
 * explorer and the CORS headers of /graphql. (tests/browser/explorer.test.ts runs the page itself.)
 */

const ALLOWED = 'https://dashboards.example.org';
const ALSO_ALLOWED = 'http://localhost:5173';
const OTHER = 'https://elsewhere.example.net';

let server: TestServer;
let closed: TestServer;
beforeAll(async () => {
  server = await startTestServer({ embedOrigins: [ALLOWED, ALSO_ALLOWED] });
  closed = await startTestServer({ embedOrigins: [] });
});
afterAll(async () => {
  await server.close();
  await closed.close();
});

const graphqlPost = (base: string, origin?: string) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify({ query: '{ entity(id: "iran") { name } }' }),
  });

describe('GET /explore', () => {
  test('serves the page, with a frame-ancestors policy naming this site and EMBED_ORIGINS', async () => {
    const res = await fetch(`${server.url}/explore?entity=iran&depth=2`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp.split('; ')).toContain(`frame-ancestors 'self' ${ALLOWED} ${ALSO_ALLOWED}`);
    expect(csp.split('; ')).toContain("script-src 'self'");
    expect(csp.split('; ')).toContain("connect-src 'self'");
    // frame-ancestors decides; an X-Frame-Options header would forbid the allowed sites too.
    expect(res.headers.get('x-frame-options')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<script src="/explore/vendor/cytoscape.min.js" defer></script>');
    expect(html).toContain('<script type="module" src="/explore/assets/main.js"></script>');
    expect(html).not.toMatch(/https?:\/\//); // nothing from another host: it works offline
  });

  test('without EMBED_ORIGINS only the site itself may frame it', async () => {
    const res = await fetch(`${closed.url}/explore?entity=iran`);
    expect(res.headers.get('content-security-policy')!.split('; ')).toContain("frame-ancestors 'self'");
  });

  test('Cytoscape.js is served from node_modules, byte for byte, under the same policy', async () => {
    const res = await fetch(`${server.url}/explore/vendor/cytoscape.min.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors');
    expect(await res.text()).toBe(fs.readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'), 'utf8'));
  });

  test.each([
    ['main.js', 'text/javascript; charset=utf-8'],
    ['graph.js', 'text/javascript; charset=utf-8'],
    ['panel.js', 'text/javascript; charset=utf-8'],
    ['explorer.css', 'text/css; charset=utf-8'],
  ])('the page asset %s is served as %s', async (file, type) => {
    const res = await fetch(`${server.url}/explore/assets/${file}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('an unknown asset is a 404', async () => {
    expect((await fetch(`${server.url}/explore/assets/nothing-here.js`)).status).toBe(404);
  });
});

describe('CORS of /graphql', () => {
  test('an EMBED_ORIGINS origin gets Access-Control-Allow-Origin with its own origin', async () => {
    for (const origin of [ALLOWED, ALSO_ALLOWED]) {
      const res = await graphqlPost(server.url, origin);
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('vary')).toMatch(/Origin/);
      expect(await res.json()).toEqual({ data: { entity: { name: 'Iran' } } });
    }
  });

  test('any other origin gets no CORS header (the browser hides the answer from it), but Vary: Origin', async () => {
    const res = await graphqlPost(server.url, OTHER);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
    const none = await graphqlPost(closed.url, ALLOWED);
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('a request without Origin (server to server, curl) is answered as before', async () => {
    const res = await graphqlPost(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('preflight: an allowed origin may POST JSON with an Authorization header; another origin gets nothing', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    const ok = await preflight(ALLOWED);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(ok.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(ok.headers.get('access-control-allow-headers')).toBe('content-type,authorization');
    expect(ok.headers.get('access-control-max-age')).toBe('600');
    const refused = await preflight(OTHER);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('access-control-allow-methods')).toBeNull();
  });
});
