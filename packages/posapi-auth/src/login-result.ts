import { OperatorAuthError, requireField, type Descriptions } from "@operator-auth/core";
import { errorAnswer, type PosApiFailure } from "./error-answer.js";
import type { LoginResponse, LoginWithPidResponse } from "./generated/operations.js";
import type { components } from "./generated/schema.js";
import { withPosDates } from "./pos-date.js";
import { startSession, type PosApiSession } from "./session.js";
import { pendingWorkflow, type PosApiWorkflow } from "./workflow.js";

type LoginBody = components["schemas"]["LoginResponse"];

/** The fields the spec types as `PosDate`. */
const dateFields = ["lastLoginUTC", "lastLogoutUTC", "serverTimeUTC"] as const satisfies readonly (keyof LoginBody)[];
type DateField = (typeof dateFields)[number];

/**
 * The body of a successful login under its wire names, with every string written `/Date(ms)/` turned into
 * a `Date`: the three date fields, and any such string in a key-value list or in a field the document
 * leaves untyped. A string in another form stays a string, except in the three date fields, where it
 * makes the call throw `unexpected-body`.
 */
export type PosApiAccount = Omit<LoginBody, DateField | "ClaimValues"> & { [K in DateField]?: Date } & {
  ClaimValues?: { Key: string; Value: string | Date }[];
};

export interface PosApiLoginSuccess {
  ok: true;
  status: 200;
  /** The tokens to send with the customer's further calls, and when they expire. */
  session: PosApiSession;
  /** The pending workflow (`workflowType` ≠ 0), or `null` when the user is fully authorized. */
  workflow: PosApiWorkflow | null;
  account: PosApiAccount;
}

/**
 * A refused login: HTTP 400, 403 or 500 with the error code, its outcome, `message` and `values`, and its
 * description when the client was given `descriptions`.
 */
export type PosApiLoginFailure = PosApiFailure<400 | 403 | 500>;

export type PosApiLoginResult = PosApiLoginSuccess | PosApiLoginFailure;

interface LoginContext {
  operation: string;
  /** When the login request was sent: the start of the session. */
  sentAt: number;
  sessionTokenLifetimeMs: number;
  /** The full code tables, to describe error codes and name the pending workflow; none when not given. */
  descriptions?: Descriptions | undefined;
}

/** Turns a documented answer of Login or PID-Login into the result: 200 is a success, 400, 403 and 500 failures. */
export function toLoginResult(response: LoginResponse | LoginWithPidResponse, context: LoginContext): PosApiLoginResult {
  const { operation, descriptions } = context;
  if (response.status !== 200) return errorAnswer(operation, response.status, response.body, descriptions);
  const where = { operation, status: 200 };
  const body = response.body;
  const sessionToken = requireToken(body, "sessionToken", where);
  const userToken = requireToken(body, "userToken", where);
  const { value: workflowType } = requireField(body, ["workflowType"], "number", where);
  const account = withPosDates(body) as PosApiAccount;
  for (const field of dateFields) {
    if (body[field] !== undefined && !(account[field] instanceof Date)) {
      throw new OperatorAuthError("unexpected-body", `${operation}: HTTP 200 came with a ${field} that is not a /Date(ms)/ date.`, where);
    }
  }
  const ssoToken = typeof body.ssoToken === "string" ? body.ssoToken : undefined;
  return {
    ok: true,
    status: 200,
    session: startSession({ userToken, sessionToken, ssoToken }, context.sentAt, context.sessionTokenLifetimeMs),
    workflow: pendingWorkflow(workflowType, descriptions),
    account,
  };
}

function requireToken(body: LoginBody, field: "sessionToken" | "userToken", where: { operation: string; status: number }): string {
  const { value } = requireField(body, [field], "string", where);
  if (value === "") throw new OperatorAuthError("unexpected-body", `${where.operation}: HTTP 200 came with an empty ${field}.`, where);
  return value;
}
