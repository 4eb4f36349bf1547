import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBetfairSsoClient, type BetfairSessionFailure, OperatorAuthError, type OperatorAuthErrorKind } from "../src/index.js";
import {
  defaultKeepAliveIntervalMs,
  defaultMaxRetryDelayMs,
  defaultRetryDelayMs,
  keepSessionAlive,
  type KeepSessionAliveOptions,
} from "../src/keep-alive.js";

const appKey = "IhDSui3ODdsdwo";
const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
const minutes = 60_000;

const json = (body: object) => new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
const success = () => json({ token, product: appKey, status: "SUCCESS", error: "" });
const noSession = () => json({ token, product: appKey, status: "FAIL", error: "NO_SESSION" });
const htmlPage = (status = 200) => () => new Response("<html><body>Maintenance</body></html>", { status, headers: { "content-type": "text/html" } });
const connectionRefused = (): Response => {
  throw new TypeError("fetch failed");
};
/** An answer that never comes; it fails only when the call's signal aborts. */
const pending = (request: Request) =>
  new Promise<Response>((_resolve, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason)));

type Answer = (request: Request) => Response | Promise<Response>;

/** A fetch that answers from a script (success once the script is used up) and records when each call came. */
function keeper(answers: Answer[], options: KeepSessionAliveOptions = {}, timeoutMs?: number) {
  const calls: { at: number; request: Request }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    // The same request whether the transport hands over a Request or a URL and its init.
    const request = new Request(input, init);
    calls.push({ at: Date.now(), request });
    return (answers.shift() ?? success)(request);
  };
  const errors: [OperatorAuthError, number][] = [];
  const ended: (BetfairSessionFailure | Error)[] = [];
  const sso = createBetfairSsoClient({ appKey, fetch: fetch as typeof globalThis.fetch, timeoutMs });
  const keep = keepSessionAlive(sso, token, {
    onError: (error, retryInMs) => void errors.push([error, retryInMs]),
    onSessionEnded: (result) => void ended.push(result),
    ...options,
  });
  return { calls, errors, ended, keep, times: () => calls.map((c) => c.at) };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("keepSessionAlive", () => {
  it("documents its defaults", () => {
    expect([defaultKeepAliveIntervalMs, defaultRetryDelayMs, defaultMaxRetryDelayMs]).toEqual([15 * minutes, 5000, 5 * minutes]);
  });

  it("calls keepAlive one interval after the start, then one interval after each answer", async () => {
    const { calls, times, keep } = keeper([]);
    await vi.advanceTimersByTimeAsync(15 * minutes - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(30 * minutes);
    expect(times()).toEqual([15 * minutes, 30 * minutes, 45 * minutes]);
    const { request } = calls[0]!;
    expect(new URL(request.url).pathname).toBe("/api/keepAlive");
    expect(request.headers.get("X-Authentication")).toBe(token);
    expect(request.headers.get("X-Application")).toBe(appKey);
    keep.stop();
  });

  it("never overlaps calls: nothing is scheduled while a call is under way", async () => {
    let answer!: (response: Response) => void;
    // A call timeout longer than the test, so that the answer alone ends the call.
    const { times, keep } = keeper([() => new Promise<Response>((resolve) => (answer = resolve))], { intervalMs: 1 * minutes }, 1_000 * minutes);
    await vi.advanceTimersByTimeAsync(1 * minutes);
    await vi.advanceTimersByTimeAsync(120 * minutes);
    // Two hours is 120 intervals: not one further call while the first is under way.
    expect(times()).toEqual([1 * minutes]);
    answer(success());
    await vi.advanceTimersByTimeAsync(1 * minutes);
    expect(times()).toEqual([1 * minutes, 122 * minutes]);
    keep.stop();
  });

  it("retries retryable errors with exponential backoff, then returns to the interval", async () => {
    const { times, errors, ended, keep } = keeper([connectionRefused, htmlPage(503), connectionRefused]);
    await vi.advanceTimersByTimeAsync(15 * minutes + 5_000 + 10_000 + 20_000);
    expect(times()).toEqual([15 * minutes, 15 * minutes + 5_000, 15 * minutes + 15_000, 15 * minutes + 35_000]);
    expect(errors.map(([error, retryInMs]) => [error.name, error.kind, retryInMs])).toEqual([
      ["OperatorAuthError", "network", 5_000],
      ["OperatorAuthError", "undocumented-status", 10_000],
      ["OperatorAuthError", "network", 20_000],
    ]);
    await vi.advanceTimersByTimeAsync(15 * minutes);
    expect(times().at(-1)).toBe(30 * minutes + 35_000);
    // After a success the backoff starts again from the first delay.
    expect(ended).toEqual([]);
    keep.stop();
  });

  it("caps the backoff at maxRetryDelayMs", async () => {
    const { errors, keep } = keeper([connectionRefused, connectionRefused, connectionRefused, connectionRefused], {
      intervalMs: 60_000,
      retryDelayMs: 1_000,
      maxRetryDelayMs: 3_000,
    });
    await vi.advanceTimersByTimeAsync(60_000 + 1_000 + 2_000 + 3_000);
    expect(errors.map(([, retryInMs]) => retryInMs)).toEqual([1_000, 2_000, 3_000, 3_000]);
    keep.stop();
  });

  it("stops and reports the end of the session on FAIL", async () => {
    const { times, ended, errors } = keeper([noSession]);
    await vi.advanceTimersByTimeAsync(15 * minutes);
    expect(ended).toEqual([expect.objectContaining({ ok: false, status: "FAIL", code: "NO_SESSION", outcome: "session-invalid" })]);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(120 * minutes);
    expect(times()).toEqual([15 * minutes]);
    expect(errors).toEqual([]);
  });

  it("stop() before the first call leaves no timer and makes no call", async () => {
    const { calls, keep } = keeper([]);
    expect(vi.getTimerCount()).toBe(1);
    keep.stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(120 * minutes);
    expect(calls).toHaveLength(0);
    keep.stop();
  });

  it("a call that times out is retried, and is ended before the retry", async () => {
    let toldAt: number | undefined;
    const { calls, errors, keep } = keeper([pending], { onError: (error, retryInMs) => void ((toldAt = Date.now()), errors.push([error, retryInMs])) }, 50);
    await vi.advanceTimersByTimeAsync(15 * minutes);
    // vi.waitFor moves the fake clock on while it polls, whichever clock the call's deadline runs on.
    await vi.waitFor(() => expect(errors.map(([error, retryInMs]) => [error.kind, retryInMs])).toEqual([["timeout", 5_000]]));
    expect(calls[0]!.request.signal.aborted).toBe(true);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(2);
    // The retry comes the told delay after the error, on the fake clock: no real time is measured.
    expect(calls[1]!.at - toldAt!).toBe(5_000);
    keep.stop();
  });

  it("stop() during a call aborts it, reports nothing and schedules nothing", async () => {
    const { calls, errors, ended, keep } = keeper([pending], {}, 1_000 * minutes);
    await vi.advanceTimersByTimeAsync(15 * minutes);
    expect(calls).toHaveLength(1);
    keep.stop();
    expect(calls[0]!.request.signal.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(120 * minutes);
    expect(vi.getTimerCount()).toBe(0);
    expect(calls).toHaveLength(1);
    expect([errors, ended]).toEqual([[], []]);
  });

  it("stop() from onError prevents the retry", async () => {
    let keep: { stop(): void } | undefined;
    const run = keeper([connectionRefused], { onError: () => keep?.stop() });
    keep = run.keep;
    await vi.advanceTimersByTimeAsync(15 * minutes);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(120 * minutes);
    expect(run.calls).toHaveLength(1);
  });

  it("a callback that throws does not stop the schedule", async () => {
    const { times, keep } = keeper([connectionRefused], {
      onError: () => {
        throw new Error("logging failed");
      },
    });
    await vi.advanceTimersByTimeAsync(15 * minutes + 5_000);
    expect(times()).toEqual([15 * minutes, 15 * minutes + 5_000]);
    expect(vi.getTimerCount()).toBe(1);
    keep.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([
    ["an empty token", "", {}, "token"],
    ["a token with a space at its end", `${token} `, {}, "token"],
    ["a token holding a line break", "abc\r\ndef", {}, "token"],
    ["a zero interval", token, { intervalMs: 0 }, "intervalMs"],
    ["a negative retry delay", token, { retryDelayMs: -1 }, "retryDelayMs"],
    ["an infinite backoff cap", token, { maxRetryDelayMs: Infinity }, "maxRetryDelayMs"],
    ["an interval that is not a number", token, { intervalMs: "900000" }, "intervalMs"],
    ["an interval a timer cannot keep (2³¹ ms)", token, { intervalMs: 2 ** 31 }, "intervalMs"],
    ["a retry delay a timer cannot keep", token, { retryDelayMs: 2 ** 40 }, "retryDelayMs"],
    ["a backoff cap a timer cannot keep", token, { maxRetryDelayMs: 2 ** 31 }, "maxRetryDelayMs"],
    ["options that are not an object", token, 5, "options"],
    ["an onError that is not a function", token, { onError: "log" }, "onError"],
    ["an onSessionEnded that is not a function", token, { onSessionEnded: {} }, "onSessionEnded"],
  ])("refuses %s, starting nothing", (_name, sessionToken, options, option) => {
    const sso = createBetfairSsoClient({ appKey, fetch: (() => expect.fail("nothing is sent")) as never });
    expect(() => keepSessionAlive(sso, sessionToken, options as never)).toThrow(
      expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input", message: expect.stringMatching(new RegExp(`^keepSessionAlive: ${option} `)) }),
    );
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([
    ["no client", undefined],
    ["a client without keepAlive (the raw client, say)", { GET: () => {} }],
    ["a keepAlive that is not a function", { keepAlive: "yes" }],
  ])("refuses %s, starting nothing", (_name, client) => {
    expect(() => keepSessionAlive(client as never, token)).toThrow(
      expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input", message: expect.stringMatching(/^keepSessionAlive: client /) }),
    );
    expect(vi.getTimerCount()).toBe(0);
  });

  it("takes the longest delays a timer keeps (2³¹−1 ms): the first call comes then, not at once", async () => {
    const { calls, keep } = keeper([], { intervalMs: 2 ** 31 - 1, retryDelayMs: 2 ** 31 - 1, maxRetryDelayMs: 2 ** 31 - 1 });
    await vi.advanceTimersByTimeAsync(2 ** 31 - 2);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    keep.stop();
  });
});

describe("keepSessionAlive: what is retried and what ends it", () => {
  type Call = Parameters<typeof keepSessionAlive>[0]["keepAlive"];
  /** Runs a keeper over a call that throws `thrown` once, then answers SUCCESS. */
  async function after(thrown: unknown) {
    let calls = 0;
    const call: Call = async (sent) => {
      calls += 1;
      if (calls === 1) throw thrown;
      return { ok: true, status: "SUCCESS", outcome: "ok", token: sent };
    };
    const errors: [OperatorAuthError, number][] = [];
    const ended: (BetfairSessionFailure | Error)[] = [];
    const keep = keepSessionAlive({ keepAlive: call }, token, {
      intervalMs: 1000,
      retryDelayMs: 100,
      onError: (error, retryInMs) => void errors.push([error, retryInMs]),
      onSessionEnded: (why) => void ended.push(why),
    });
    await vi.advanceTimersByTimeAsync(60 * minutes);
    keep.stop();
    return { calls, errors, ended };
  }

  const failed = (kind: OperatorAuthErrorKind, status?: number, retryAfter?: string) =>
    new OperatorAuthError(kind, `keepAlive: ${kind}${status ? ` ${status}` : ""}.`, { operation: "keepAlive", status, retryAfter });

  it.each([
    ["network", failed("network")],
    ["timeout", failed("timeout")],
    ["undocumented-status 503", failed("undocumented-status", 503)],
    ["undocumented-status 500", failed("undocumented-status", 500)],
    ["undocumented-status 429", failed("undocumented-status", 429)],
    ["undocumented-status 408", failed("undocumented-status", 408)],
  ])("an OperatorAuthError %s is retryable (isRetryable): told to onError and retried", async (_name, error) => {
    const { calls, errors, ended } = await after(error);
    expect(errors).toEqual([[error, 100]]);
    expect(ended).toEqual([]);
    expect(calls).toBeGreaterThan(2);
  });

  it("a 429 whose Retry-After asks for longer than the backoff is retried no sooner, within maxRetryDelayMs", async () => {
    const { errors } = await after(failed("undocumented-status", 429, "30"));
    expect(errors.map(([, retryInMs]) => retryInMs)).toEqual([30_000]);
    const capped: number[] = [];
    const keep = keepSessionAlive({ keepAlive: async () => Promise.reject(failed("undocumented-status", 429, "1200")) }, token, {
      intervalMs: 1000,
      retryDelayMs: 100,
      maxRetryDelayMs: 60_000,
      onError: (_error, retryInMs) => void capped.push(retryInMs),
    });
    await vi.advanceTimersByTimeAsync(1000 + 60_000);
    keep.stop();
    expect(capped).toEqual([60_000, 60_000]);
  });

  it.each([
    ["an HTML page answered with 200 (html-body)", failed("html-body", 200)],
    ["an empty body", failed("empty-body", 200)],
    ["a garbled body", failed("invalid-body", 200)],
    ["a body of another shape", failed("unexpected-body", 200)],
    ["a body past maxBodyBytes", failed("body-too-large", 200)],
    ["an undocumented 404", failed("undocumented-status", 404)],
    ["an OperatorAuthError of kind invalid-input", new OperatorAuthError("invalid-input", "keepAlive: the X-Application header must be printable ASCII.")],
    ["an OperatorAuthError of kind insecure-url", new OperatorAuthError("insecure-url", "keepAlive: http to a host that is not loopback.")],
    ["an OperatorAuthError of kind aborted", new OperatorAuthError("aborted", "keepAlive: aborted by the caller.")],
    ["a TypeError (a bug, not the network)", new TypeError("result.token is not a function")],
  ])("%s is not retryable: it ends the keeper at once, told to onSessionEnded as the why", async (_name, error) => {
    const { calls, errors, ended } = await after(error);
    expect(calls).toBe(1);
    expect(errors).toEqual([]);
    expect(ended).toEqual([error]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a thrown value that is not an Error ends it too, wrapped in an Error that keeps it as cause", async () => {
    const { calls, ended } = await after("socket hang up");
    expect(calls).toBe(1);
    expect(ended).toEqual([expect.objectContaining({ name: "Error", cause: "socket hang up" })]);
  });
});

describe("keepSessionAlive: callbacks that throw or reject", () => {
  /** Collects the process's unhandled rejections while `run` goes, so a crash the app would suffer shows as a finding. */
  async function unhandledDuring(run: () => Promise<void>) {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => void unhandled.push(reason);
    process.on("unhandledRejection", listener);
    try {
      await run();
      // Unhandled rejections are reported after the microtask queue drains: give it real turns.
      vi.useRealTimers();
      for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("unhandledRejection", listener);
    }
    return unhandled;
  }

  it("an async onSessionEnded that rejects (an async signOut) and an async onError that rejects crash nothing", async () => {
    const told: string[] = [];
    const unhandled = await unhandledDuring(async () => {
      const { calls, keep } = keeper([connectionRefused, noSession], {
        onError: async () => {
          told.push("error");
          throw new Error("metrics down");
        },
        onSessionEnded: async () => {
          told.push("ended");
          throw new Error("signOut failed");
        },
      });
      await vi.advanceTimersByTimeAsync(15 * minutes + 5_000);
      expect(calls).toHaveLength(2);
      keep.stop();
    });
    expect(told).toEqual(["error", "ended"]);
    expect(unhandled).toEqual([]);
  });

  it("an onSessionEnded that throws at once changes nothing: the keeper has ended, no timer is left", async () => {
    const unhandled = await unhandledDuring(async () => {
      const { calls } = keeper([noSession], {
        onSessionEnded: () => {
          throw new Error("signOut failed");
        },
      });
      await vi.advanceTimersByTimeAsync(15 * minutes);
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(60 * minutes);
      expect(calls).toHaveLength(1);
    });
    expect(unhandled).toEqual([]);
  });
});
