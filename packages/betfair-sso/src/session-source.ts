import { invalidInput, requireOptions, requireTimerMs, type CallOptions } from "@operator-auth/core";
import type { BetfairCertLoginResult, BetfairLoginInput, BetfairLoginResult, BetfairSessionResult, BetfairSsoClient } from "./client.js";
import { defaultKeepAliveIntervalMs } from "./keep-session-alive.js";

/**
 * 20 minutes: the older interactive login document's "20 minute session expiry time"; the current revision
 * drops the figure ("within session expiry time"), so the lifetime is the older revision's word.
 */
export const betfairSessionLifetimeMs = 20 * 60_000;

/** After `TEMPORARY_BAN_TOO_MANY_REQUESTS`, new logins are banned for 20 minutes. */
export const betfairLoginBanMs = 20 * 60_000;

/** A login of the app's own making, e.g. a certificate login: `(options) => certClient.certLogin({ username, password, cert, key }, options)` with `certClient` from `createBetfairCertLoginClient` of `@operator-auth/betfair-sso/cert`. */
export type BetfairSessionLogin = (options: CallOptions) => Promise<BetfairLoginResult | BetfairCertLoginResult>;

export interface BetfairSessionSourceOptions {
  /** Names the account in store keys, events and messages; never a credential. Default: `"betfair-sso"`. */
  name?: string;
  /** Milliseconds between keep-alives; less than the 20 minutes of `betfairSessionLifetimeMs`. Default: `900000` (15 minutes). */
  keepAliveIntervalMs?: number;
}

/**
 * One Betfair account's login, keep-alive and logout, with Betfair's lifetimes, for `createSessionKeeper`
 * of `@operator-auth/sessions`. Results are the client's own, returned as they come.
 */
export interface BetfairSessionSource {
  readonly name: string;
  readonly sessionLifetimeMs: number;
  readonly keepAliveIntervalMs: number;
  readonly rateLimitedWaitMs: number;
  login(options: CallOptions): Promise<BetfairLoginResult | BetfairCertLoginResult>;
  keepAlive(token: string, options: CallOptions): Promise<BetfairSessionResult>;
  logout(token: string, options: CallOptions): Promise<BetfairSessionResult>;
}

const where = "betfairSessionSource";

/**
 * A session source for `createSessionKeeper`: API login with `credentials` (username, password), or any
 * login of the app's own given as `{ login }` — a certificate login, for instance, so that this module
 * never loads certificate code. Keep-alive and logout go through `client`.
 */
export function betfairSessionSource(
  client: Pick<BetfairSsoClient, "login" | "keepAlive" | "logout">,
  credentials: BetfairLoginInput | { login: BetfairSessionLogin },
  options: BetfairSessionSourceOptions = {},
): BetfairSessionSource {
  // Each method the source calls is checked now, not at the keeper's first login or logout.
  const lacks = (method: "login" | "keepAlive" | "logout") => typeof client?.[method] !== "function";
  const notClient = () => invalidInput(where, "client", "must be a client made by createBetfairSsoClient");
  if (typeof client !== "object" || lacks("keepAlive") || lacks("logout")) throw notClient();
  if (typeof credentials !== "object" || credentials === null) throw invalidInput(where, "credentials", "must be an object");
  if (typeof options !== "object" || options === null) throw invalidInput(where, "options", "must be an object");
  // A `Name` left unread would give the account the default name, and with it another account's store key.
  requireOptions(options, where, ["name", "keepAliveIntervalMs"]);
  const name = options.name ?? "betfair-sso";
  if (typeof name !== "string" || name === "") throw invalidInput(where, "name", "must be a non-empty string");
  const keepAliveIntervalMs = requireTimerMs(where, "keepAliveIntervalMs", options.keepAliveIntervalMs ?? defaultKeepAliveIntervalMs);
  if (keepAliveIntervalMs >= betfairSessionLifetimeMs) throw invalidInput(where, "keepAliveIntervalMs", "must be less than 20 minutes");
  let login: BetfairSessionLogin;
  if ("login" in credentials) {
    if (typeof credentials.login !== "function") throw invalidInput(where, "credentials.login", "must be a function");
    login = credentials.login;
  } else {
    if (lacks("login")) throw notClient();
    for (const field of ["username", "password"] as const) {
      if (typeof credentials[field] !== "string" || credentials[field] === "") throw invalidInput(where, `credentials.${field}`, "must be a non-empty string");
    }
    login = (callOptions) => client.login(credentials, callOptions);
  }
  return {
    name,
    sessionLifetimeMs: betfairSessionLifetimeMs,
    keepAliveIntervalMs,
    rateLimitedWaitMs: betfairLoginBanMs,
    login,
    keepAlive: (token, callOptions) => client.keepAlive(token, callOptions),
    logout: (token, callOptions) => client.logout(token, callOptions),
  };
}
