import { describeCode, OperatorAuthError, requireField, type Descriptions } from "@operator-auth/core";
import { betfairFailure, type BetfairFailure, type Code } from "./betfair-failure.js";
import { LoginErrorCode, LoginStatus } from "./generated/outcomes.js";
import { certLoginOperation, loginOperation, type CertLoginResponse, type LoginResponse } from "./generated/operations.js";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

export interface BetfairLoginSuccess {
  ok: true;
  /** Betfair's status (not an HTTP status): `SUCCESS`, or `LIMITED_ACCESS` for a session with limits (e.g. can log in but not bet). */
  status: "SUCCESS" | "LIMITED_ACCESS";
  /** The session token, for the `X-Authentication` header of keep-alive, logout and the Exchange API. */
  token: string;
  /** `LIMITED_ACCESS` only: what is limited (`PENDING_AUTH`, `SUSPENDED`, …), for the app to show. */
  code?: Code<Schemas["LoginErrorCode"]>;
  /** `LIMITED_ACCESS` only, and only when the client was given `descriptions`: the documented description of `code`. */
  description?: string;
}

/**
 * No session: `status` is Betfair's status (`LOGIN_RESTRICTED`, `FAIL`, or an undocumented one verbatim),
 * `code` its `error` value (the status itself when `error` is empty).
 */
export type BetfairLoginFailure = BetfairFailure<
  Code<Schemas["LoginErrorCode"] | Schemas["LoginStatus"]>,
  { status: Code<"LOGIN_RESTRICTED" | "FAIL"> }
>;

export type BetfairLoginResult = BetfairLoginSuccess | BetfairLoginFailure;

export interface BetfairCertLoginSuccess {
  ok: true;
  /** Betfair's `loginStatus`. */
  status: "SUCCESS";
  /** The session token (`sessionToken`). */
  token: string;
}

/** No session: `status` and `code` are both the `loginStatus` Betfair sent (a certificate login has no other status). */
export type BetfairCertLoginFailure = BetfairFailure<Code<Schemas["LoginErrorCode"]>, { status: Code<Schemas["LoginErrorCode"]> }>;

export type BetfairCertLoginResult = BetfairCertLoginSuccess | BetfairCertLoginFailure;

const sessionStatuses: readonly string[] = ["SUCCESS", "LIMITED_ACCESS"] satisfies Schemas["LoginStatus"][];

/**
 * Turns the API login's answer into a result: SUCCESS and LIMITED_ACCESS carry a session, anything else
 * does not. Codes are described from `descriptions` when given.
 */
export function toLoginResult(response: LoginResponse, descriptions?: Descriptions): BetfairLoginResult {
  const where = { operation: loginOperation.id, status: response.status };
  const { value: status } = requireField(response.body, ["status"], "string", where);
  const error = optionalString(response.body, "error");
  if (sessionStatuses.includes(status)) {
    const token = requireToken(response.body, "token", where);
    const success: BetfairLoginSuccess = { ok: true, status: status as BetfairLoginSuccess["status"], token };
    if (status === "LIMITED_ACCESS" && error) {
      success.code = error;
      const { description } = describeCode(error, [LoginErrorCode], descriptions);
      if (description !== undefined) success.description = description;
    }
    return success;
  }
  // The error value is the precise reason; the status alone decides only when Betfair sent no error value.
  const meaning = error ? describeCode(error, [LoginErrorCode], descriptions) : describeCode(status, [LoginStatus], descriptions);
  return betfairFailure(error || status, meaning, { status });
}

/**
 * Turns the certificate login's answer into a result: `loginStatus` SUCCESS carries the session token.
 * Codes are described from `descriptions` when given.
 */
export function toCertLoginResult(response: CertLoginResponse, descriptions?: Descriptions): BetfairCertLoginResult {
  const where = { operation: certLoginOperation.id, status: response.status };
  const { value: loginStatus } = requireField(response.body, ["loginStatus"], "string", where);
  if (loginStatus === "SUCCESS") {
    return { ok: true, status: "SUCCESS", token: requireToken(response.body, "sessionToken", where) };
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
