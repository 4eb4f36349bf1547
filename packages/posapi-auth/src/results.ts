/**
 * How PosAPI's answers become results: its error answer (a code, a message and key-value data), the
 * pending workflow a login may open, and the result of each operation (login, country check, logout
 * and cancel-workflow).
 */
import {
  documentedFields,
  failure,
  OperatorAuthError,
  outcomeOf,
  requireField,
  type Describe,
  type Failure,
  type Outcome,
  type Success,
  type UnknownFailure,
} from "@operator-auth/core";
import { LoginResponsePosDateFields as dateFields, LoginResponseTextFields as textFields } from "./generated/fields.js";
import { loginBodyFields, type CancelWorkflowResponse, type CheckCountryBlockResponse, type LoginResponse, type LoginWithPidResponse, type LogoutResponse } from "./generated/operations.js";
import { ErrorCode, WorkflowId, type ErrorCodeCodes, type WorkflowIdCodes } from "./generated/outcomes.js";
import type { components } from "./generated/schema.js";
import { copyKeyValue, isKeyValue, type KeyValue } from "./key-value.js";
import { withPosDatesExcept } from "./pos-date.js";
import { startSession, type PosApiSession } from "./session.js";

type Schemas = components["schemas"];

/**
 * The error body of the document: `code`, `message` and, for some codes, a key-value list `values`.
 * A result carries `message` and `values` only when they arrived in their documented types.
 */
export type PosApiErrorBody = Omit<Schemas["Error"], "code" | "message"> & { code: PosApiErrorCode; message?: string };

/** What an error body carries besides its code, each field only when of its documented type. */
export interface ErrorFields {
  message?: string;
  values?: KeyValue[];
}

/**
 * `message` and `values` of an error body, each only when of its documented type, and each key-value
 * entry as its `Key` and `Value` alone: a malformed answer loses them, never its code.
 */
function errorFields(body: unknown): ErrorFields {
  const { message, values } = body as { message?: unknown; values?: unknown };
  const fields: ErrorFields = {};
  if (typeof message === "string") fields.message = message;
  if (Array.isArray(values)) fields.values = values.filter(isKeyValue).map(copyKeyValue);
  return fields;
}

/** A documented error code, or any other number PosAPI may send one day (kept verbatim, outcome `unknown`). */
export type PosApiErrorCode = Schemas["ErrorCode"] | (number & {});

/**
 * A documented answer that is not a success, one branch per documented error code (its outcome a
 * literal) and an `unknown` branch for any other code, with the body's `message` and `values` passed
 * through; `description` is there when the client was given `descriptions`.
 */
export type PosApiFailure<Status extends number> =
  | Failure<Status, ErrorCodeCodes, PosApiErrorBody>
  | UnknownFailure<Status, number, PosApiErrorBody>;

interface Meaning {
  readonly status: number;
  readonly message: string;
}

/**
 * The outcome of an error code and, when the client has `descriptions`, its documented description in an
 * answer with this HTTP status. Most codes have one. A code the document lists twice with two wordings
 * carries `meanings` in the full table (201, 630): the one with this HTTP status is taken; when two
 * share the status, the one whose wording the answer's own message carries; failing that, the code's
 * description, which names both. The outcome is the code's own either way.
 */
function describeErrorCode(code: number, status: number, message: unknown, describe: Describe): { description?: string; outcome: Outcome } {
  const meaning = describe(code, [ErrorCode]);
  const meanings = describe.row(ErrorCode, code)?.meanings as readonly Meaning[] | undefined;
  if (!meanings) return meaning;
  const withStatus = meanings.filter((m) => m.status === status);
  const chosen = withStatus.length === 1 ? withStatus[0] : withStatus.find((m) => m.message === message);
  return chosen ? { description: chosen.message, outcome: meaning.outcome } : meaning;
}

/**
 * Reads an error body's `code` and turns the answer into a failure, described by the client's
 * `descriptions` when it has them; a body without a numeric code throws `unexpected-body`. The failure
 * carries the body's `message` and `values`, or what `withFields` makes of them (the country rule of a 403).
 */
export function errorAnswer<Status extends number, Result = PosApiFailure<Status>>(
  operation: string,
  status: Status,
  body: unknown,
  describe: Describe,
  withFields: (fields: ErrorFields) => object = (fields) => fields,
): Result {
  const { value: code } = requireField(body, ["code"], "number", { operation, status });
  const fields = errorFields(body);
  return failure(status, code, withFields(fields), describeErrorCode(code, status, fields.message, describe));
}

/**
 * The workflow a login left pending (`workflowType` ≠ 0): the document says the user is "authenticated but
 * not authorized" while it is pending; what `cancelWorkflow` leaves the user as, it does not say. Its `name` and `resolution` come from the
 * client's `descriptions`; without them the workflow is its `id` and `outcome`.
 */
export interface PosApiWorkflow {
  /** The `workflowType` of the login answer, kept even when the document does not list it. */
  id: number;
  /**
   * Its name in the document's Workflow IDs table (7 is `FinalizeRegistration`), present when the client
   * was given `descriptions` and the table lists the id.
   */
  name?: string;
  /** What it means for the app (`action-required`, `second-factor-required`, …); `unknown` for an id the table does not list. */
  outcome: Outcome;
  /**
   * How the document says to resolve it (e.g. "UserData, FinalizeWorkflow"), present when the client was
   * given `descriptions` and the table gives it for the id.
   */
  resolution?: string;
}

/**
 * `null` for workflow 0 (none pending), else the pending workflow: its outcome from the Workflow IDs
 * table, and its name and resolution from `descriptions` when given.
 */
export function pendingWorkflow(id: number, describe: Describe): PosApiWorkflow | null {
  if (id === 0) return null;
  const row = describe.row(WorkflowId, id);
  return Object.assign(
    { id },
    typeof row?.description === "string" ? { name: row.description } : undefined,
    { outcome: outcomeOf(WorkflowId, id) ?? "unknown" },
    typeof row?.resolution === "string" ? { resolution: row.resolution } : undefined,
  );
}

type LoginBody = Schemas["LoginResponse"];

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
  /** The client's code tables, to describe error codes and name the pending workflow. */
  describe: Describe;
}

/**
 * Turns a documented answer of Login or PID-Login into the result: 200 with no workflow pending is `ok`; 200 with
 * one pending carries the session but is not `ok`; 400, 403 and 500 are refusals.
 */
export function toLoginResult(response: LoginResponse | LoginWithPidResponse, context: LoginContext): PosApiLoginResult {
  const { operation, describe } = context;
  if (response.status !== 200) return errorAnswer(operation, response.status, response.body, describe);
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
  const workflow = pendingWorkflow(workflowType, describe);
  if (!workflow) return { ok: true, status: 200, outcome: "ok", session, workflow, account };
  return failure(200, workflowType, { session, workflow, account }, describe(workflowType, [WorkflowId]));
}

/** No country rule matches: HTTP 200; the app may proceed. */
export interface PosApiCountryNotBlocked {
  ok: true;
  status: 200;
  outcome: "ok";
  blocked: false;
}

/** What a matched country rule carries besides its code. */
interface CountryRule {
  blocked: true;
  /** The answer's own message, when it sent one. */
  message?: string;
  /** The rule's additional parameters as sent (`TargetUrl`, `SitecorePath`, …); `[]` when the answer has none. */
  values: KeyValue[];
  /** The `Value` of the `TargetUrl` key, when the rule gives a non-empty one. */
  targetUrl?: string;
}

/**
 * A country rule matched: HTTP 403 with its code (456, Blocked by country rule, outcome `location-blocked`)
 * and the rule's key-value list. Not `ok`, since a rule matched; the document says the rules provide
 * "country-specific actions, e.g. redirection to a targetUrl, displaying content", and which the app takes is its choice.
 */
export type PosApiCountryBlocked = Failure<403, ErrorCodeCodes, CountryRule> | UnknownFailure<403, number, CountryRule>;

export type PosApiCountryBlockResult = PosApiCountryNotBlocked | PosApiCountryBlocked | PosApiFailure<400>;

/**
 * Turns a documented answer of CheckCountryBlock into the result: 200 (no rule) is `ok`, 403 (a rule
 * matched) and 400 are not.
 */
export function toCountryBlockResult(response: CheckCountryBlockResponse, operation: string, describe: Describe): PosApiCountryBlockResult {
  switch (response.status) {
    case 200:
      return { ok: true, status: 200, outcome: "ok", blocked: false };
    case 400:
      return errorAnswer(operation, 400, response.body, describe);
    case 403:
      return errorAnswer(operation, 403, response.body, describe, countryRule);
  }
}

/** The rule a 403 carries: its error fields, `values` always (`[]` when the answer has none), and the target URL. */
function countryRule({ message, values = [] }: ErrorFields): CountryRule {
  const targetUrl = values.find((entry) => entry.Key === "TargetUrl")?.Value;
  return Object.assign({ blocked: true as const }, message === undefined ? undefined : { message }, { values }, targetUrl ? { targetUrl } : undefined);
}

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
 * success, any other documented status a failure.
 */
export function toSessionCallResult(response: LogoutResponse, operation: string, describe: Describe): SessionCallAnswer<400>;
export function toSessionCallResult(response: CancelWorkflowResponse, operation: string, describe: Describe): SessionCallAnswer<400 | 404>;
export function toSessionCallResult(response: LogoutResponse | CancelWorkflowResponse, operation: string, describe: Describe): SessionCallAnswer<400 | 404> {
  if (response.status === 200) return { ok: true, status: 200, outcome: "ok" };
  return errorAnswer(operation, response.status, response.body, describe);
}

/**
 * Whether an answer shows that PosAPI accepted the session's tokens, which renews the SessionToken: every
 * documented answer but HTTP 400, the status of the token errors (missing, expired, invalid).
 */
export function tokensAccepted(result: { status: number }): boolean {
  return result.status !== 400;
}
