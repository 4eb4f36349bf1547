/**
 * What each client's main entry re-exports of core, so that an app imports them from the client it uses.
 * Through the package's own name, so that its built file holds no second copy of `OperatorAuthError`.
 */
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
