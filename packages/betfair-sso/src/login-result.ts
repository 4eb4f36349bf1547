import { describeCode, OperatorAuthError, outcomeOf, requireField, type Descriptions } from "@operator-auth/core";
import { betfairFailure, type BetfairFailure, type BetfairUnknownFailure, type FailureCodes } from "./betfair-failure.js";
import { LoginErrorCode, LoginStatus, type LoginErrorCodeCodes, type LoginStatusCodes } from "./generated/outcomes.js";
import { certLoginOperation, loginOperation, type CertLoginResponse, type LoginResponse } from "./generated/operations.js";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** `SUCCESS`: a session without limits; the app may proceed. */
export interface BetfairLoginSuccess {
  ok: true;
  /** Betfair's status (not an HTTP status). */
  status: "SUCCESS";
  outcome: "ok";
  /** The session token, for the `X-Authentication` header of keep-alive, logout and the Exchange API. */
  token: string;
}

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

export interface BetfairCertLoginSuccess {
  ok: true;
  /** Betfair's `loginStatus`. */
  status: "SUCCESS";
  outcome: "ok";
  /** The session token (`sessionToken`). */
  token: string;
}

/** No session: `status` and `code` are both the `loginStatus` Betfair sent (a certificate login has no other status). */
export type BetfairCertLoginFailure =
  | BetfairFailure<FailureCodes<LoginErrorCodeCodes>, { status: Schemas["LoginErrorCode"] }>
  | BetfairUnknownFailure<{ status: string }>;

export type BetfairCertLoginResult = BetfairCertLoginSuccess | BetfairCertLoginFailure;

/**
 * Turns the API login's answer into a result: SUCCESS is `ok`; LIMITED_ACCESS carries a session but is
 * not `ok`; anything else carries none. Codes are described from `descriptions` when given.
 */
export function toLoginResult(response: LoginResponse, descriptions?: Descriptions): BetfairLoginResult {
  const where = { operation: loginOperation.id, status: response.status };
  const { value: status } = requireField(response.body, ["status"], "string", where);
  if (status === "SUCCESS") return { ok: true, status, outcome: "ok", token: requireToken(response.body, "token", where) };
  const error = optionalString(response.body, "error");
  const session = status === "LIMITED_ACCESS" ? { token: requireToken(response.body, "token", where) } : {};
  // The error value is the precise reason; the status alone decides only when Betfair sent no error value.
  // An undocumented status is unknown whatever its error value says.
  const meaning =
    error && outcomeOf(LoginStatus, status) ? describeCode(error, [LoginErrorCode], descriptions) : describeCode(status, [LoginStatus], descriptions);
  return betfairFailure(error || status, meaning, { status, ...session });
}

/**
 * Turns the certificate login's answer into a result: `loginStatus` SUCCESS carries the session token.
 * Codes are described from `descriptions` when given.
 */
export function toCertLoginResult(response: CertLoginResponse, descriptions?: Descriptions): BetfairCertLoginResult {
  const where = { operation: certLoginOperation.id, status: response.status };
  const { value: loginStatus } = requireField(response.body, ["loginStatus"], "string", where);
  if (loginStatus === "SUCCESS") {
    return { ok: true, status: "SUCCESS", outcome: "ok", token: requireToken(response.body, "sessionToken", where) };
  }
  return betfairFailure(loginStatus, describeCode(loginStatus, [LoginErrorCode], descriptions), { status: loginStatus });
}

function optionalString(body: unknown, field: string): string {
  const value = (body as Record<string, unknown>)[field];
  return typeof value === "string" ? value : "";
}

/** A success without a session token is not the documented answer; the message never shows the body. */
function requireToken(body: unknown, field: string, where: { operation: string; status: number }): string {
  const { value } = requireField(body, [field], "string", where);
  if (value === "") {
    throw new OperatorAuthError("unexpected-body", `${where.operation}: HTTP ${where.status} reported a session but came with an empty "${field}".`, where);
  }
  return value;
}
