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
