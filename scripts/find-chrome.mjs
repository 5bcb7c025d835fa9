// Finds a locally installed Chromium for tests and scripts: CHROME_PATH, then the usual names.
// Tools here cannot download their own browser, so we never fall back to a download.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', 'chromium-browser', 'google-chrome'];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH || process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of CANDIDATES) {
    if (candidate.startsWith('/')) {
      if (existsSync(candidate)) return candidate;
      continue;
    }
    try {
      return execFileSync('which', [candidate], { encoding: 'utf8' }).trim();
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

/** Flags for headless Chromium on this closed network (see ../shared/design/toolchain.md). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error(
      'No Chromium found: install one with `sudo apt-get install -y chromium` (or set CHROME_PATH to a Chrome/Chromium binary).',
    );
    process.exit(1);
  }
  return path;
}
