import { OperatorAuthError, type CallOptions } from "@operator-auth/core";
import { inputChecker } from "./input.js";
import type { BetfairSessionFailure, BetfairSessionResult } from "./session-result.js";

export interface KeepSessionAliveOptions {
  /**
   * Milliseconds from one settled keep-alive to the next; the first call comes one interval after the
   * start. Default: `900000` (15 minutes, inside the 20-minute session expiry the documents give).
   */
  intervalMs?: number;
  /**
   * Milliseconds before the first retry after a transport error; each further error in a row doubles
   * it, up to `maxRetryDelayMs`. Default: `5000`.
   */
  retryDelayMs?: number;
  /** The longest wait between two retries. Default: `300000` (5 minutes). */
  maxRetryDelayMs?: number;
  /**
   * Told of every transport error (`OperatorAuthError`: network, timeout, an HTML page, …) with the
   * milliseconds until the retry. Default: none (the error is retried silently).
   */
  onError?: (error: OperatorAuthError, retryInMs: number) => void;
  /**
   * Told once when Betfair answers FAIL (e.g. `NO_SESSION`): keeping alive has stopped, the app needs a
   * new login. Default: none.
   */
  onSessionEnded?: (result: BetfairSessionFailure) => void;
}

/** A running keep-alive. */
export interface SessionKeeper {
  /** Stops at once: no further call, no timer left, a call under way is aborted and its result ignored. */
  stop(): void;
}

export const defaultKeepAliveIntervalMs = 15 * 60_000;
export const defaultRetryDelayMs = 5_000;
export const defaultMaxRetryDelayMs = 5 * 60_000;

type KeepAliveCall = (token: string, options: CallOptions) => Promise<BetfairSessionResult>;

/**
 * Calls Keep Alive every `intervalMs` until stopped or until Betfair ends the session. Calls never
 * overlap: the next one is scheduled only once the previous one has settled. Transport errors are
 * retried with exponential backoff; a FAIL answer is not retried. An exception thrown by a callback
 * is ignored and does not change the schedule.
 */
export function keepSessionAlive(keepAlive: KeepAliveCall, token: string, options: KeepSessionAliveOptions = {}): SessionKeeper {
  const check = inputChecker("keepSessionAlive");
  check.text(token, "token");
  const intervalMs = positive(options.intervalMs ?? defaultKeepAliveIntervalMs, "intervalMs");
  const retryDelayMs = positive(options.retryDelayMs ?? defaultRetryDelayMs, "retryDelayMs");
  const maxRetryDelayMs = positive(options.maxRetryDelayMs ?? defaultMaxRetryDelayMs, "maxRetryDelayMs");
  const { onError, onSessionEnded } = options;

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
      result = await keepAlive(token, { signal: controller.signal });
    } catch (cause) {
      if (stopped) return;
      errorsInRow += 1;
      const delayMs = Math.min(retryDelayMs * 2 ** (errorsInRow - 1), maxRetryDelayMs);
      const error =
        cause instanceof OperatorAuthError
          ? cause
          : new OperatorAuthError("network", "keepAlive: the request failed before an answer arrived.", { operation: "keepAlive", cause });
      ignoreThrow(() => onError?.(error, delayMs));
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
    stopped = true;
    ignoreThrow(() => onSessionEnded?.(result));
  }

  function positive(value: number, field: string): number {
    if (!(Number.isFinite(value) && value > 0)) {
      throw check.problem(`${field} must be a positive number of milliseconds.`);
    }
    return value;
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

function ignoreThrow(callback: () => void): void {
  try {
    callback();
  } catch {
    // A callback's own failure must not stop or double the schedule.
  }
}
