// web-test-runner's own reporter ends with a progress bar; CI reads a last line of the form
// "N passed, N failed". This reporter counts tests and writes that line, and nothing else, at the end.
import { writeFileSync } from 'node:fs';

function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function summaryReporter({ outFile = process.env.RF_SUMMARY_FILE } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        // A file that failed to load has no test results but must count as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          counts.failed += 1;
        }
      }
      if (outFile) writeFileSync(outFile, JSON.stringify(counts));
      this.counts = counts;
    },
    reportTestFileResults() {},
    getTestProgress() {
      return [];
    },
    stop() {
      if (!this.counts) return;
      const { passed, failed, skipped } = this.counts;
      process.stdout.write(`\nbrowser: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
    },
  };
}
