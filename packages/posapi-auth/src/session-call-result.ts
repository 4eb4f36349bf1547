import type { Descriptions, Success } from "@operator-auth/core";
import { errorAnswer, type PosApiFailure } from "./error-answer.js";
import type { CancelWorkflowResponse, LogoutResponse } from "./generated/operations.js";
import type { PosApiSession } from "./session.js";

/** What an answer did to the session: the new session (the one given is never changed). */
export interface PosApiSessionUpdate {
  /** The session after the call: renewed by `cancelWorkflow`, ended by `logout`. */
  session: PosApiSession;
}

/**
 * Logout: HTTP 200 with the ended session (the client sets both expiry times to the moment of logout; the
 * document does not say what a logout does to the tokens), or a token error (HTTP 400).
 */
export type PosApiLogoutResult = Success<200, PosApiSessionUpdate> | PosApiFailure<400>;

/**
 * Cancel Workflow: HTTP 200, or 630 No workflow pending (HTTP 404), each with the renewed session
 * (PosAPI accepted its tokens); or a token error (HTTP 400), which leaves the session as it was.
 */
export type PosApiCancelWorkflowResult =
  | Success<200, PosApiSessionUpdate>
  | (PosApiFailure<404> & PosApiSessionUpdate)
  | PosApiFailure<400>;

/** The answer before the session is added: a success, or a documented failure. */
type SessionCallAnswer<Status extends number> = Success<200> | PosApiFailure<Status>;

/**
 * Turns a documented answer of Logout or Cancel Workflow into the answer part of its result: 200 is a
 * success, any other documented status a failure, described from `descriptions` when given.
 */
export function toSessionCallResult(response: LogoutResponse, operation: string, descriptions?: Descriptions): SessionCallAnswer<400>;
export function toSessionCallResult(
  response: CancelWorkflowResponse,
  operation: string,
  descriptions?: Descriptions,
): SessionCallAnswer<400 | 404>;
export function toSessionCallResult(
  response: LogoutResponse | CancelWorkflowResponse,
  operation: string,
  descriptions?: Descriptions,
): SessionCallAnswer<400 | 404> {
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
