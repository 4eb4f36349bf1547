import { describeCode, outcomeOf, requireField, type Descriptions } from "@operator-auth/core";
import { betfairFailure, type BetfairFailure, type BetfairUnknownFailure, type FailureCodes } from "./betfair-failure.js";
import { SessionErrorCode, SessionStatus, type SessionErrorCodeCodes, type SessionStatusCodes } from "./generated/outcomes.js";
import type { KeepAliveResponse, LogoutResponse } from "./generated/operations.js";

export interface BetfairSessionSuccess {
  ok: true;
  /** Betfair's status. */
  status: "SUCCESS";
  outcome: "ok";
  /** The session token the call applied to. */
  token: string;
}

/**
 * Betfair answered FAIL: `code` is its `error` value (`NO_SESSION` → outcome `session-invalid`), or the
 * status itself when `error` is empty. An undocumented status or error value comes back verbatim with
 * outcome `unknown`.
 */
export type BetfairSessionFailure =
  | BetfairFailure<SessionErrorCodeCodes | FailureCodes<SessionStatusCodes>, { status: "FAIL" }>
  | BetfairUnknownFailure<{ status: string }>;

export type BetfairSessionResult = BetfairSessionSuccess | BetfairSessionFailure;

/**
 * Turns a Keep Alive or Logout answer into a result. `sentToken` stands in for an empty `token` on
 * SUCCESS; codes are described from `descriptions` when given.
 */
export function toSessionResult(
  response: KeepAliveResponse | LogoutResponse,
  operation: string,
  sentToken: string,
  descriptions?: Descriptions,
): BetfairSessionResult {
  const where = { operation, status: response.status };
  const { value: status } = requireField(response.body, ["status"], "string", where);
  const body = response.body as Record<string, unknown>;
  if (status === "SUCCESS") {
    const token = typeof body.token === "string" && body.token !== "" ? body.token : sentToken;
    return { ok: true, status: "SUCCESS", outcome: "ok", token };
  }
  const error = typeof body.error === "string" ? body.error : "";
  // An undocumented status is unknown whatever its error value says.
  const meaning =
    error && outcomeOf(SessionStatus, status) ? describeCode(error, [SessionErrorCode], descriptions) : describeCode(status, [SessionStatus], descriptions);
  return betfairFailure(error || status, meaning, { status });
}
