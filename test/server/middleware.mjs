// Test server routes for network-fault cases: /test-data/* answers as a partner's server might.
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

export async function testServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-data/')) return next();
  const name = url.pathname.slice('/test-data/'.length);
  switch (name) {
    case 'ccci.json':
      ctx.type = 'application/json';
      ctx.body = readFileSync(new URL('data/ccci-resources.json', root));
      return;
    case 'status-404':
      ctx.status = 404;
      ctx.body = 'Not found';
      return;
    case 'status-500':
      ctx.status = 500;
      ctx.body = 'Server error';
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Oops</title><p>This is a web page, not data.</p>';
      return;
    case 'bad-json':
      ctx.type = 'application/json';
      ctx.body = '{"format_version": 1, "meta": {';
      return;
    case 'wrong-shape':
      ctx.type = 'application/json';
      ctx.body = '[1, 2, 3]';
      return;
    case 'slow.json': {
      const delay = Number(url.searchParams.get('ms') ?? 1500);
      await new Promise((r) => setTimeout(r, delay));
      ctx.type = 'application/json';
      ctx.body = readFileSync(new URL('data/ccci-resources.json', root));
      return;
    }
    default:
      ctx.status = 404;
  }
}
