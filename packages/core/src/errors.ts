/**
 * Why a call ended without a documented answer.
 * - `network`: the request did not reach the server or the connection broke.
 * - `timeout`: no complete answer within `timeoutMs`.
 * - `aborted`: the caller's `signal` aborted the call.
 * - `undocumented-status`: an HTTP status the provider's documentation does not list.
 * - `html-body`: an HTML page where JSON was documented (a proxy, a login wall, a maintenance page).
 * - `empty-body`: no body where one was documented.
 * - `body-too-large`: a body longer than `maxBodyBytes` (counted after decompression); reading stopped there.
 * - `invalid-body`: a body that is not JSON (truncated, garbled) where JSON was documented.
 * - `unexpected-body`: JSON, but not of the documented shape.
 * - `opaque-redirect`: the answer was a redirect (HTTP 3xx), which a browser's `fetch` hides from scripts
 *   (an opaque-redirect response: no status, headers or body), so even a documented 3xx (the casino
 *   gateway's 303) cannot be read there. Make the call from a server (log in through the app's server),
 *   where every runtime reads it. The call was sent; not worth retrying.
 * - `insecure-url`: credentials would travel over plain http to a host that is not loopback, and the
 *   client's `allowInsecureHttp` is not `true`.
 * - `invalid-input`: the call's own arguments are unusable; nothing was sent.
 * - `unsupported-runtime`: the call needs something this runtime lacks (Betfair's certificate login
 *   needs Node.js and the undici package); nothing was sent.
 * - `invalid-certificate`: a client certificate or its key cannot be used (not valid PEM, an encrypted
 *   key, a key that does not belong to the certificate); the message gives OpenSSL's reason, never the
 *   key. A setup mistake, not worth retrying; nothing was sent.
 *
 * Which of them are worth trying again later is decided once, by `isRetryable`.
 */
export type OperatorAuthErrorKind =
  | "network"
  | "timeout"
  | "aborted"
  | "undocumented-status"
  | "html-body"
  | "empty-body"
  | "body-too-large"
  | "invalid-body"
  | "unexpected-body"
  | "opaque-redirect"
  | "insecure-url"
  | "invalid-input"
  | "unsupported-runtime"
  | "invalid-certificate";

export interface OperatorAuthErrorDetails {
  /** The operation that failed, as named in the spec (`login`, `keepAlive`, …). */
  operation?: string;
  /** The HTTP status, when a response arrived. */
  status?: number;
  /** An undocumented status's `Retry-After` header, verbatim. */
  retryAfter?: string | null;
  cause?: unknown;
}

/**
 * Thrown for every failure that is not a documented answer: transport, protocol and usage errors.
 * Its message is built only from the operation, the status and the kind, never from request or
 * response bodies, so no password or token can end up in it.
 */
export class OperatorAuthError extends Error {
  override readonly name = "OperatorAuthError";
  readonly kind: OperatorAuthErrorKind;
  readonly operation: string | undefined;
  readonly status: number | undefined;
  /** `undocumented-status`: the answer's `Retry-After` header, verbatim (seconds or an HTTP date); read it with `retryAfterMs`. */
  readonly retryAfter: string | undefined;

  constructor(kind: OperatorAuthErrorKind, message: string, details: OperatorAuthErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.operation = details.operation;
    this.status = details.status;
    this.retryAfter = details.retryAfter ?? undefined;
  }

  toJSON(): { name: string; kind: OperatorAuthErrorKind; message: string; operation?: string; status?: number } {
    return { name: this.name, kind: this.kind, message: this.message, operation: this.operation, status: this.status };
  }
}

/**
 * The one builder of `invalid-input` errors: an argument, option or input that cannot be used; nothing
 * was sent. Messages name the function or operation and what is wrong, never quoting the value (it may
 * be a password or a token). `operation` is given for a call's own input.
 */
export const inputError = (message: string, operation?: string) => new OperatorAuthError("invalid-input", message, { operation });

/** An option or argument of `where` (a factory, a function) that cannot be used: "<where>: <option> <problem>." */
export function invalidInput(where: string, option: string, problem: string): OperatorAuthError {
  return inputError(`${where}: ${option} ${problem}.`);
}

/** A call's input that cannot be sent: "<operation>: <problem>.", with the operation recorded on the error. */
export const refuseInput = (operation: string, problem: string) => inputError(`${operation}: ${problem}.`, operation);

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
