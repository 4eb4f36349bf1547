export {
  createCasinoGatewayClient,
  type CasinoGatewayClient,
  type CasinoGatewayClientOptions,
  type CasinoLoginInput,
} from "./client.js";
export type { CasinoLoginFailure, CasinoLoginResult, CasinoLoginSuccess } from "./login-result.js";

export type { components, paths } from "./generated/schema.js";
export {
  OperatorAuthError,
  type CallErrorEvent,
  type CallEvent,
  type CallHooks,
  type CallOptions,
  type CallResponseEvent,
  type ClientOptions,
  type OperatorAuthErrorKind,
  type Outcome,
  type FailureOutcome,
} from "@operator-auth/core";
