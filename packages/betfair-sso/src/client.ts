/**
 * The Betfair Identity SSO client: a login's input, its calls (login, keep-alive, logout), and how
 * Betfair's answers become results: the success and failure shapes every operation shares, Betfair's one
 * rule for a status and its error value, and the result of each operation (the certificate login's too).
 */
import {
  connect,
  createTransport,
  describer,
  failure,
  nonEmptyString,
  OperatorAuthError,
  outcomeOf,
  readField,
  readInput,
  required,
  requireField,
  requireSecureBaseUrl,
  retryIdempotent,
  type CallOptions,
  type CodeOutcome,
  type Describe,
  type EffectiveOptions,
  type Failure,
  type Flat,
  type Outcome,
  type OutcomeTable,
  type Success,
  type UnknownFailure,
} from "@operator-auth/core";
import {
  certLoginOperation,
  keepAlive,
  keepAliveOperation,
  login,
  loginOperation,
  logout,
  logoutOperation,
  type CertLoginResponse,
  type KeepAliveResponse,
  type LoginResponse,
  type LogoutResponse,
} from "./generated/operations.js";
import {
  LoginErrorCode,
  LoginStatus,
  SessionErrorCode,
  SessionStatus,
  type LoginErrorCodeCodes,
  type LoginStatusCodes,
  type SessionErrorCodeCodes,
  type SessionStatusCodes,
} from "./generated/outcomes.js";
import type { components } from "./generated/schema.js";
import { appRoute, betfairSsoOptionNames, type BetfairSsoClientOptions } from "./options.js";

export type { BetfairSsoClientOptions } from "./options.js";

export interface BetfairLoginInput {
  /** The Betfair username. */
  username: string;
  /** The password, sent form-encoded exactly as given (any characters). */
  password: string;
  /** The 2 Step Authentication code of a strong-auth account; appended to the password, as Betfair asks. Default: none. */
  twoFactorCode?: string;
}

/** A username, password, code or token: there, and saying something. */
export const requiredText = /* @__PURE__ */ required(nonEmptyString);

/** The fields of a login: a two-factor code, when given, is sent after the password. */
const loginRules = { username: requiredText, password: requiredText, twoFactorCode: nonEmptyString };

export interface BetfairSsoClient {
  /**
   * Logs in with username and password (`POST /api/login`, form-encoded). Every documented answer is
   * returned; anything else throws `OperatorAuthError`. Never retried: too many logins ban new ones
   * for 20 minutes.
   */
  login(input: BetfairLoginInput, options?: CallOptions): Promise<BetfairLoginResult>;
  /**
   * Extends the session (`POST /api/keepAlive`); `NO_SESSION` comes back with outcome `session-invalid`.
   * Sent again after a transport failure when the client's `maxRetries` allows.
   */
  keepAlive(token: string, options?: CallOptions): Promise<BetfairSessionResult>;
  /**
   * Ends the session (`POST /api/logout`). Sent again after a transport failure when the client's
   * `maxRetries` allows; a retry after a logout that did arrive is answered as for an ended session.
   */
  logout(token: string, options?: CallOptions): Promise<BetfairSessionResult>;
  /** The options the client sends with (identity SSO base URL, timeouts, `maxRetries`), defaults filled in, for logging. */
  readonly options: EffectiveOptions;
}

const acceptJson = "application/json";

export function createBetfairSsoClient(options: BetfairSsoClientOptions): BetfairSsoClient {
  const factory = "createBetfairSsoClient";
  const connection = connect(factory, options, betfairSsoOptionNames, createTransport, appRoute);
  const transport = retryIdempotent(connection, [keepAliveOperation.id, logoutOperation.id], options.maxRetries, factory);
  const { appKey } = options;
  const describe = describer(options.descriptions);
  // Checked here too, so that options meant for both clients fail where they are first given.
  if (options.certBaseUrl !== undefined) requireSecureBaseUrl(options.certBaseUrl, "certBaseUrl", factory, options.allowInsecureHttp);

  const sessionCall = (operation: typeof keepAlive | typeof logout, operationId: string) =>
    async (token: string, callOptions?: CallOptions): Promise<BetfairSessionResult> => {
      readField(operationId, "token", token, requiredText);
      const headers = { Accept: acceptJson, "X-Authentication": token, "X-Application": appKey } as const;
      const response = await operation(transport, { params: { header: headers } }, callOptions);
      return toSessionResult(response, operationId, token, describe);
    };

  return {
    async login(input, callOptions) {
      const { username, password, twoFactorCode } = readInput<BetfairLoginInput>("login", input, loginRules);
      const response = await login(
        transport,
        {
          params: { header: { Accept: acceptJson, "X-Application": appKey } },
          body: { username, password: password + (twoFactorCode ?? "") },
        },
        callOptions,
      );
      return toLoginResult(response, describe);
    },

    keepAlive: sessionCall(keepAlive, keepAliveOperation.id),
    logout: sessionCall(logout, logoutOperation.id),
    options: transport.options,
  };
}

/** `SUCCESS`, with the session: Betfair's `status` (not an HTTP status), outcome `ok`, and `token`. */
export type BetfairSuccess = Success<
  "SUCCESS",
  {
    /**
     * The session token, for the `X-Authentication` header of keep-alive, logout and the Exchange API: a
     * certificate login's `sessionToken`; for keep-alive and logout, the token the call applied to.
     */
    token: string;
  }
>;

/**
 * A documented Betfair answer that is not a success, one branch per documented code (`Codes`, a generated
 * `<Schema>Codes` union). The documents give no HTTP status for Betfair's answers; the client takes each as
 * an HTTP 200 whose body says what happened (observed behaviour, not a statement of the documents), so
 * the result carries no HTTP status; `Extra` adds Betfair's own `status` field where the answer has one.
 */
export type BetfairFailure<Codes extends CodeOutcome, Extra extends object = {}> = Codes extends unknown
  ? Flat<Omit<Failure<200, Codes>, "status"> & Extra>
  : never;

/** The branch of a code the documents do not list: `outcome` `"unknown"`, the code verbatim. */
export type BetfairUnknownFailure<Extra extends object = {}> = Flat<Omit<UnknownFailure<200, string>, "status"> & Extra>;

/** Every member of a generated codes union but those meaning "ok" (which no failure can carry). */
export type FailureCodes<Codes extends CodeOutcome> = Exclude<Codes, { readonly outcome: "ok" }>;

/** Builds a Betfair failure with the shared outcome rules (a code whose meaning is `ok` cannot fail: `unknown`). */
export function betfairFailure<Result>(code: string, meaning: { description?: string; outcome: Outcome }, extra?: object): Result {
  const { status: _httpStatus, ok, ...result } = failure<{ status: number; ok: false }>(200, code, {}, meaning);
  return { ok, ...extra, ...result } as Result;
}

/**
 * Betfair's one rule for an answer whose `status` is not SUCCESS: its `error` value is the precise reason,
 * and the status alone decides only when Betfair sent no error value. An undocumented status is unknown
 * whatever its error value says. The code is the error value, or the status when there is none.
 */
export function betfairStatusFailure<Result>(
  status: string,
  body: unknown,
  tables: { status: OutcomeTable; error: OutcomeTable },
  describe: Describe,
  extra: object,
): Result {
  const error = (body as { error?: unknown }).error;
  const reason = typeof error === "string" ? error : "";
  const meaning =
    reason && outcomeOf(tables.status, status) ? describe(reason, [tables.error]) : describe(status, [tables.status]);
  return betfairFailure(reason || status, meaning, extra);
}

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
  | BetfairFailure<FailureCodes<LoginErrorCodeCodes>, { status: components["schemas"]["LoginErrorCode"] }>
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
