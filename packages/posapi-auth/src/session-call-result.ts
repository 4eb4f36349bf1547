import type { Descriptions } from "@operator-auth/core";
import { errorAnswer, type PosApiFailure } from "./error-answer.js";
import type { CancelWorkflowResponse, LogoutResponse } from "./generated/operations.js";

/** Logout: HTTP 200, or a token error (HTTP 400). */
export type PosApiLogoutResult = { ok: true; status: 200; outcome: "ok" } | PosApiFailure<400>;

/** Cancel Workflow: HTTP 200, a token error (HTTP 400), or 630 No workflow pending (HTTP 404). */
export type PosApiCancelWorkflowResult = { ok: true; status: 200; outcome: "ok" } | PosApiFailure<400 | 404>;

/**
 * Turns a documented answer of Logout or Cancel Workflow into the result: 200 is a success, any other
 * documented status a failure, described from `descriptions` when given.
 */
export function toSessionCallResult(response: LogoutResponse, operation: string, descriptions?: Descriptions): PosApiLogoutResult;
export function toSessionCallResult(
  response: CancelWorkflowResponse,
  operation: string,
  descriptions?: Descriptions,
): PosApiCancelWorkflowResult;
export function toSessionCallResult(
  response: LogoutResponse | CancelWorkflowResponse,
  operation: string,
  descriptions?: Descriptions,
): PosApiLogoutResult | PosApiCancelWorkflowResult {
  if (response.status === 200) return { ok: true, status: 200, outcome: "ok" };
  return errorAnswer(operation, response.status, response.body, descriptions);
}

/**
 * Whether an answer shows that PosAPI accepted the session's tokens, which renews the SessionToken: every
 * documented answer but HTTP 400, the status of the token errors (missing, expired, invalid).
 */
export function tokensAccepted(result: { status: number }): boolean {
  return result.status !== 400;
}
