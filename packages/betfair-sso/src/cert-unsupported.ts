/**
 * `@operator-auth/betfair-sso/cert` where Node.js is not (the `default` export condition: browsers,
 * workers): the same exports, without undici, so a bundle for those runtimes builds; the login throws
 * `OperatorAuthError` kind `unsupported-runtime` saying why.
 */
import type { BetfairCertLoginClient } from "./cert-login.js";
import type { BetfairSsoClientOptions } from "./options.js";
import { certLoginNeedsNode } from "./runtime-support.js";

export type { BetfairCertLoginClient, BetfairCertLoginInput } from "./cert-login.js";
export type { BetfairCertLoginFailure, BetfairCertLoginResult, BetfairCertLoginSuccess } from "./client.js";
export type { Pem } from "./pem.js";
export { certLoginHosts } from "./options.js";

/** Same signature as on Node.js; `certLogin` rejects with kind `unsupported-runtime`. */
export function createBetfairCertLoginClient(_options: BetfairSsoClientOptions): BetfairCertLoginClient {
  return {
    async certLogin() {
      throw certLoginNeedsNode();
    },
  };
}
