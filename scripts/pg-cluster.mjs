// A throwaway PostgreSQL 15 cluster for tests and benchmarks: a temporary data directory, a free
// port on 127.0.0.1, Debian's initdb + pg_ctl, torn down with stop(). When we are root the cluster
// runs as the `postgres` user (initdb refuses root). Missing PostgreSQL is installed with apt when
// we are root; otherwise the one command to run is printed.
//
//   const pg = await startCluster();   // { url, stop(), pause(), resume() }
//   node scripts/pg-cluster.mjs        // start one, print its URL, stop on Ctrl+C (for poking around)
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const CONTRIB = '/usr/share/postgresql/15/extension';
const INSTALL = 'apt-get install -y postgresql postgresql-contrib';
const isRoot = process.getuid?.() === 0;

/** True when initdb and the contrib extensions we use (pg_trgm, cube, earthdistance, fuzzystrmatch) are present. */
export function postgresInstalled() {
  if (!existsSync(join(BIN, 'initdb'))) return false;
  const have = existsSync(CONTRIB) ? readdirSync(CONTRIB) : [];
  return ['pg_trgm', 'cube', 'earthdistance', 'fuzzystrmatch'].every((e) => have.includes(`${e}.control`));
}

/** Installs PostgreSQL with apt when missing and we are root; otherwise throws with the command to run. */
export function ensurePostgres() {
  if (postgresInstalled()) return;
  if (!isRoot) throw new Error(`PostgreSQL 15 is not installed. Install it with: sudo ${INSTALL}`);
  console.error(`PostgreSQL 15 is missing: running "${INSTALL}"…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const r = spawnSync('apt-get', ['install', '-y', 'postgresql', 'postgresql-contrib'], { stdio: 'inherit', env });
  if (r.status !== 0 || !postgresInstalled()) throw new Error(`Could not install PostgreSQL. Run: ${INSTALL}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary, as `postgres` when we are root. */
function pgRun(bin, args) {
  const file = join(BIN, bin);
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Starts a fresh cluster. Durability is off (fsync, full-page writes): the data is thrown away.
 * @returns {Promise<{ url: string, port: number, dir: string, stop(): void, pause(): void, resume(): void }>} (pause: a fast stop, resume: start again)
 */
export async function startCluster({ settings = {} } = {}) {
  ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), 'rf-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  if (isRoot) execFileSync('chown', ['postgres', dir]);
  pgRun('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const opts = {
    listen_addresses: '127.0.0.1',
    port,
    unix_socket_directories: `'${dir}'`,
    fsync: 'off',
    full_page_writes: 'off',
    synchronous_commit: 'off',
    max_connections: 200,
    ...settings,
  };
  const o = Object.entries(opts).map(([k, v]) => `-c ${k}=${v}`).join(' ');
  const log = join(dir, 'server.log');
  const start = () => pgRun('pg_ctl', ['-D', data, '-o', o, '-l', log, '-w', '-t', '30', 'start']);
  const stopNow = () => {
    try { pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* already stopped */ }
  };
  start();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopNow();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  // pause (PostgreSQL "down" for fault tests) stops fast, which writes what was committed first: with
  // synchronous_commit off an immediate stop can lose the last ~0.6 s of commits, e.g. a load's swap.
  const pause = () => {
    try { pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']); } catch { /* already stopped */ }
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dir, stop, pause, resume: start };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pg = await startCluster();
  console.log(`PostgreSQL is up: DATABASE_URL=${pg.url}\nPress Ctrl+C to stop and delete it.`);
  process.on('SIGINT', () => { pg.stop(); process.exit(0); });
  setInterval(() => {}, 1 << 30);
}
