/**
 * The reliability and security suite of the three login clients, across providers: a hostile server,
 * schema fuzzing, password round trips, redaction of secrets, transport rules, the Betfair keep-alive
 * (its schedule and the limits of its options), the interactive login redirect parser, cancellation by
 * deadline or abort, body limits, option checks, observability hooks, results that carry only
 * documented fields, and regression tests of the defects it found. The categories live in the
 * *.suite.ts files next to this one and run from this single file so that one summary line can count them all:
 *
 *   reliability: hostile 523/523, fuzz valid 10000/10000, … ; fixed defects guarded: 5
 *
 * Knobs (environment): RELIABILITY_SEED (another set of generated cases), RELIABILITY_FUZZ_CASES,
 * RELIABILITY_PASSWORD_RUNS, RELIABILITY_REDACTION_RUNS, RELIABILITY_KEEP_ALIVE_RUNS, RELIABILITY_HOOK_RUNS,
 * RELIABILITY_KEEPER_LIMIT_RUNS, RELIABILITY_REDIRECT_RUNS.
 */
import { afterAll, beforeAll } from "vitest";
import { cancelSuite } from "./cancel.suite.js";
import { fuzzSuite, passThroughFindings, refusals } from "./fuzz.suite.js";
import { summaryLine } from "./harness.js";
import { hooksSuite } from "./hooks.suite.js";
import { hostileSuite } from "./hostile.suite.js";
import { keepAliveSuite } from "./keep-alive.suite.js";
import { limitsSuite } from "./limits.suite.js";
import { optionsSuite } from "./options.suite.js";
import { keeperLimitsSuite } from "./keeper-limits.suite.js";
import { fixedDefects } from "./known-bugs.js";
import { fixedDefectsSuite } from "./known-bugs.suite.js";
import { fieldsSuite } from "./fields.suite.js";
import { passwordSuite } from "./password.suite.js";
import { startJudges, stopJudges } from "./prism-proxy.js";
import { redactionSuite } from "./redaction.suite.js";
import { redirectSuite } from "./redirect.suite.js";
import { transportSuite } from "./transport.suite.js";

// Prism boots on the other core while the first categories run; the fuzzing awaits it.
beforeAll(() => void startJudges().catch(() => {}));
afterAll(stopJudges);

hostileSuite();
fuzzSuite();
passwordSuite();
redactionSuite();
transportSuite();
keepAliveSuite();
fieldsSuite();
keeperLimitsSuite();
redirectSuite();
fixedDefectsSuite();
cancelSuite();
limitsSuite();
optionsSuite();
hooksSuite();

afterAll(() => {
  // Spec-valid answers the clients decline to build a result from (an empty or missing token): typed, on purpose.
  const byOperation = new Map<string, number>();
  for (const [where, n] of refusals) {
    const operation = where.slice(0, where.indexOf(":"));
    byOperation.set(operation, (byOperation.get(operation) ?? 0) + n);
  }
  const refused = [...byOperation.values()].reduce((sum, n) => sum + n, 0);
  const detail = [...byOperation].map(([operation, n]) => `${operation} ${n}`).join(", ");
  console.log(
    `${summaryLine(Object.keys(fixedDefects).length)}\n` +
      `reliability: spec-valid answers refused as unexpected-body: ${refused}${refused ? ` (${detail})` : ""}; ` +
      `results with pass-through fields off their declared types: ${passThroughFindings.length}`,
  );
});
