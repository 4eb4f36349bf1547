import {
  createTransport,
  describer,
  invalidInput,
  retryIdempotent,
  type CallOptions,
  type EffectiveOptions,
} from "@operator-auth/core";
import { connectToPosApi } from "./connection.js";
import type { PosApiClientOptions } from "./options.js";
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
import {
  loginBody,
  pidLoginBody,
  requireCountryId,
  requireSession,
  type PosApiLoginInput,
  type PosApiPidLoginInput,
} from "./inputs.js";
import {
  defaultSessionTokenLifetimeMs,
  endedSession,
  renewedSession,
  sessionHeaders,
  type PosApiSession,
  type PosApiSessionJson,
} from "./session.js";
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

export type { PosApiClientOptions } from "./options.js";

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
