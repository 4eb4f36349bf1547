import { requireField, type Describe } from "@operator-auth/core";
import { betfairStatusFailure, type BetfairFailure, type BetfairSuccess, type BetfairUnknownFailure, type FailureCodes } from "./betfair-failure.js";
import { SessionErrorCode, SessionStatus, type SessionErrorCodeCodes, type SessionStatusCodes } from "./generated/outcomes.js";
import type { KeepAliveResponse, LogoutResponse } from "./generated/operations.js";

/** SUCCESS, with the session token the call applied to. */
export type BetfairSessionSuccess = BetfairSuccess;

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
 * SUCCESS; codes are described by the client's `describe`.
 */
export function toSessionResult(
  response: KeepAliveResponse | LogoutResponse,
  operation: string,
  sentToken: string,
  describe: Describe,
): BetfairSessionResult {
  const answer = { operation, status: response.status };
  const { value: status } = requireField(response.body, ["status"], "string", answer);
  const body = response.body as Record<string, unknown>;
  if (status === "SUCCESS") {
    const token = typeof body.token === "string" && body.token !== "" ? body.token : sentToken;
    return { ok: true, status: "SUCCESS", outcome: "ok", token };
  }
  return betfairStatusFailure(status, body, sessionTables, describe, { status });
}

const sessionTables = { status: SessionStatus, error: SessionErrorCode };
