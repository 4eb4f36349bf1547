export {
  createBetfairSsoClient,
  type BetfairLoginInput,
  type BetfairSsoClient,
  type BetfairSsoClientOptions,
} from "./client.js";
export type {
  BetfairCertLoginFailure,
  BetfairCertLoginResult,
  BetfairCertLoginSuccess,
  BetfairFailure,
  BetfairLimitedAccess,
  BetfairLoginFailure,
  BetfairLoginResult,
  BetfairLoginSuccess,
  BetfairSessionFailure,
  BetfairSessionResult,
  BetfairSessionSuccess,
  BetfairUnknownFailure,
  FailureCodes,
} from "./client.js";
/** The certificate login's input; the login itself is on the Node.js-only subpath `@operator-auth/betfair-sso/cert`. */
export type { BetfairCertLoginInput } from "./cert-login.js";
export type { Pem } from "./pem.js";
export { betfairJurisdictions, identitySsoHosts, type BetfairJurisdiction } from "./options.js";

export type { components, paths, webhooks } from "./generated/schema.js";
export * from "@operator-auth/core/client-exports";
