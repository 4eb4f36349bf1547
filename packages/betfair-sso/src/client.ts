import {
  createTransport,
  pickClientOptions,
  readField,
  readInput,
  requireOptions,
  requireSecureBaseUrl,
  retryIdempotent,
  type CallOptions,
  type ClientOptions,
  type Descriptions,
  type EffectiveOptions,
  type RetryOptions,
} from "@operator-auth/core";
import { requireAppKey } from "./app-key.js";
import { keepAlive, keepAliveOperation, login, logout, logoutOperation } from "./generated/operations.js";
import { loginRules, requiredText } from "./input.js";
import { betfairSsoOptionNames } from "./option-names.js";
import { identitySsoBaseUrl, requireJurisdiction, type BetfairJurisdiction } from "./jurisdictions.js";
import { toLoginResult, type BetfairLoginResult } from "./login-result.js";
import { toSessionResult, type BetfairSessionResult } from "./session-result.js";

/**
 * The options of `createBetfairSsoClient`; `fetch`, `timeoutMs`, `maxBodyBytes`, `hooks` and
 * `allowInsecureHttp` come from `ClientOptions`, `maxRetries` (for `keepAlive` and `logout`) from `RetryOptions`.
 */
export interface BetfairSsoClientOptions extends ClientOptions, RetryOptions {
  /** Your application key, sent as `X-Application` on every call. */
  appKey: string;
  /** Whose Identity SSO hosts to call. Default: `"global"` (identitysso.betfair.com). */
  jurisdiction?: BetfairJurisdiction;
  /**
   * Where login, keep-alive and logout go, in place of the jurisdiction's host (a mock, a proxy).
   * https, or http to loopback only (any host with `allowInsecureHttp`). Default: `https://<the jurisdiction's identitysso host>`.
   */
  baseUrl?: string;
  /**
   * Where the certificate login (`createBetfairCertLoginClient` from `@operator-auth/betfair-sso/cert`,
   * Node.js only) goes, in place of the jurisdiction's identitysso-cert host. https, or http to loopback
   * only (any host with `allowInsecureHttp`). Default: `https://<the jurisdiction's identitysso-cert host>`; Australia has none, so there
   * `certLogin` needs this option. `createBetfairSsoClient` only checks it.
   */
  certBaseUrl?: string;
  /**
   * The documents' description of every code, added to each failure (and to a `LIMITED_ACCESS` login)
   * as `description`. Default: none — failures then carry no `description`; pass `codeTables` from
   * `@operator-auth/betfair-sso/codes`. Leaving it out keeps the documents' wording out of the bundle.
   */
  descriptions?: Descriptions;
}

export interface BetfairLoginInput {
  /** The Betfair username. */
  username: string;
  /** The password, sent form-encoded exactly as given (any characters). */
  password: string;
  /** The 2 Step Authentication code of a strong-auth account; appended to the password, as Betfair asks. Default: none. */
  twoFactorCode?: string;
}

/** The certificate login's input; the login itself is on the Node.js-only subpath `@operator-auth/betfair-sso/cert`. */
export type { BetfairCertLoginInput } from "./cert-login.js";

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
  const { appKey, descriptions } = requireOptions(options, factory, betfairSsoOptionNames);
  requireAppKey(appKey, factory);
  const jurisdiction = requireJurisdiction(options.jurisdiction, factory);
  const transport = retryIdempotent(
    createTransport({ ...pickClientOptions(options), baseUrl: identitySsoBaseUrl(jurisdiction, options.baseUrl), where: factory }),
    [keepAliveOperation.id, logoutOperation.id],
    options.maxRetries,
    factory,
  );
  // Checked here too, so that options meant for both clients fail where they are first given.
  if (options.certBaseUrl !== undefined) requireSecureBaseUrl(options.certBaseUrl, "certBaseUrl", factory, options.allowInsecureHttp);

  const sessionCall = (operation: typeof keepAlive | typeof logout, operationId: string) =>
    async (token: string, callOptions?: CallOptions): Promise<BetfairSessionResult> => {
      readField(operationId, "token", token, requiredText);
      const headers = { Accept: acceptJson, "X-Authentication": token, "X-Application": appKey } as const;
      const response = await operation(transport, { params: { header: headers } }, callOptions);
      return toSessionResult(response, operationId, token, descriptions);
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
      return toLoginResult(response, descriptions);
    },

    keepAlive: sessionCall(keepAlive, keepAliveOperation.id),
    logout: sessionCall(logout, logoutOperation.id),
    options: transport.options,
  };
}
