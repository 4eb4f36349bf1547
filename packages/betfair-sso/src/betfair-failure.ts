import { failure, type CodeOutcome, type Failure, type Outcome, type UnknownFailure } from "@operator-auth/core";

/** The fields spelled out one by one, so that editors show a result rather than an intersection. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

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
