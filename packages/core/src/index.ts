export { outcomes, type Outcome, type SuccessOutcome, type FailureOutcome } from "./outcome.js";
export {
  describeCode,
  documentedRow,
  outcomeOf,
  outcomeTable,
  undocumentedCodeDescription,
  type CodeInfo,
  type CodeTable,
  type Descriptions,
  type OutcomeTable,
} from "./code-table.js";
export { OperatorAuthError, type OperatorAuthErrorKind, type OperatorAuthErrorDetails } from "./operator-auth-error.js";
export { isRetryable, retryAfterMs } from "./retry.js";
export { retryIdempotent, type RetryOptions } from "./idempotent-retries.js";
export { isHeaderValue } from "./headers.js";
export { redactHeaders, secretName } from "./hooks.js";
export { invalidInput, maxTimerMs, requireTimerMs } from "./invalid-input.js";
export {
  anyString,
  nonEmptyString,
  objectOf,
  readField,
  readInput,
  refuseInput,
  required,
  ruleOf,
  type FieldRule,
  type FieldRules,
} from "./input-rules.js";
export { connect, requireOptions, type ConnectionOptions, type OptionNames, type Route } from "./options.js";
export { requireSecureBaseUrl } from "./secure-url.js";
export { createRawClient, type RawClientOptions } from "./raw-client.js";
export {
  checkClientOptions,
  checkConnectionOptions,
  clientOptionNames,
  pickClientOptions,
  defaultMaxBodyBytes,
  type CallErrorEvent,
  type CallEvent,
  type CallHooks,
  type CallResponseEvent,
  type CheckedClientOptions,
  type ClientOptions,
  type EffectiveOptions,
} from "./client-options.js";
export {
  createTransport,
  defaultTimeoutMs,

  type CallOptions,
  type DocumentedResponse,
  type DocumentedStatus,
  type OperationInfo,
  type OperationRequest,
  type Transport,
  type TransportOptions,
} from "./transport.js";
export { requireField } from "./body-fields.js";
export { failure, type CodeOutcome, type Failure, type Flat, type Success, type UnknownFailure } from "./failure.js";
export { documentedFields } from "./documented-fields.js";
