// Prints the closing "N passed, N failed" line from a Vitest JSON report and exits non-zero when
// anything failed or the report is missing (the run stopped before the tests, e.g. a failed build).
// A test file that could not run at all counts as one failure, so it cannot pass unnoticed.
// Usage: node scripts/test-summary.mjs [.vitest-results.json]
import { existsSync, readFileSync } from "node:fs";

const path = process.argv[2] ?? ".vitest-results.json";
if (!existsSync(path)) {
  console.error(`No test report at ${path}: the run stopped before the tests finished.`);
  process.exit(1);
}

const report = JSON.parse(readFileSync(path, "utf8"));
const files = Array.isArray(report.testResults) ? report.testResults : [];
const brokenFiles = files.filter(
  (file) => file.status === "failed" && !(file.assertionResults ?? []).some((test) => test.status === "failed"),
);
for (const file of brokenFiles) console.error(`Could not run ${file.name}: ${file.message ?? "see the output above"}`);

const passed = Number(report.numPassedTests ?? 0);
const failed = Number(report.numFailedTests ?? 0) + brokenFiles.length;
const skipped = Number(report.numPendingTests ?? 0) + Number(report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || report.success === false || passed === 0 ? 1 : 0);
