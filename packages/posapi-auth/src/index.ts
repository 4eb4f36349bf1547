export {
  createPosApiClient,
  type PosApiClient,
  type PosApiClientOptions,
  type PosApiFingerprint,
  type PosApiLoginInput,
  type PosApiPidLoginInput,
} from "./client.js";
export type {
  PosApiAccount,
  PosApiCancelWorkflowResult,
  PosApiCountryBlocked,
  PosApiCountryBlockResult,
  PosApiCountryNotBlocked,
  PosApiErrorBody,
  PosApiErrorCode,
  PosApiFailure,
  PosApiLoginFailure,
  PosApiLoginPending,
  PosApiLoginResult,
  PosApiLoginSuccess,
  PosApiLogoutResult,
  PosApiSessionUpdate,
  PosApiWorkflow,
} from "./results.js";
export {
  defaultSessionTokenLifetimeMs,
  italySessionTokenLifetimeMs,
  sessionHeaders,
  userTokenLifetimeMs,
  type PosApiSession,
  type PosApiSessionJson,
} from "./session.js";
export { formatPosDate, parsePosDate, posDatePattern } from "./pos-date.js";

export type { components, paths } from "./generated/schema.js";
export * from "@operator-auth/core/client-exports";
