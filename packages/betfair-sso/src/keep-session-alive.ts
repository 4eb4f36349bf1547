import { callSafely, invalidInput, isHeaderValue, isRetryable, requireTimerMs, type OperatorAuthError, retryAfterMs } from "@operator-auth/core";
import type { BetfairSessionFailure, BetfairSessionResult, BetfairSsoClient } from "./client.js";

export interface KeepSessionAliveOptions {
  /**
   * Milliseconds from one settled keep-alive to the next; the first call comes one interval after the
   * start. Above 0 and at most 2147483647 (2³¹−1, the longest delay a timer keeps). Default: `900000`
   * (15 minutes, inside the "20 minute session expiry time" of the older interactive login document; the
   * current revision gives no figure).
   */
  intervalMs?: number;
  /**
   * Milliseconds before the first retry after a transport error; each further error in a row doubles
   * it, up to `maxRetryDelayMs`. Above 0 and at most 2147483647. Default: `5000`.
   */
  retryDelayMs?: number;
  /** The longest wait between two retries. Above 0 and at most 2147483647. Default: `300000` (5 minutes). */
  maxRetryDelayMs?: number;
  /**
   * Told of every error a later call may not meet, with the milliseconds until the retry: an
   * `OperatorAuthError` that `isRetryable` (from `@operator-auth/core`) accepts — kind `network`,
   * `timeout`, or `undocumented-status` with 408, 425, 429 or a 5xx (a 503 page). Default: none (the error
   * is retried silently). A throw or rejected promise of the callback is ignored.
   */
  onError?: (error: OperatorAuthError, retryInMs: number) => unknown;
  /**
   * Told once when keeping alive has stopped by itself, with why: Betfair's FAIL answer (e.g.
   * `NO_SESSION`: the app needs a new login), or the error that no retry can mend (every error
   * `isRetryable` refuses: an HTML page answered with 200, a garbled body, a usage error, another `Error`).
   * Never after `stop()`. Default: none. A throw or rejected promise of the callback is ignored.
   */
  onSessionEnded?: (why: BetfairSessionFailure | Error) => unknown;
}

/** A running keep-alive. */
export interface KeepAliveHandle {
  /** Stops at once: no further call, no timer left, a call under way is aborted and its result ignored. */
  stop(): void;
}

export const defaultKeepAliveIntervalMs = 15 * 60_000;
export const defaultRetryDelayMs = 5_000;
export const defaultMaxRetryDelayMs = 5 * 60_000;

/** What keeping alive calls: a client's `keepAlive` (any object with one, e.g. from `createBetfairSsoClient`). */
export type KeepAliveClient = Pick<BetfairSsoClient, "keepAlive">;

/** @deprecated Renamed `KeepAliveHandle`: `SessionKeeper` is the `@operator-auth/sessions` keeper. */
export type SessionKeeper = KeepAliveHandle;

/**
 * Calls the client's `keepAlive` every `intervalMs` until stopped or until the session ends. Calls never
 * overlap: the next one is scheduled only once the previous one has settled. Retryable errors
 * (`isRetryable`) are retried with exponential backoff, never sooner than a `Retry-After` asked; a FAIL
 * answer or any other error ends the keeper (`onSessionEnded`). A callback's throw or rejected promise is
 * ignored and does not change the schedule.
 *
 * ```ts
 * const keeper = keepSessionAlive(sso, token, { onSessionEnded: (why) => relogin(why) });
 * ```
 *
 * @throws OperatorAuthError kind `invalid-input` when `client` has no `keepAlive`, the token cannot be
 * sent as a header value, a delay is out of range (not a number, not above 0, above 2³¹−1) or a
 * callback is not a function; nothing is then started.
 */
export function keepSessionAlive(client: KeepAliveClient, token: string, options: KeepSessionAliveOptions = {}): KeepAliveHandle {
  const where = "keepSessionAlive";
  if (typeof client?.keepAlive !== "function") throw invalidInput(where, "client", "must be a client from createBetfairSsoClient");
  if (!isHeaderValue(token)) throw invalidInput(where, "token", "must be a non-empty string of printable ASCII (a header value)");
  if (typeof options !== "object" || options === null) throw invalidInput(where, "options", "must be an object");
  const intervalMs = requireTimerMs(where, "intervalMs", options.intervalMs ?? defaultKeepAliveIntervalMs);
  const retryDelayMs = requireTimerMs(where, "retryDelayMs", options.retryDelayMs ?? defaultRetryDelayMs);
  const maxRetryDelayMs = requireTimerMs(where, "maxRetryDelayMs", options.maxRetryDelayMs ?? defaultMaxRetryDelayMs);
  const { onError, onSessionEnded } = options;
  // Checked now: a callback that is not a function would be skipped in silence, and the app never told.
  for (const name of ["onError", "onSessionEnded"] as const) if (options[name] !== undefined && typeof options[name] !== "function") throw invalidInput(where, name, "must be a function");
  // Checked now: a callback that is not a function would be skipped in silence, and the app never told.
  for (const name of ["onError", "onSessionEnded"] as const) if (options[name] !== undefined && typeof options[name] !== "function") throw invalidInput(where, name, "must be a function");

  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;
  let errorsInRow = 0;

  const schedule = (delayMs: number) => {
    if (!stopped) timer = setTimeout(tick, delayMs);
  };

  async function tick() {
    timer = undefined;
    const controller = (inFlight = new AbortController());
    let result: BetfairSessionResult;
    try {
      result = await client.keepAlive(token, { signal: controller.signal });
    } catch (cause) {
      if (stopped) return;
      if (!isRetryable(cause)) {
        // A later call would meet the same (an HTML page, a usage error, a bug): retrying would repeat it forever.
        end(cause instanceof Error ? cause : new Error("keepAlive failed with a value that is not an Error.", { cause }));
        return;
      }
      errorsInRow += 1;
      // The provider's own "later" counts, within the longest wait the app allows.
      const delayMs = Math.min(Math.max(retryDelayMs * 2 ** (errorsInRow - 1), retryAfterMs(cause) ?? 0), maxRetryDelayMs);
      callSafely(onError, undefined, cause as OperatorAuthError, delayMs);
      schedule(delayMs);
      return;
    } finally {
      inFlight = undefined;
      // A call given up on (a timeout) may still be open; end it so that no two calls ever overlap.
      controller.abort();
    }
    if (stopped) return;
    errorsInRow = 0;
    if (result.ok) {
      schedule(intervalMs);
      return;
    }
    end(result);
  }

  function end(why: BetfairSessionFailure | Error) {
    stopped = true;
    callSafely(onSessionEnded, undefined, why);
  }

  schedule(intervalMs);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      inFlight?.abort();
    },
  };
}
