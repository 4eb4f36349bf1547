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
  BetfairLimitedAccess,
  BetfairLoginFailure,
  BetfairLoginResult,
  BetfairLoginSuccess,
} from "./login-result.js";
export type { BetfairSessionFailure, BetfairSessionResult, BetfairSessionSuccess } from "./session-result.js";
export type { BetfairFailure, BetfairUnknownFailure, FailureCodes } from "./betfair-failure.js";
export type { Pem } from "./pem.js";
export { betfairJurisdictions, identitySsoHosts, type BetfairJurisdiction } from "./jurisdictions.js";

export type { components, paths, webhooks } from "./generated/schema.js";
export * from "@operator-auth/core/client-exports";
