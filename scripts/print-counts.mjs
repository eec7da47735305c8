// Prints the closing counts line that CI reads ("N passed, N failed, N skipped")
// from vitest's JSON report. A test file that failed to load counts as one failure.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? ".tmp/vitest-results.json";
let report;
try {
  report = JSON.parse(readFileSync(file, "utf8"));
} catch {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const brokenFiles = report.testResults.filter(
  (r) => r.status === "failed" && r.assertionResults.length === 0,
).length;
const passed = report.numPassedTests;
const failed = report.numFailedTests + brokenFiles;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
