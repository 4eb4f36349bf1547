import { describeCode, requireField, type Descriptions } from "@operator-auth/core";
import { betfairFailure, type BetfairFailure, type Code } from "./betfair-failure.js";
import { SessionErrorCode, SessionStatus } from "./generated/outcomes.js";
import type { KeepAliveResponse, LogoutResponse } from "./generated/operations.js";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

export interface BetfairSessionSuccess {
  ok: true;
  /** Betfair's status. */
  status: "SUCCESS";
  /** The session token the call applied to. */
  token: string;
}

/**
 * Betfair answered FAIL: `code` is its `error` value (`NO_SESSION` → outcome `session-invalid`), or the
 * status itself when `error` is empty (outcome `unknown`: the status alone does not say why).
 */
export type BetfairSessionFailure = BetfairFailure<
  Code<Schemas["SessionErrorCode"] | Schemas["SessionStatus"]>,
  { status: Code<"FAIL"> }
>;

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
    return { ok: true, status: "SUCCESS", token };
  }
  const error = typeof body.error === "string" ? body.error : "";
  const meaning = error ? describeCode(error, [SessionErrorCode], descriptions) : describeCode(status, [SessionStatus], descriptions);
  return betfairFailure(error || status, meaning, { status });
}
