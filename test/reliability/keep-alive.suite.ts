/**
 * Betfair keepSessionAlive against random scripts of answers, on fake timers: retryable errors
 * (`isRetryable`: the network, a timeout, a 503) are retried with exponential backoff and nothing else is;
 * calls never overlap; a FAIL answer (the session is over) or an error no retry mends (an HTML page, a
 * truncated body) stops it for good; and once it has stopped — by FAIL, by stop() at any moment, by stop()
 * from inside a callback — no call follows and no timer is left (vi.getTimerCount()).
 *
 * The transport's timeout is a timer race (a late answer is dropped), not an AbortSignal: the keeper
 * aborts the call it gave up on itself, which the fake fetch here honours as a real one does.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OperatorAuthError, type BetfairSessionFailure, type BetfairSsoClient } from "@operator-auth/betfair-sso";
import { keepSessionAlive } from "@operator-auth/betfair-sso/keep-alive";
import { betfairAppKey, providers } from "./adapters.js";
import { slowTestMs } from "../deadlines.js";
import { seedFor, tally } from "./harness.js";

export const keepAliveRuns = Number(process.env.RELIABILITY_KEEP_ALIVE_RUNS ?? 150);

const token = "keep-alive-session-token";
const steps = ["success", "success-new-token", "slow-success", "no-session", "fail-internal", "fail-without-error", "network", "throws-a-string", "html", "status-503", "truncated", "hang"] as const;
type Step = (typeof steps)[number];

const failAnswer = new Set<Step>(["no-session", "fail-internal", "fail-without-error"]);
/** Answers `isRetryable` refuses: a later call would meet the same. */
const notRetryable = new Set<Step>(["html", "truncated"]);
const ending = new Set<Step>([...failAnswer, ...notRetryable]);
const transportError = new Set<Step>(["network", "throws-a-string", "status-503", "hang"]);

const json = (body: object) => new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
const session = (status: string, error: string, sessionToken = token) => json({ token: sessionToken, product: betfairAppKey, status, error });

interface Scenario {
  script: Step[];
  intervalMs: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
  timeoutMs: number;
  slowMs: number;
  /** Stop after this many ms of fake time, or never. */
  stopAfterMs: number | null;
  /** Stop from inside onError at this error (1-based), or never. */
  stopInOnErrorAt: number | null;
  /** Callbacks throw: the schedule must not notice. */
  callbacksThrow: boolean;
}

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    script: fc.array(fc.constantFrom(...steps), { minLength: 1, maxLength: 12 }),
    intervalMs: fc.integer({ min: 1, max: 20 * 60_000 }),
    retryDelayMs: fc.integer({ min: 1, max: 10_000 }),
    maxRetryDelayMs: fc.integer({ min: 1, max: 300_000 }),
    timeoutMs: fc.integer({ min: 5, max: 20_000 }),
    slowFraction: fc.double({ min: 0, max: 0.95, noNaN: true }),
    stopAfterMs: fc.option(fc.integer({ min: 0, max: 2 * 60 * 60_000 }), { freq: 3 }),
    stopInOnErrorAt: fc.option(fc.integer({ min: 1, max: 4 }), { freq: 4 }),
    callbacksThrow: fc.boolean(),
  })
  .map(({ slowFraction, ...rest }) => ({ ...rest, slowMs: Math.floor(rest.timeoutMs * slowFraction) }));

/** Lets every pending promise and zero-delay timer run. */
const flush = () => vi.advanceTimersByTimeAsync(0);

async function play(s: Scenario) {
  const script = [...s.script];
  const calls: { at: number; step: Step }[] = [];
  const settledAt: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const fetch = ((_input: RequestInfo | URL, init?: RequestInit) => {
    const step = script.shift() ?? "success";
    calls.push({ at: Date.now(), step });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<Response>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let done = false;
      const finish = (settle: () => void) => {
        if (done) return;
        done = true;
        inFlight--;
        settledAt.push(Date.now());
        clearTimeout(timer);
        settle();
      };
      init?.signal?.addEventListener("abort", () => finish(() => reject(init.signal!.reason)));
      if (init?.signal?.aborted) finish(() => reject(init.signal!.reason));
      switch (step) {
        case "success":
          return finish(() => resolve(session("SUCCESS", "")));
        case "success-new-token":
          return finish(() => resolve(session("SUCCESS", "", "")));
        case "slow-success":
          timer = setTimeout(() => finish(() => resolve(session("SUCCESS", ""))), s.slowMs);
          return;
        case "no-session":
          return finish(() => resolve(session("FAIL", "NO_SESSION")));
        case "fail-internal":
          return finish(() => resolve(session("FAIL", "INTERNAL_ERROR")));
        case "fail-without-error":
          return finish(() => resolve(session("FAIL", "")));
        case "network":
          return finish(() => reject(new TypeError("fetch failed")));
        case "throws-a-string":
          return finish(() => reject("socket hang up"));
        case "html":
          return finish(() => resolve(new Response("<html>Maintenance</html>", { headers: { "content-type": "text/html" } })));
        case "status-503":
          return finish(() => resolve(new Response("busy", { status: 503 })));
        case "truncated":
          return finish(() => resolve(new Response('{"status":"SUCC', { headers: { "content-type": "application/json" } })));
        case "hang":
          return;
      }
    });
  }) as typeof globalThis.fetch;

  const client = providers.find((p) => p.provider === "betfair-sso")!.connect("https://identitysso.betfair.com", {
    fetch,
    timeoutMs: s.timeoutMs,
  }) as BetfairSsoClient;
  const errors: [OperatorAuthError, number][] = [];
  const ended: (BetfairSessionFailure | Error)[] = [];
  let stoppedAt: number | undefined;
  const keeper = keepSessionAlive(client, token, {
    intervalMs: s.intervalMs,
    retryDelayMs: s.retryDelayMs,
    maxRetryDelayMs: s.maxRetryDelayMs,
    onError: (error, retryInMs) => {
      errors.push([error, retryInMs]);
      if (errors.length === s.stopInOnErrorAt) {
        stoppedAt = Date.now();
        keeper.stop();
      }
      if (s.callbacksThrow) throw new Error("the app's logger failed");
    },
    onSessionEnded: (result) => {
      ended.push(result);
      if (s.callbacksThrow) throw new Error("the app's handler failed");
    },
  });

  // Walk fake time from timer to timer until the script is played out (and one answer more, to see the
  // keeper back on its interval), or the keeper has stopped. A stop at a random moment is a timer too.
  const start = Date.now();
  const stopTimer =
    s.stopAfterMs === null
      ? undefined
      : setTimeout(() => {
          stoppedAt = Date.now();
          keeper.stop();
        }, s.stopAfterMs);
  const finished = () => stoppedAt !== undefined || ended.length > 0 || (calls.length > s.script.length && settledAt.length === calls.length);
  for (let guard = 0; !finished() && guard < 500; guard++) await vi.advanceTimersToNextTimerAsync();
  const completed = finished();
  clearTimeout(stopTimer);
  const callsAtStop = calls.length;
  await flush();
  const timersLeft = vi.getTimerCount();
  // Once stopped, nothing may happen any more, however long we wait.
  if (stoppedAt !== undefined || ended.length > 0) await vi.advanceTimersByTimeAsync(4 * 60 * 60_000);
  return { completed, start, calls, settledAt, maxInFlight, errors, ended, stoppedAt, callsAtStop, timersLeft, keeper };
}

export function keepAliveSuite() {
  describe("keepSessionAlive", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it(`${keepAliveRuns} random scripts: backoff on retryable errors only, no overlap, stop on FAIL or an error no retry mends, no timer left`, async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async (s) => {
          vi.useFakeTimers({ now: 0 });
          let passed = false;
          try {
            const run = await play(s);
            const { start, calls, settledAt, errors, ended } = run;
            expect(run.completed, "the script did not play out").toBe(true);
            expect(run.maxInFlight, "two keep-alive calls under way at once").toBeLessThanOrEqual(1);
            if (calls.length > 0) expect(calls[0]!.at - start, "the first call comes one interval after the start").toBe(s.intervalMs);

            // Walk the calls as the documents say the keeper must have made them.
            let errorsInRow = 0;
            const expectedWaits: number[] = [];
            for (let i = 0; i < calls.length; i++) {
              const { step } = calls[i]!;
              if (i > 0) {
                const previous = calls[i - 1]!.step;
                const wait = transportError.has(previous)
                  ? Math.min(s.retryDelayMs * 2 ** (errorsInRow - 1), s.maxRetryDelayMs)
                  : s.intervalMs;
                expect(calls[i]!.at - settledAt[i - 1]!, `wait before call ${i + 1} (after ${previous})`).toBe(wait);
              }
              expect(i === 0 || !ending.has(calls[i - 1]!.step), "a call after FAIL").toBe(true);
              if (transportError.has(step)) {
                errorsInRow++;
                expectedWaits.push(Math.min(s.retryDelayMs * 2 ** (errorsInRow - 1), s.maxRetryDelayMs));
              } else errorsInRow = 0;
            }

            // Every transport error is told once, as an OperatorAuthError, with the wait that follows it
            // (a stop() while a call is under way drops that call's error with it).
            if (run.stoppedAt === undefined) expect(errors.map(([, wait]) => wait)).toEqual(expectedWaits);
            else expect(expectedWaits.slice(0, errors.length)).toEqual(errors.map(([, wait]) => wait));
            for (const [error] of errors) {
              expect(error).toBeInstanceOf(OperatorAuthError);
              expect(error.operation).toBe("keepAlive");
            }

            const endedBy = calls.find((c) => ending.has(c.step));
            if (endedBy && run.stoppedAt === undefined) {
              expect(ended).toHaveLength(1);
              if (failAnswer.has(endedBy.step)) expect(ended[0]).toMatchObject({ ok: false, status: "FAIL" });
              else expect(ended[0]).toMatchObject({ name: "OperatorAuthError", kind: endedBy.step === "html" ? "html-body" : "invalid-body" });
              if (endedBy.step === "no-session") expect(ended[0]).toMatchObject({ code: "NO_SESSION", outcome: "session-invalid" });
              expect(calls.at(-1)).toBe(endedBy);
            }
            if (endedBy || run.stoppedAt !== undefined) {
              expect(run.timersLeft, "a timer left after the keeper stopped").toBe(0);
              expect(calls.length, "a call after the keeper stopped").toBe(run.callsAtStop);
              expect(vi.getTimerCount()).toBe(0);
            }
            run.keeper.stop();
            await flush();
            expect(vi.getTimerCount(), "a timer left after stop()").toBe(0);
            passed = true;
          } finally {
            tally("keep-alive", passed);
            vi.useRealTimers();
          }
        }),
        { numRuns: keepAliveRuns, seed: seedFor("keepSessionAlive") },
      );
    }, slowTestMs);
  });
}
