import { OperatorAuthError } from "./operator-auth-error.js";

/**
 * Whether the same call may succeed if sent again later: the one answer to that question for every piece
 * that retries (a keep-alive schedule, the session keeper's backoff, a client's `maxRetries`).
 * - `network`, `timeout`: yes; nothing documented came back.
 * - `undocumented-status` with 408, 425, 429 or a 5xx: yes; the status itself says "later".
 * - every other kind: no. An HTML page, a garbled or unexpected body, a refused input, a bad certificate or
 *   an abort by the caller would come back the same.
 * A login is never retried by a client on its own: a provider may ban logins sent too often.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof OperatorAuthError)) return false;
  if (error.kind === "network" || error.kind === "timeout") return true;
  const status = error.status ?? 0;
  return error.kind === "undocumented-status" && (status === 408 || status === 425 || status === 429 || status >= 500);
}

/**
 * The wait an answer asked for with `Retry-After` (seconds, or an HTTP date measured against `now`), in
 * milliseconds and never negative; `undefined` when there is none or it cannot be read.
 */
export function retryAfterMs(error: unknown, now: number = Date.now()): number | undefined {
  const header = error instanceof OperatorAuthError ? error.retryAfter?.trim() : undefined;
  if (!header) return undefined;
  if (/^\d+$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(at - now, 0);
}
