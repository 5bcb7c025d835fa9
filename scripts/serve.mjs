// A tiny static file server for the demo and the end-to-end tests: no dependencies, only
// 127.0.0.1, and optional extra response headers (e.g. a strict Content-Security-Policy).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `mounts` ({ urlPrefix: directory }) on 127.0.0.1. `routes` may answer a path first:
 * (url, req, res) => true when handled. Resolves with { server, url }.
 */
export function serve({ mounts, port = 0, headers = {}, routes } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (routes && (await routes(url, req, res))) return;
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (!url.pathname.startsWith(prefix)) continue;
        let path = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
        if (!path.startsWith(resolve(dir))) break;
        if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
        const body = await readFile(path).catch(() => null);
        if (!body) continue;
        res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...headers });
        res.end(body);
        return;
      }
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}/` })),
  );
}
