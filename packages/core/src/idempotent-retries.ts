import { callerAborted, withDeadline } from "./deadline.js";
import { invalidInput } from "./invalid-input.js";
import { OperatorAuthError } from "./operator-auth-error.js";
import { isRetryable, retryAfterMs } from "./retry.js";
import type { CallOptions, Transport } from "./transport.js";

/** The option of a client whose calls include ones that may be sent twice (a keep-alive, a logout). */
export interface RetryOptions {
  /**
   * How many times a keep-alive or logout is sent again after a failure `isRetryable` accepts (`network`,
   * `timeout`, an undocumented 408, 425, 429 or 5xx); never after a documented answer, never for a login.
   * It waits the answer's `Retry-After`, else 0.25–0.5 s, then twice that each time; a `Retry-After` over
   * a minute ends the retries. Each try has the whole `timeoutMs`; the call's `signal` also ends the wait.
   * A whole number from 0 to 5. Default: `0` (no retry).
   */
  maxRetries?: number;
}

/** The longest wait between two tries; an answer asking for more is thrown rather than waited for. */
const longestWaitMs = 60_000;

/**
 * The same transport, sending `operations` (calls that may safely reach the provider twice) up to
 * `maxRetries` more times after a retryable failure. Every other operation goes through untouched.
 */
export function retryIdempotent(transport: Transport, operations: readonly string[], maxRetries: number = 0, where: string): Transport {
  if (!Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > 5) throw invalidInput(where, "maxRetries", "must be a whole number from 0 to 5");
  return {
    options: { ...transport.options, maxRetries },
    async send(operation, request, options?: CallOptions) {
      for (let retry = 0; ; retry++) {
        try {
          return await transport.send(operation, request, options);
        } catch (error) {
          const wait = retryAfterMs(error) ?? 250 * 2 ** retry * (1 + Math.random());
          if (retry >= maxRetries || !operations.includes(operation.id) || !isRetryable(error) || wait > longestWaitMs) throw error;
          // The deadline alone ends this wait; only the caller's signal makes it fail.
          await withDeadline(wait, options?.signal, () => new Promise<never>(() => {})).catch((why) => {
            if (why === callerAborted) throw new OperatorAuthError("aborted", `${operation.id}: aborted by the caller while waiting to retry.`, { operation: operation.id });
          });
        }
      }
    },
  };
}
