import {
  failure,
  outcomeOf,
  type CodeOutcome,
  type Describe,
  type Failure,
  type Flat,
  type Outcome,
  type OutcomeTable,
  type Success,
  type UnknownFailure,
} from "@operator-auth/core";

/** `SUCCESS`, with the session: Betfair's `status` (not an HTTP status), outcome `ok`, and `token`. */
export type BetfairSuccess = Success<
  "SUCCESS",
  {
    /**
     * The session token, for the `X-Authentication` header of keep-alive, logout and the Exchange API: a
     * certificate login's `sessionToken`; for keep-alive and logout, the token the call applied to.
     */
    token: string;
  }
>;

/**
 * A documented Betfair answer that is not a success, one branch per documented code (`Codes`, a generated
 * `<Schema>Codes` union). The documents give no HTTP status for Betfair's answers; the client takes each as
 * an HTTP 200 whose body says what happened (observed behaviour, not a statement of the documents), so
 * the result carries no HTTP status; `Extra` adds Betfair's own `status` field where the answer has one.
 */
export type BetfairFailure<Codes extends CodeOutcome, Extra extends object = {}> = Codes extends unknown
  ? Flat<Omit<Failure<200, Codes>, "status"> & Extra>
  : never;

/** The branch of a code the documents do not list: `outcome` `"unknown"`, the code verbatim. */
export type BetfairUnknownFailure<Extra extends object = {}> = Flat<Omit<UnknownFailure<200, string>, "status"> & Extra>;

/** Every member of a generated codes union but those meaning "ok" (which no failure can carry). */
export type FailureCodes<Codes extends CodeOutcome> = Exclude<Codes, { readonly outcome: "ok" }>;

/** Builds a Betfair failure with the shared outcome rules (a code whose meaning is `ok` cannot fail: `unknown`). */
export function betfairFailure<Result>(code: string, meaning: { description?: string; outcome: Outcome }, extra?: object): Result {
  const { status: _httpStatus, ok, ...result } = failure<{ status: number; ok: false }>(200, code, {}, meaning);
  return { ok, ...extra, ...result } as Result;
}

/**
 * Betfair's one rule for an answer whose `status` is not SUCCESS: its `error` value is the precise reason,
 * and the status alone decides only when Betfair sent no error value. An undocumented status is unknown
 * whatever its error value says. The code is the error value, or the status when there is none.
 */
export function betfairStatusFailure<Result>(
  status: string,
  body: unknown,
  tables: { status: OutcomeTable; error: OutcomeTable },
  describe: Describe,
  extra: object,
): Result {
  const error = (body as { error?: unknown }).error;
  const reason = typeof error === "string" ? error : "";
  const meaning =
    reason && outcomeOf(tables.status, status) ? describe(reason, [tables.error]) : describe(status, [tables.status]);
  return betfairFailure(reason || status, meaning, extra);
}
