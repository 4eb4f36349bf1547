export {
  createBetfairSsoClient,
  type BetfairCertLoginInput,
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
} from "./results.js";
export type { Pem } from "./pem.js";
export { betfairJurisdictions, identitySsoHosts, type BetfairJurisdiction } from "./jurisdictions.js";

export type { components, paths, webhooks } from "./generated/schema.js";
export * from "@operator-auth/core/client-exports";
