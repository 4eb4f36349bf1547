/**
 * Ends a test run with one plain line, `N passed, N failed, N skipped`, for readers and CI logs alike. The
 * reliability groups that live in suites of their own (each in its own files, so their cases cannot be
 * tallied by the reliability test's harness) get their line too: `reliability: sessions faults 31/32`.
 */
import type { Reporter, TestModule } from "vitest/node";

/** A reliability group counted here: the test files under its folder. */
const groups = [{ name: "sessions faults", folder: "packages/sessions/test/faults/" }];

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const grouped = new Map<string, { tried: number; passed: number }>();
    for (const module of testModules) {
      const group = groups.find(({ folder }) => module.moduleId.replaceAll("\\", "/").includes(folder));
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
        if (group && (state === "passed" || state === "failed")) {
          const tally = grouped.get(group.name) ?? { tried: 0, passed: 0 };
          tally.tried += 1;
          if (state === "passed") tally.passed += 1;
          grouped.set(group.name, tally);
        }
      }
    }
    const groupLine = [...grouped].map(([name, { passed, tried }]) => `${name} ${passed}/${tried}`).join(", ");
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${groupLine ? `\nreliability: ${groupLine}` : ""}`);
  }
}
