// `npm start`: serves the demo pages with the built one-file bundle, the sibling parts it loads on
// demand (resource-finder.search.js, .validate.js, .es.js, .local.js, .api.js, .list.js, .split.js, .worker.js, .intl.worker.js, .fetch.worker.js) and the shipped data.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');

/** Starts the demo server on `port` (0: any free port); resolves with { server, url }. */
export function serveDemo(port = 0) {
  return serve({
    port,
    mounts: { '/data/': resolve(root, 'data'), '/': resolve(root, 'demo') },
    // The script and its siblings, from dist/ (only these names: nothing else of dist is served).
    routes: async (url, req, res) => {
      const name = url.pathname.match(/^\/(resource-finder(?:\.[a-z]+){0,2}\.js)$/)?.[1];
      const body = name && (await readFile(resolve(root, 'dist', name)).catch(() => null));
      if (!body) return false;
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(body);
      return true;
    },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await serveDemo(Number(process.env.PORT ?? 8080));
  console.log(`resource-finder demo: ${url}  (Ctrl+C to stop)`);
}
