import {
  describeCode,
  documentedFields,
  failure,
  OperatorAuthError,
  requireField,
  type Descriptions,
  type Failure,
  type UnknownFailure,
} from "@operator-auth/core";
import { errorAnswer, type PosApiFailure } from "./error-answer.js";
import { LoginResponsePosDateFields as dateFields, LoginResponseTextFields as textFields } from "./generated/fields.js";
import { loginBodyFields, type LoginResponse, type LoginWithPidResponse } from "./generated/operations.js";
import { WorkflowId, type WorkflowIdCodes } from "./generated/outcomes.js";
import type { components } from "./generated/schema.js";
import { withPosDatesExcept } from "./pos-date.js";
import { startSession, type PosApiSession } from "./session.js";
import { pendingWorkflow, type PosApiWorkflow } from "./workflow.js";

type LoginBody = components["schemas"]["LoginResponse"];

type DateField = (typeof dateFields)[number];

/**
 * The body of a successful login under its wire names, with every string written `/Date(ms)/` turned into
 * a `Date`: the three date fields, and any such string in a key-value list or in a field the document
 * leaves untyped (the fields it types as strings, tokens among them, stay as sent). A string in another
 * form stays a string, except in the three date fields, where it makes the call throw `unexpected-body`.
 */
export type PosApiAccount = Omit<LoginBody, DateField | "ClaimValues"> & { [K in DateField]?: Date } & {
  ClaimValues?: { Key: string; Value: string | Date }[];
};

/** What a login that authenticated the customer carries. */
interface LoggedIn {
  /** The tokens to send with the customer's further calls, and when they expire. */
  session: PosApiSession;
  account: PosApiAccount;
}

/** HTTP 200 with no workflow pending (`workflowType` 0): the login succeeded. */
export interface PosApiLoginSuccess extends LoggedIn {
  ok: true;
  status: 200;
  outcome: "ok";
  workflow: null;
}

/**
 * HTTP 200 with a workflow pending (`workflowType` ≠ 0): a session is given, but the document calls the
 * user "authenticated but not authorized" while the workflow is pending, so the result is not `ok`. `code` is the `workflowType`, `outcome` the workflow's (`action-required`,
 * `second-factor-required`, …; `unknown` for an id the document does not list) and `description` its
 * name when the client was given `descriptions`.
 */
export type PosApiLoginPending =
  | Failure<200, Exclude<WorkflowIdCodes, { readonly outcome: "ok" }>, LoggedIn & { workflow: PosApiWorkflow }>
  | UnknownFailure<200, number, LoggedIn & { workflow: PosApiWorkflow }>;

/**
 * A refused login: HTTP 400, 403 or 500 with the error code, its outcome, `message` and `values`, and its
 * description when the client was given `descriptions`.
 */
export type PosApiLoginFailure = PosApiLoginPending | PosApiFailure<400 | 403 | 500>;

export type PosApiLoginResult = PosApiLoginSuccess | PosApiLoginFailure;

interface LoginContext {
  operation: string;
  /** When the login request was sent: the start of the session. */
  sentAt: number;
  sessionTokenLifetimeMs: number;
  /** The full code tables, to describe error codes and name the pending workflow; none when not given. */
  descriptions?: Descriptions | undefined;
}

/**
 * Turns a documented answer of Login or PID-Login into the result: 200 with no workflow pending is `ok`; 200 with
 * one pending carries the session but is not `ok`; 400, 403 and 500 are refusals.
 */
export function toLoginResult(response: LoginResponse | LoginWithPidResponse, context: LoginContext): PosApiLoginResult {
  const { operation, descriptions } = context;
  if (response.status !== 200) return errorAnswer(operation, response.status, response.body, descriptions);
  const answer = { operation, status: 200 };
  const unexpected = (what: string) => new OperatorAuthError("unexpected-body", `${operation}: HTTP 200 came with ${what}.`, answer);
  const body = response.body;
  for (const token of ["sessionToken", "userToken"]) {
    if (requireField(body, [token], "string", answer).value === "") throw unexpected(`an empty ${token}`);
  }
  const { value: workflowType } = requireField(body, ["workflowType"], "number", answer);
  // Before the dates are read: the account may be the body itself, and a token written /Date(ms)/ is still a token.
  const session = startSession(body, context.sentAt, context.sessionTokenLifetimeMs);
  const account = withPosDatesExcept(documentedFields(body, loginBodyFields[200]), textFields) as PosApiAccount;
  for (const field of dateFields) {
    if (body[field] !== undefined && !(account[field] instanceof Date)) throw unexpected(`a ${field} that is not a /Date(ms)/ date`);
  }
  const workflow = pendingWorkflow(workflowType, descriptions);
  if (!workflow) return { ok: true, status: 200, outcome: "ok", session, workflow, account };
  return failure(200, workflowType, { session, workflow, account }, describeCode(workflowType, [WorkflowId], descriptions));
}
