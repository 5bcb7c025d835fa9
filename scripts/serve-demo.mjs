// `npm start`: serves the demo page with the built one-file bundle and the shipped data.
import { resolve } from 'node:path';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8080);
const { url } = await serve({
  port,
  mounts: {
    '/resource-finder.js': resolve(root, 'dist/resource-finder.js'),
    '/data/': resolve(root, 'data'),
    '/': resolve(root, 'demo'),
  },
});
console.log(`resource-finder demo: ${url}  (Ctrl+C to stop)`);
