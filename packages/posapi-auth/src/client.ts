/**
 * The PosAPI client: each call's input, checked (the Login and PID-Login bodies, the country, the
 * session a call sends), and the calls themselves; their answers become results in `results.ts`.
 */
import {
  anyString,
  createTransport,
  describer,
  invalidInput,
  isHeaderValue,
  nonEmptyString,
  objectOf,
  readField,
  readInput,
  refuseInput,
  required,
  retryIdempotent,
  ruleOf,
  type CallOptions,
  type EffectiveOptions,
  type FieldRule,
} from "@operator-auth/core";
import {
  cancelWorkflow,
  cancelWorkflowOperation,
  checkCountryBlock,
  checkCountryBlockOperation,
  login,
  loginOperation,
  loginWithPid,
  loginWithPidOperation,
  logout,
  logoutOperation,
  type CancelWorkflowResponse,
  type LoginResponse,
  type LoginWithPidResponse,
  type LogoutResponse,
} from "./generated/operations.js";
import type { components } from "./generated/schema.js";
import { copyKeyValue, isKeyValue } from "./key-value.js";
import { connectToPosApi, type PosApiClientOptions } from "./options.js";
import { formatPosDate, parsePosDate } from "./pos-date.js";
import {
  tokensAccepted,
  toCountryBlockResult,
  toLoginResult,
  toSessionCallResult,
  type PosApiCancelWorkflowResult,
  type PosApiCountryBlockResult,
  type PosApiLoginResult,
  type PosApiLogoutResult,
} from "./results.js";
import {
  defaultSessionTokenLifetimeMs,
  endedSession,
  renewedSession,
  sessionHeaders,
  type PosApiSession,
  type PosApiSessionJson,
} from "./session.js";

type Schemas = components["schemas"];

export type { PosApiClientOptions } from "./options.js";

/** The fingerprint of the Login example; the document does not describe its fields. Default: not sent. */
export interface PosApiFingerprint {
  /** Shown as `"superSecretSuperCookie"` in the example. Default: not sent. */
  superCookie?: string;
  /** A key-value list; the example sends `dt` (`website`) and `os` (`Windows`). Default: not sent. */
  deviceDetails?: { Key: string; Value: string }[];
}

/** The Login body under its wire names. Only these fields travel; one left `undefined` is not sent (JSON has no undefined). */
export interface PosApiLoginInput {
  /** The username of the account. */
  username: string;
  /**
   * The password associated with the account. May be empty only when a `handshakeSessionKey` is sent: this
   * client's own rule; the document says only that with the key "the password-parameter can be empty".
   */
  password: string;
  /** The two-letter language code. Default: not sent (PosAPI then uses the default language). */
  language?: string;
  /** The ID of a mobile device, associating the session with it. Default: not sent. */
  deviceId?: string;
  /** Mandatory for French labels (e.g. bwin.fr). A `Date`, or a string already written `/Date(ms)/`. Default: not sent. */
  dateOfBirth?: Date | string;
  /** Associates the login with an already available backend session (e.g. DanskeSpil). Default: not sent. */
  handshakeSessionKey?: string;
  /** Listed without a description. Default: not sent. */
  ucid?: string;
  /** Default: not sent. */
  fingerprint?: PosApiFingerprint;
}

/** The PID-Login body under its wire names. Only these fields travel; one left `undefined` is not sent. */
export interface PosApiPidLoginInput {
  /** The PID of a DanID based label. */
  pid: string;
  /** Required only when called directly after registration. Default: not sent. */
  username?: string;
  /** Required only when called directly after registration. Default: not sent. */
  password?: string;
  /** The two-letter language code. Default: not sent. */
  language?: string;
  /** The ID of a mobile device. Default: not sent. */
  deviceId?: string;
  /** Default: not sent. */
  ucid?: string;
  /** The fingerprint, as for Login. Default: not sent. */
  fingerprint?: PosApiFingerprint;
}

const isValidDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/** A username, PID or country code: a field that must be there and say something. */
const requiredName = /* @__PURE__ */ required(nonEmptyString);

/** Each pair is sent as its `Key` and `Value` alone. */
const keyValueList: FieldRule = {
  mustBe: "a list of { Key, Value } strings",
  read: (value) => (Array.isArray(value) && value.every(isKeyValue) ? value.map(copyKeyValue) : undefined),
};

const fingerprint = /* @__PURE__ */ objectOf({ superCookie: anyString, deviceDetails: keyValueList });

/** A `Date` is sent written `/Date(ms)/`; a string already written so is sent as it is. */
const posDate: FieldRule = {
  mustBe: "a valid Date or a string written /Date(ms)/",
  read: (value) => (isValidDate(value) ? formatPosDate(value) : typeof value === "string" && parsePosDate(value) ? value : undefined),
};

const loginFields = {
  username: requiredName,
  password: required(anyString),
  language: anyString,
  deviceId: anyString,
  dateOfBirth: posDate,
  handshakeSessionKey: anyString,
  ucid: anyString,
  fingerprint,
};

const pidLoginFields = {
  pid: requiredName,
  username: anyString,
  password: anyString,
  language: anyString,
  deviceId: anyString,
  ucid: anyString,
  fingerprint,
};

/** The Login body: the documented fields of the input, checked. */
function loginBody(input: PosApiLoginInput): Schemas["LoginRequest"] {
  const body = readInput<Schemas["LoginRequest"]>("login", input, loginFields);
  if (body.password === "" && !body.handshakeSessionKey) throw refuseInput("login", "password may be empty only when a handshakeSessionKey is sent");
  return body;
}

/** The PID-Login body: the documented fields of the input, checked. */
function pidLoginBody(input: PosApiPidLoginInput): Schemas["PidLoginRequest"] {
  return readInput<Schemas["PidLoginRequest"]>("loginWithPid", input, pidLoginFields);
}

function requireCountryId(countryId: unknown): string {
  return readField("checkCountryBlock", "countryId", countryId, requiredName) as string;
}

/** An ISO 8601 date-time, as `JSON.stringify` writes a `Date` (`toISOString`), with `Z` or an offset. */
const isoDateTime = /^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** An expiry time is a `Date`, or the ISO 8601 string it becomes in JSON; either way the session gets a new `Date`. */
const expiryTime: FieldRule = {
  mustBe: "a valid Date or an ISO 8601 date-time string",
  read(value) {
    const date = value instanceof Date || (typeof value === "string" && isoDateTime.test(value)) ? new Date(value) : undefined;
    return isValidDate(date) ? date : undefined;
  },
};

/** Both tokens travel as header values, so they must be usable as such. */
const token = /* @__PURE__ */ required(ruleOf("a non-empty string of printable ASCII", isHeaderValue));

/** In the order of `PosApiSession`'s fields, which the session read from them keeps. */
const sessionRule = /* @__PURE__ */ required(
  objectOf({
    userToken: token,
    sessionToken: token,
    ssoToken: anyString,
    userTokenExpiresAt: required(expiryTime),
    sessionTokenExpiresAt: required(expiryTime),
  }),
);

/**
 * The session a call sends, as a new `PosApiSession`: both tokens must be usable as header values, and
 * each expiry time a valid `Date` or an ISO 8601 string (a session back from JSON). The given object is
 * only read, so a frozen session works.
 */
function requireSession(operation: string, session: unknown): PosApiSession {
  return readField(operation, "session", session, sessionRule) as PosApiSession;
}

export interface PosApiClient {
  /**
   * Asks whether a country rule applies to the country (two-letter code) for this AccessId.
   * `{ blocked: false }` when none does; `{ blocked: true, code, values, targetUrl? }` when one matches.
   */
  checkCountryBlock(countryId: string, options?: CallOptions): Promise<PosApiCountryBlockResult>;
  /**
   * Logs a customer in. A success carries the session (tokens and their expiry), the pending workflow if
   * any, and the account data; every documented refusal is returned. Anything else throws
   * `OperatorAuthError`. Never retried.
   */
  login(input: PosApiLoginInput, options?: CallOptions): Promise<PosApiLoginResult>;
  /** Logs a customer of a DanID based label in by PID; answers as `login`. Never retried. */
  loginWithPid(input: PosApiPidLoginInput, options?: CallOptions): Promise<PosApiLoginResult>;
  /**
   * Calls Logout. A success carries the ended session as `result.session` (both expiry times set to the
   * moment of logout, the client's reading: the document does not describe what a logout does); a token
   * error (HTTP 400) is returned without one. `session` itself is never changed; it may be frozen, or back
   * from JSON (`PosApiSessionJson`). Sent again after a transport failure when the client's `maxRetries`
   * allows; a retry after a logout that did arrive is answered as for ended tokens.
   */
  logout(session: PosApiSession | PosApiSessionJson, options?: CallOptions): Promise<PosApiLogoutResult>;
  /**
   * Cancels the pending workflow. An answer that shows PosAPI accepted the tokens (200, or 404 with code
   * 630, no workflow pending) carries the renewed session as `result.session` (the SessionToken lives on
   * from when the request was sent); a token error (HTTP 400) carries none. `session` itself is never
   * changed; it may be frozen, or back from JSON (`PosApiSessionJson`).
   */
  cancelWorkflow(session: PosApiSession | PosApiSessionJson, options?: CallOptions): Promise<PosApiCancelWorkflowResult>;
  /** The options the client sends with (base URL, timeouts, `maxRetries`), defaults filled in, for logging. */
  readonly options: EffectiveOptions;
}

export function createPosApiClient(options: PosApiClientOptions): PosApiClient {
  const factory = "createPosApiClient";
  const transport = retryIdempotent(connectToPosApi(options, factory, createTransport), [logoutOperation.id], options.maxRetries, factory);
  const { sessionTokenLifetimeMs = defaultSessionTokenLifetimeMs } = options;
  const describe = describer(options.descriptions);
  if (!Number.isFinite(sessionTokenLifetimeMs) || sessionTokenLifetimeMs <= 0) {
    throw invalidInput(factory, "sessionTokenLifetimeMs", "must be a positive number of milliseconds");
  }

  /** Login and PID-Login answer alike; the session starts when the request was sent. */
  const loginResult = (response: LoginResponse | LoginWithPidResponse, operation: string, sentAt: number) =>
    toLoginResult(response, { operation, sentAt, sessionTokenLifetimeMs, describe });

  /**
   * The answer of Logout or Cancel Workflow; one that shows PosAPI accepted the tokens carries the
   * session `next` makes of the one given, which is never changed.
   */
  function sessionCallResult<Result>(response: LogoutResponse | CancelWorkflowResponse, operation: string, next: () => PosApiSession): Result {
    const result = toSessionCallResult(response, operation, describe);
    return (tokensAccepted(result) ? Object.assign({}, result, { session: next() }) : result) as Result;
  }

  return {
    async checkCountryBlock(countryId, callOptions) {
      const query = { countryId: requireCountryId(countryId) };
      const response = await checkCountryBlock(transport, { params: { query } }, callOptions);
      return toCountryBlockResult(response, checkCountryBlockOperation.id, describe);
    },

    async login(input, callOptions) {
      const body = loginBody(input);
      const sentAt = Date.now();
      return loginResult(await login(transport, { body }, callOptions), loginOperation.id, sentAt);
    },

    async loginWithPid(input, callOptions) {
      const body = pidLoginBody(input);
      const sentAt = Date.now();
      return loginResult(await loginWithPid(transport, { body }, callOptions), loginWithPidOperation.id, sentAt);
    },

    async logout(session, callOptions) {
      const given = requireSession(logoutOperation.id, session);
      const response = await logout(transport, withTokens(given), callOptions);
      // The document does not say what a logout does to the tokens; the client ends the session when the answer arrives.
      return sessionCallResult(response, logoutOperation.id, () => endedSession(given, Date.now()));
    },

    async cancelWorkflow(session, callOptions) {
      const given = requireSession(cancelWorkflowOperation.id, session);
      const sentAt = Date.now();
      const response = await cancelWorkflow(transport, withTokens(given), callOptions);
      return sessionCallResult(response, cancelWorkflowOperation.id, () => renewedSession(given, sentAt, sessionTokenLifetimeMs));
    },
    options: transport.options,
  };
}

/**
 * A request carrying the session's tokens as per-call headers: the spec declares them as security
 * schemes, so the generated requests have no parameter for them; the transport sends `headers` as given.
 */
const withTokens = <Request extends object>(session: PosApiSession) => ({ headers: sessionHeaders(session) }) as Request;
