/**
 * Serves the renderer build on loopback for the end-to-end tests and the benchmark
 * (module scripts do not load from file://), with browser mode's own file serving, so
 * its cache rules are the ones measured.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveStatic, sendFile } from '../../main/browser/static';

export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const resolved = resolveStatic(root, new URL(req.url ?? '/', 'http://x').pathname);
    if ('status' in resolved) res.writeHead(resolved.status).end();
    else sendFile(req, res, resolved.file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
