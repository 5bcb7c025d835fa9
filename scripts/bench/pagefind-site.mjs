// Pagefind over the same directory, for the side-by-side rows: one HTML page per resource (name,
// organization, description and the other visible text, English), indexed with Pagefind's Node API
// into .bench/pagefind/<dataset>/, cached until the data changes. Searched with Pagefind's default UI.
import { existsSync, mkdirSync, rmSync, statSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const en = (t) => (t === undefined ? '' : typeof t === 'string' ? t : (t.en ?? Object.values(t)[0]));

/** The page a static site would publish for one resource. */
export function resourcePage(r) {
  const parts = [
    `<h1>${esc(en(r.name))}</h1>`,
    r.organization ? `<p>${esc(en(r.organization.name))}</p>` : '',
    `<p>${esc(en(r.description))}</p>`,
    ...['eligibility_description', 'fees_description', 'application_process'].map((k) => (r[k] ? `<p>${esc(en(r[k]))}</p>` : '')),
    ...(r.schedules ?? []).map((s) => `<p>${esc(en(s.description))}</p>`),
    r.address && !r.address.confidential ? `<address>${esc([r.address.address_1, r.address.city, r.address.state_province, r.address.postal_code].filter(Boolean).join(', '))}</address>` : '',
    ...(r.phones ?? []).map((p) => `<p>${esc(p.number)}</p>`),
    r.categories?.length ? `<p>${esc(r.categories.join(', '))}</p>` : '',
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(en(r.name))}</title></head><body><main data-pagefind-body>${parts.join('')}</main></body></html>`;
}

/** Builds (or reuses) the Pagefind bundle for a dataset; returns its directory and build time. */
export async function pagefindSite(ds) {
  const dir = `${root}.bench/pagefind/${ds.id}`;
  const marker = `${dir}/pagefind/pagefind-entry.json`;
  if (existsSync(marker) && statSync(marker).mtimeMs > statSync(ds.path).mtimeMs) return { dir, built: false, ms: 0, files: countFiles(`${dir}/pagefind`) };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = Date.now();
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const r of ds.bundle.resources) {
    const res = await index.addHTMLFile({ url: `/r/${r.id}/`, content: resourcePage(r) });
    if (res.errors?.length) throw new Error(`pagefind ${r.id}: ${res.errors.join('; ')}`);
  }
  const w = await index.writeFiles({ outputPath: `${dir}/pagefind` });
  if (w.errors?.length) throw new Error(`pagefind write: ${w.errors.join('; ')}`);
  await pagefind.close();
  return { dir, built: true, ms: Date.now() - t0, files: countFiles(`${dir}/pagefind`) };
}

function countFiles(d) {
  return readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(`${d}/${e.name}`) : 1), 0);
}

/** The search page for the bundle under `base` (relative, e.g. pagefind/): Pagefind's default UI, as its docs show it. */
export const pagefindPage = (base) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pagefind bench</title><link rel="icon" href="data:,"><link href="${base}pagefind-ui.css" rel="stylesheet">
<script src="${base}pagefind-ui.js"></script>
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}main{max-width:72rem;margin:0 auto;padding:1rem}</style></head>
<body><main><div id="search"></div></main>
<script>window.addEventListener('DOMContentLoaded', () => { new PagefindUI({ element: '#search' }); });</script></body></html>`;
