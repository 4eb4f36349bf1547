import { OperatorAuthError, requireField, type Describe } from "@operator-auth/core";
import {
  betfairFailure,
  betfairStatusFailure,
  type BetfairFailure,
  type BetfairSuccess,
  type BetfairUnknownFailure,
  type FailureCodes,
} from "./betfair-failure.js";
import { LoginErrorCode, LoginStatus, type LoginErrorCodeCodes, type LoginStatusCodes } from "./generated/outcomes.js";
import { certLoginOperation, loginOperation, type CertLoginResponse, type LoginResponse } from "./generated/operations.js";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** `SUCCESS`: a session without limits; the app may proceed. */
export type BetfairLoginSuccess = BetfairSuccess;

/**
 * `LIMITED_ACCESS`: "Access is limited (eg. accounts that can login but can't bet), product session will be
 * provided", so the result is not `ok`. `code` is the `error` value that comes with it
 * (`PENDING_AUTH`, `SUSPENDED`, …; `LIMITED_ACCESS` itself when Betfair sent none); `token` is the session.
 */
export type BetfairLimitedAccess = BetfairFailure<
  LoginErrorCodeCodes | Extract<LoginStatusCodes, { code: "LIMITED_ACCESS" }>,
  { status: "LIMITED_ACCESS"; token: string }
>;

/**
 * No session: `status` is Betfair's status (`LOGIN_RESTRICTED` or `FAIL`), `code` its `error` value (the
 * status itself when `error` is empty). An undocumented status or error value comes back verbatim with
 * outcome `unknown` (with the session `token` when Betfair sent one).
 */
export type BetfairLoginFailure =
  | BetfairLimitedAccess
  | BetfairFailure<LoginErrorCodeCodes | Extract<LoginStatusCodes, { code: "LOGIN_RESTRICTED" | "FAIL" }>, { status: "LOGIN_RESTRICTED" | "FAIL" }>
  | BetfairUnknownFailure<{ status: string; token?: string }>;

export type BetfairLoginResult = BetfairLoginSuccess | BetfairLoginFailure;

/** `loginStatus` SUCCESS, with the session (`sessionToken`). */
export type BetfairCertLoginSuccess = BetfairSuccess;

/** No session: `status` and `code` are both the `loginStatus` Betfair sent (a certificate login has no other status). */
export type BetfairCertLoginFailure =
  | BetfairFailure<FailureCodes<LoginErrorCodeCodes>, { status: Schemas["LoginErrorCode"] }>
  | BetfairUnknownFailure<{ status: string }>;

export type BetfairCertLoginResult = BetfairCertLoginSuccess | BetfairCertLoginFailure;

/**
 * Turns the API login's answer into a result: SUCCESS is `ok`; LIMITED_ACCESS carries a session but is
 * not `ok`; anything else carries none. Codes are described by the client's `describe`.
 */
export function toLoginResult(response: LoginResponse, describe: Describe): BetfairLoginResult {
  const answer = { operation: loginOperation.id, status: response.status };
  const { value: status } = requireField(response.body, ["status"], "string", answer);
  if (status === "SUCCESS") return { ok: true, status, outcome: "ok", token: requireToken(response.body, "token", answer) };
  const session = status === "LIMITED_ACCESS" ? { token: requireToken(response.body, "token", answer) } : {};
  return betfairStatusFailure(status, response.body, loginTables, describe, { status, ...session });
}

/**
 * Turns the certificate login's answer into a result: `loginStatus` SUCCESS carries the session token.
 * Codes are described by the client's `describe`.
 */
export function toCertLoginResult(response: CertLoginResponse, describe: Describe): BetfairCertLoginResult {
  const answer = { operation: certLoginOperation.id, status: response.status };
  const { value: loginStatus } = requireField(response.body, ["loginStatus"], "string", answer);
  if (loginStatus === "SUCCESS") {
    return { ok: true, status: "SUCCESS", outcome: "ok", token: requireToken(response.body, "sessionToken", answer) };
  }
  return betfairFailure(loginStatus, describe(loginStatus, [LoginErrorCode]), { status: loginStatus });
}

const loginTables = { status: LoginStatus, error: LoginErrorCode };

/** A success without a session token is not the documented answer; the message never shows the body. */
function requireToken(body: unknown, field: string, answer: { operation: string; status: number }): string {
  const { value } = requireField(body, [field], "string", answer);
  if (value === "") {
    throw new OperatorAuthError("unexpected-body", `${answer.operation}: HTTP ${answer.status} reported a session but came with an empty "${field}".`, answer);
  }
  return value;
}
