import { connect, createTransport, describer, readField, readInput, requireSecureBaseUrl, retryIdempotent, type CallOptions, type EffectiveOptions } from "@operator-auth/core";
import { keepAlive, keepAliveOperation, login, logout, logoutOperation } from "./generated/operations.js";
import { loginRules, requiredText } from "./input.js";
import { appRoute, betfairSsoOptionNames, type BetfairSsoClientOptions } from "./options.js";
import { toLoginResult, toSessionResult, type BetfairLoginResult, type BetfairSessionResult } from "./results.js";

export type { BetfairSsoClientOptions } from "./options.js";

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
