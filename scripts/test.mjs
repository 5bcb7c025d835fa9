// `npm test`: every check in order, then ONE last line "N passed, N failed" that CI reads.
// Stages: localize → type-check → lint → build → browser tests (web-test-runner) →
// CLI tests (node:test) → relevance (the judged query set, one test) → end-to-end tests of the built bundle
// (node:test + playwright-core) → search service tests (node:test against a throwaway PostgreSQL cluster).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from './find-chrome.mjs';
import { ensureDebianPackages } from './ensure-tool.mjs';
import { ensurePostgres } from './pg-cluster.mjs';

// The browser tests need a Chromium (tools here cannot download their own): install Debian's when
// missing and running as root, else say the one command to run.
if (!ensureDebianPackages('Chromium', ['chromium'], () => !!findChrome())) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const totals = { passed: 0, failed: 0 };
const failedStages = [];

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, encoding: 'utf8' });
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) failedStages.push(name);
  return result;
}

/** node:test prints "# pass N" / "# fail N" at the end of its TAP output. */
function countNodeTests(output) {
  const pass = Number(output.match(/^# pass (\d+)/m)?.[1] ?? 0);
  const fail = Number(output.match(/^# fail (\d+)/m)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail;
}

run('localize', 'npx', ['lit-localize', 'build']);
run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
run('lint', 'npx', ['eslint', '.']);
run('build', 'npm', ['run', '--silent', 'build']);
// The shipped types as a TypeScript React host sees them (needs the build's dist/types).
run('typecheck React example', 'npx', ['tsc', '-p', 'examples/react']);

const tmp = mkdtempSync(join(tmpdir(), 'rf-test-'));
const summaryFile = join(tmp, 'wtr.json');
run('browser tests', 'npx', ['wtr'], { RF_SUMMARY_FILE: summaryFile });
try {
  const counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
} catch {
  totals.failed += 1;
}
rmSync(tmp, { recursive: true, force: true });

countNodeTests(run('CLI and docs tests', 'node', ['--test', '--test-reporter=tap', 'test/cli/', 'test/docs/']).stdout ?? '');
// The judged relevance set (test/relevance/*.json) against the real engine: one test.
const relevance = run('relevance', 'node', ['scripts/relevance.mjs']);
if (relevance.status === 0) totals.passed += 1; else totals.failed += 1;
countNodeTests(run('end-to-end tests', 'node', ['--test', '--test-reporter=tap', '--test-concurrency=1', 'test/e2e/']).stdout ?? '');

// The search service's tests start their own PostgreSQL cluster; PostgreSQL is installed with apt
// when missing and we are root, otherwise the command to run is printed.
try {
  ensurePostgres();
  countNodeTests(run('search service tests', 'node', ['--test', '--test-reporter=tap', '--test-concurrency=1', 'test/api/']).stdout ?? '');
} catch (e) {
  console.error(e.message);
  failedStages.push('PostgreSQL');
}

// A stage that failed without failing a counted test (type errors, lint, build) still counts once.
const uncounted = failedStages.filter((s) => !['browser tests', 'CLI and docs tests', 'relevance', 'end-to-end tests', 'search service tests'].includes(s));
totals.failed += uncounted.length;
if (failedStages.length) console.log(`\nFailed stages: ${failedStages.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedStages.length || totals.failed ? 1 : 0);
