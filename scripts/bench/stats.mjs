// Small statistics and table printing shared by the bench scripts.

/** The p-quantile (0…1) of `xs` by the nearest-rank method; undefined for no samples. */
export function quantile(xs, p) {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}
export const median = (xs) => quantile(xs, 0.5);
export const p95 = (xs) => quantile(xs, 0.95);

/** A number with `d` decimals, or an en dash when there is none. */
export const fmt = (x, d = 1) => (x === undefined || x === null || Number.isNaN(x) ? '–' : x.toFixed(d));
export const kb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} kB`);
export const mb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(2)} MB`);

/** Prints rows under a header, first column left-aligned, the others right-aligned. */
export function printTable(head, rows, log = console.log) {
  const cells = rows.map((r) => r.map((c) => String(c ?? '–')));
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((l) => l[i].length)));
  const line = (l) => l.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ');
  log(line(head));
  log(w.map((n) => '-'.repeat(n)).join('  '));
  cells.forEach((l) => log(line(l)));
}
