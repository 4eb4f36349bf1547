export { createPosApiClient, type PosApiClient, type PosApiClientOptions } from "./client.js";
export type { PosApiFingerprint, PosApiLoginInput, PosApiPidLoginInput } from "./inputs.js";
export type { PosApiAccount, PosApiLoginFailure, PosApiLoginPending, PosApiLoginResult, PosApiLoginSuccess } from "./login-result.js";
export type { PosApiCountryBlocked, PosApiCountryBlockResult, PosApiCountryNotBlocked } from "./country-block-result.js";
export type { PosApiCancelWorkflowResult, PosApiLogoutResult, PosApiSessionUpdate } from "./session-call-result.js";
export type { PosApiErrorBody, PosApiErrorCode, PosApiFailure } from "./error-answer.js";
export type { PosApiWorkflow } from "./workflow.js";
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
