// The bench's static server: like a typical host, it gzips text (HTML, JS, CSS, JSON) for clients
// that accept it and lets the browser cache for an hour, so "bytes downloaded" is what a visitor on
// such a host transfers. Pagefind's own files (.pf_*, .pagefind) are already gzipped and pass as is.
// Bytes are counted here, per visit: each page is opened under /s/<visit>/… and refers to everything
// else relatively, so requests from the page, its workers and its fetches all land in that visit's
// count (CDP's Network domain on the page does not see a dedicated worker's requests).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json']);

/**
 * Serves `mounts` ({ prefix: dir }) and `pages` ({ path: html }) on 127.0.0.1, also under /s/<visit>/;
 * resolves { server, url, bytes(visit) } where bytes() is the response-body bytes sent for that visit.
 */
export function serveBench({ mounts = {}, pages = {} }) {
  const gz = new Map(); // path → gzipped body (the data files are big: compress once)
  const sent = new Map(); // visit → bytes
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const visit = url.pathname.match(/^\/s\/([\w-]+)(\/.*)$/);
    if (visit) url.pathname = visit[2];
    const send = (body, ext, key) => {
      const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!gz.has(key)) gz.set(key, gzipSync(body, { level: 6 }));
        body = gz.get(key);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, { ...headers, 'Content-Length': body.length });
      if (visit) sent.set(visit[1], (sent.get(visit[1]) ?? 0) + body.length);
      res.end(body);
    };
    try {
      if (pages[url.pathname] !== undefined) return send(Buffer.from(pages[url.pathname]), '.html', `page:${url.pathname}`);
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (!url.pathname.startsWith(prefix)) continue;
        // Relative mounts (TRACE_DIST=dist, say) are taken from the working directory.
        const path = normalize(join(resolve(dir), decodeURIComponent(url.pathname.slice(prefix.length))));
        if (!path.startsWith(resolve(dir))) break;
        const info = await stat(path).catch(() => null);
        if (!info?.isFile()) continue;
        return send(await readFile(path), extname(path), `${path}:${info.mtimeMs}`);
      }
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () =>
    done({ server, url: `http://127.0.0.1:${server.address().port}`, bytes: (v) => sent.get(v) ?? 0 })));
}
