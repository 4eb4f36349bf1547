/**
 * Betfair keepSessionAlive, given what a careless caller passes, on fake timers: a delay a timer cannot
 * keep (above 2³¹−1 ms it fires after 1 ms, flooding Betfair), or that is not a positive number, and a
 * token that cannot travel as a header value, are refused at the start with `invalid-input` naming the
 * option — no timer, no call. An error no retry can mend ends the keeper at once and says why through
 * `onSessionEnded`, instead of being retried forever.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isHeaderValue } from "@operator-auth/core";
import { createBetfairSsoClient, OperatorAuthError, type BetfairSsoClient } from "@operator-auth/betfair-sso";
import { keepSessionAlive, type KeepSessionAliveOptions } from "@operator-auth/betfair-sso/keep-alive";
import { betfairAppKey } from "./adapters.js";
import { seedFor, tally } from "./harness.js";

export const keeperLimitRuns = Number(process.env.RELIABILITY_KEEPER_LIMIT_RUNS ?? 200);

const maxTimerMs = 2 ** 31 - 1;
const token = "keep-alive-session-token";
const delayOptions = ["intervalMs", "retryDelayMs", "maxRetryDelayMs"] as const;

/** Delays around every edge: in range, at 2³¹−1, just past it, far past it, not finite, not positive, not numbers. */
const delay = fc.oneof(
  fc.integer({ min: 1, max: maxTimerMs }),
  fc.constantFrom(maxTimerMs, 2 ** 31, 2 ** 32 + 1, 2 ** 53, Number.MAX_VALUE, Infinity, -Infinity, NaN, 0, -0, -1, 0.5),
  fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom("900000", null, true, {}, 10n),
);
/** Left out, `undefined` and `null` mean the default; anything else must be a delay a timer keeps. */
const usable = (value: unknown) => value == null || (typeof value === "number" && value > 0 && value <= maxTimerMs);

/** A Betfair client whose fetch counts the calls and answers SUCCESS. */
function counted(appKey = betfairAppKey) {
  const sent: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    sent.push(String(input));
    return new Response(JSON.stringify({ token, product: appKey, status: "SUCCESS", error: "" }), { headers: { "content-type": "application/json" } });
  }) as typeof globalThis.fetch;
  return { sent, connect: () => createBetfairSsoClient({ appKey, fetch }) };
}

/** Starts a keeper, or returns the refusal. */
function start(client: BetfairSsoClient, sessionToken: string, options: KeepSessionAliveOptions) {
  try {
    return { keeper: keepSessionAlive(client, sessionToken, options) };
  } catch (error) {
    return { error };
  }
}

export function keeperLimitsSuite() {
  describe("keepSessionAlive limits", () => {
    beforeEach(() => {
      vi.useFakeTimers({ now: 0 });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it(`${keeperLimitRuns} option sets: a delay a timer cannot keep is refused at the start, naming it; nothing runs`, async () => {
      const options = fc.record({ intervalMs: delay, retryDelayMs: delay, maxRetryDelayMs: delay }, { requiredKeys: [] });
      await fc.assert(
        fc.asyncProperty(options, async (given) => {
          let passed = false;
          try {
            const { sent, connect } = counted();
            const { keeper, error } = start(connect(), token, given as KeepSessionAliveOptions);
            const firstBad = delayOptions.find((name) => name in given && !usable((given as Record<string, unknown>)[name]));
            if (firstBad) {
              expect(error).toBeInstanceOf(OperatorAuthError);
              expect(error).toMatchObject({ kind: "invalid-input" });
              expect((error as Error).message).toMatch(new RegExp(`^keepSessionAlive: ${firstBad} `));
              expect(vi.getTimerCount(), "a timer left by a refused keeper").toBe(0);
            } else {
              expect(error).toBeUndefined();
              // The first call comes one interval after the start, not 1 ms after it.
              const intervalMs = (given.intervalMs as number | null | undefined) ?? 15 * 60_000;
              const quietMs = Math.floor(intervalMs) - 1;
              if (quietMs > 0) {
                await vi.advanceTimersByTimeAsync(quietMs);
                expect(sent, "a call before the interval").toEqual([]);
              }
              keeper!.stop();
            }
            await vi.advanceTimersByTimeAsync(maxTimerMs);
            if (firstBad) expect(sent, "a call from a refused keeper").toEqual([]);
            passed = true;
          } finally {
            vi.clearAllTimers();
            tally("keeper limits", passed);
          }
        }),
        { numRuns: keeperLimitRuns, seed: seedFor("keeper delays") },
      );
    });

    it(`${keeperLimitRuns} tokens: one that cannot travel as a header value is refused at the start; nothing is sent`, async () => {
      const anyToken = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.stringMatching(/^[\x21-\x7e]{1,40}$/), fc.constantFrom("", " t", "t ", "a\nb", "tök"));
      await fc.assert(
        fc.asyncProperty(anyToken, async (sessionToken) => {
          let passed = false;
          try {
            const { sent, connect } = counted();
            const { keeper, error } = start(connect(), sessionToken, { intervalMs: 1000 });
            if (isHeaderValue(sessionToken)) {
              expect(error).toBeUndefined();
              await vi.advanceTimersByTimeAsync(1000);
              expect(sent).toHaveLength(1);
              keeper!.stop();
            } else {
              expect(error).toMatchObject({ name: "OperatorAuthError", kind: "invalid-input" });
              expect((error as Error).message).toMatch(/^keepSessionAlive: token /);
              expect(vi.getTimerCount()).toBe(0);
              await vi.advanceTimersByTimeAsync(60 * 60_000);
              expect(sent).toEqual([]);
            }
            passed = true;
          } finally {
            vi.clearAllTimers();
            tally("keeper limits", passed);
          }
        }),
        { numRuns: keeperLimitRuns, seed: seedFor("keeper tokens") },
      );
    });

    it("an error no retry can mend (an appKey that cannot be a header) ends the keeper and says why; nothing is retried", async () => {
      let passed = false;
      try {
        const { sent, connect } = counted("app key ");
        // Refused when the client is built, or at the first call: either way, never retried.
        const built = (() => {
          try {
            return connect();
          } catch (error) {
            return error;
          }
        })();
        if (built instanceof Error) {
          expect(built).toMatchObject({ kind: "invalid-input" });
        } else {
          const errors: unknown[] = [];
          const ended: unknown[] = [];
          const keeper = keepSessionAlive(built as BetfairSsoClient, token, {
            intervalMs: 1000,
            onError: (error) => void errors.push(error),
            onSessionEnded: (why) => void ended.push(why),
          });
          await vi.advanceTimersByTimeAsync(60 * 60_000);
          expect(errors, "retried").toEqual([]);
          expect(ended).toEqual([expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input" })]);
          expect(vi.getTimerCount()).toBe(0);
          expect(sent).toEqual([]);
          keeper.stop();
        }
        passed = true;
      } finally {
        tally("keeper limits", passed);
      }
    });
  });
}
