// Installs a Debian package a test stage needs when it is missing, so README's test command works
// alone on a fresh machine. Only as root (apt needs it) and never silently: it says what it does.
// Elsewhere it prints the one command to run and returns false.
import { spawnSync } from 'node:child_process';

let updated = false;

/**
 * @param {string} what   what the tests need, for the message (e.g. "Chromium")
 * @param {string[]} packages   Debian package names
 * @param {() => boolean} present   true once the tool is usable
 */
export function ensureDebianPackages(what, packages, present) {
  if (present()) return true;
  const command = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(`${what} is needed for the tests and is missing. Install it with:\n  ${command}`);
    return false;
  }
  console.log(`${what} is missing: installing Debian's ${packages.join(', ')} with apt-get (about 1–3 minutes)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!updated) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    updated = true;
  }
  const install = spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (install.status !== 0 || !present()) {
    console.error(`Installing ${packages.join(' ')} failed. Install it by hand:\n  ${command}`);
    return false;
  }
  return true;
}
