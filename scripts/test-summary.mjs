// Prints one line, "N passed, N failed", summing the unit and browser test reports that `npm test` wrote.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
for (const name of ["unit", "browser"]) {
  const file = `test-results/${name}.json`;
  if (!existsSync(file)) {
    console.log(`(no ${name} test report: that step did not run)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`${passed} passed, ${failed} failed`);
