import http from 'node:http';

/**
 * A stand-in for a dashboard site that embeds the explorer: a page on its own origin (its own port)
 * with an iframe of `target()`. The iframe marks itself loaded, whether the explorer or the browser's
 * refusal ended up in it.
 */
export interface HostPage {
  origin: string;
  close(): Promise<void>;
}

export async function startHostPage(target: () => string): Promise<HostPage> {
  const server = http.createServer((_req, res) => {
    const src = target().replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>A dashboard</title></head><body>
      <h1>Dashboard</h1>
      <iframe id="embed" src="${src}" width="1100" height="700" onload="this.dataset.loaded = '1'"></iframe>
    </body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
