/**
 * Schema fuzzing: for every operation, 1000 answers valid against the spec and 1000 broken in one
 * small way, served from one loopback server keyed per request, many cases at a time. Every call must
 * end in a result whose runtime shape matches its type and which says what the answer said, or in an
 * OperatorAuthError — never in another throw, never in a hang.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allOperations, betfairToken, type OperationAdapter, type ProviderAdapter } from "./adapters.js";
import { brokenAnswer, validAnswer, type Answer } from "./bodies.js";
import { generousTimeoutMs, slowTestMs } from "../deadlines.js";
import { bodyKinds, inPool, seedFor, settle, startCaseServer, tally, typedErrorProblem, type CaseServer } from "./harness.js";
import { startJudges, stopJudges, violationRecorder, type Judges } from "./prism-proxy.js";
import { passThroughViolations } from "./shapes.js";
export const casesPerOperation = Number(process.env.RELIABILITY_FUZZ_CASES ?? 1000);
const concurrency = 24;

interface FuzzFinding {
  answer: Answer;
  problem: string;
}

/** Spec-valid answers the clients refuse with `unexpected-body`, by operation and reason. */
export const refusals = new Map<string, number>();

/**
 * Results whose pass-through fields contradict the types the result declares for them (known defect
 * pass-through-types): counted for the report line, not failed, as the defect has its own tests.
 */
export const passThroughFindings: { where: string; answer: Answer; violations: string[] }[] = [];

export function fuzzSuite() {
  describe("schema fuzzing", () => {
    let server: CaseServer;
    beforeAll(async () => {
      server = await startCaseServer();
    });
    afterAll(async () => {
      await server?.close();
    });

    describe("the body generator agrees with Prism's validation of the spec", () => {
      let judges: Judges;
      beforeAll(async () => {
        judges = await startJudges();
      }, slowTestMs);
      afterAll(stopJudges);

      const judge = async (provider: ProviderAdapter, operation: OperationAdapter, answers: Answer[]) => {
        const verdicts: { answer: Answer; violations: string[] }[] = [];
        await inPool(answers, 8, async (answer) => {
          const key = judges.upstream.serve((_request, response) => {
            response.writeHead(answer.status, { "content-type": "application/json" });
            response.end(answer.text);
          });
          const recorder = violationRecorder(judges.upstream.fetchFor(key));
          await settle(() => operation.call(provider.connect(judges.proxies.get(provider.provider)!.url, { fetch: recorder.fetch })));
          judges.upstream.forget(key);
          const violations = recorder.reported.flat().map((v) => `${v.location.join(".")}: ${v.message}`);
          verdicts.push({ answer, violations });
        });
        return verdicts;
      };

      it.each(allOperations.map(({ provider, operation }) => [`${provider.provider} ${operation.operationId}`, provider, operation] as const))(
        "%s: sampled valid answers pass, broken ones are caught",
        async (name, provider, operation) => {
          const sample = (make: typeof validAnswer, label: string, runs: number) =>
            fc.sample(fc.oneof(...operation.spec.answers.map((a) => make(a.status, a.schema))), { numRuns: runs, seed: seedFor(`${name} prism ${label}`) });
          const valid = await judge(provider, operation, sample(validAnswer, "valid", 30));
          expect(valid.filter((v) => v.violations.length).slice(0, 3).map((v) => ({ body: v.answer.text?.slice(0, 300), violations: v.violations }))).toEqual([]);
          // Not every small breakage breaks the schema (a huge or odd string is still a string), but many must.
          const broken = await judge(provider, operation, sample(brokenAnswer, "broken", 30));
          expect(broken.filter((v) => v.violations.length).length).toBeGreaterThan(0);
        },
        slowTestMs,
      );
    });

    describe.each(allOperations.map(({ provider, operation }) => [`${provider.provider} ${operation.operationId}`, provider, operation] as const))(
      "%s",
      (name, provider, operation) => {
        const run = async (answers: Answer[], valid: boolean) => {
          const findings: FuzzFinding[] = [];
          await inPool(answers, concurrency, async (answer, index) => {
            const key = server.serve((_request, response) => {
              response.writeHead(answer.status, { "content-type": "application/json" });
              response.end(answer.text);
            });
            const client = provider.connect(server.url, { fetch: server.fetchFor(key), timeoutMs: generousTimeoutMs, descriptions: index % 2 === 0 });
            const outcome = await settle(() => operation.call(client));
            server.forget(key);
            let body: unknown;
            try {
              body = answer.text === undefined ? undefined : JSON.parse(answer.text);
            } catch {
              body = undefined;
            }
            let problem: string | undefined;
            if (outcome.threw) {
              problem = typedErrorProblem(outcome.error, operation.operationId);
              const kind = (outcome.error as { kind?: string }).kind ?? "";
              if (!problem && !(valid ? ["unexpected-body"] : bodyKinds).includes(kind as never)) {
                problem = `unexpected error kind ${kind} (${(outcome.error as Error).message})`;
              }
              if (!problem && valid) {
                // A body the spec allows but the client will not build a result from (an empty token, a date
                // outside the range of Date, a success without its token): kept for the report.
                const reason = (outcome.error as Error).message.replace(/^\w+: HTTP \d+ /, "");
                refusals.set(`${name}: ${reason}`, (refusals.get(`${name}: ${reason}`) ?? 0) + 1);
              }
            } else {
              const violations = operation.check(outcome.result, { status: answer.status, body, valid, sentToken: betfairToken });
              if (violations.length) problem = violations.join("; ");
              const passThrough = passThroughViolations(operation.resultKind, outcome.result);
              if (passThrough.length) passThroughFindings.push({ where: name, answer, violations: passThrough });
            }
            if (({} as Record<string, unknown>).polluted !== undefined) problem = "Object.prototype was polluted";
            tally(valid ? "fuzz valid" : "fuzz invalid", !problem);
            if (problem) findings.push({ answer, problem });
          });
          return { findings };
        };

        const report = (findings: FuzzFinding[], seed: number) =>
          findings.slice(0, 5).map(({ answer, problem }) => ({
            seed,
            status: answer.status,
            label: answer.label,
            body: answer.text === undefined ? undefined : answer.text.length > 400 ? `${answer.text.slice(0, 400)}… (${answer.text.length} chars)` : answer.text,
            problem,
          }));

        it(`${casesPerOperation} answers valid against the spec end in a sound result (or a typed refusal)`, async () => {
          const seed = seedFor(`${name} valid`);
          const answers = fc.sample(fc.oneof(...operation.spec.answers.map((a) => validAnswer(a.status, a.schema))), { numRuns: casesPerOperation, seed });
          const { findings } = await run(answers, true);
          expect(report(findings, seed), `${findings.length} of ${answers.length} failed`).toEqual([]);
        }, slowTestMs);

        it(`${casesPerOperation} answers broken in one small way end in a sound result or a typed error`, async () => {
          const seed = seedFor(`${name} broken`);
          const answers = fc.sample(fc.oneof(...operation.spec.answers.map((a) => brokenAnswer(a.status, a.schema))), { numRuns: casesPerOperation, seed });
          const { findings } = await run(answers, false);
          expect(report(findings, seed), `${findings.length} of ${answers.length} failed`).toEqual([]);
        }, slowTestMs);
      },
    );
  });
}
