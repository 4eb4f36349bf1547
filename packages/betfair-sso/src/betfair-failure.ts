import { failure, type Failure, type Outcome } from "@operator-auth/core";

/** A documented code, or any other string Betfair may send one day (kept verbatim, outcome `unknown`). */
export type Code<Known extends string> = Known | (string & {});

/**
 * A documented Betfair answer that is not a success. Betfair answers every call with HTTP 200 and says
 * in the body what happened, so the result carries no HTTP status; `Extra` adds Betfair's own `status`
 * field where the answer has one.
 */
export type BetfairFailure<C, Extra extends object = {}> = Omit<Failure<200, C>, "status"> & Extra;

/** Builds a `BetfairFailure` with the shared outcome rules (a code whose meaning is `ok` cannot fail: `unknown`). */
export function betfairFailure<C, Extra extends object = {}>(
  code: C,
  meaning: { description?: string; outcome: Outcome },
  extra?: Extra,
): BetfairFailure<C, Extra> {
  const { status: _httpStatus, ok, ...result } = failure(200, code, {}, meaning);
  return { ok, ...extra, ...result } as BetfairFailure<C, Extra>;
}
