// Generated from specs/casino-gateway/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
import { type OutcomeTable } from "@operator-auth/core";

/** The result of a successful login. */
export const SuccessResult = { name: "SuccessResult", outcomes: {"OK":"ok"} } as const satisfies OutcomeTable;

/** Each code of `SuccessResult` with its outcome. */
export type SuccessResultCodes =
  | { readonly code: "OK"; readonly outcome: "ok" }
  ;

/** Status 303 error codes. */
export const ActionRequiredResult = { name: "ActionRequiredResult", outcomes: {"INCOMPLETE_REGISTRATION":"action-required","TNC_APPROVAL_REQUIRED":"action-required","PRIVACY_APPROVAL_REQUIRED":"action-required","PASSWORD_CHANGE_REQUIRED":"action-required","EMAIL_NOT_VERIFIED":"action-required"} } as const satisfies OutcomeTable;

/** Each code of `ActionRequiredResult` with its outcome. */
export type ActionRequiredResultCodes =
  | { readonly code: "INCOMPLETE_REGISTRATION"; readonly outcome: "action-required" }
  | { readonly code: "TNC_APPROVAL_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "PRIVACY_APPROVAL_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "PASSWORD_CHANGE_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "EMAIL_NOT_VERIFIED"; readonly outcome: "action-required" }
  ;

/** Status 401 error codes. */
export const RefusedResult = { name: "RefusedResult", outcomes: {"USER_PASSWORD_NOT_VALID":"invalid-credentials","EXCEEDED_MAX_LOGIN_ATTEMPTS":"rate-limited","BANNED_COUNTRY":"location-blocked","PLAYER_BLOCKED":"account-blocked","IP_BLOCKED":"location-blocked"} } as const satisfies OutcomeTable;

/** Each code of `RefusedResult` with its outcome. */
export type RefusedResultCodes =
  | { readonly code: "USER_PASSWORD_NOT_VALID"; readonly outcome: "invalid-credentials" }
  | { readonly code: "EXCEEDED_MAX_LOGIN_ATTEMPTS"; readonly outcome: "rate-limited" }
  | { readonly code: "BANNED_COUNTRY"; readonly outcome: "location-blocked" }
  | { readonly code: "PLAYER_BLOCKED"; readonly outcome: "account-blocked" }
  | { readonly code: "IP_BLOCKED"; readonly outcome: "location-blocked" }
  ;

/** Status 401 verification steps. */
export const SecondFactorStatus = { name: "SecondFactorStatus", outcomes: {"mobile_verification_required":"second-factor-required","sms_verification_required":"second-factor-required"} } as const satisfies OutcomeTable;

/** Each code of `SecondFactorStatus` with its outcome. */
export type SecondFactorStatusCodes =
  | { readonly code: "mobile_verification_required"; readonly outcome: "second-factor-required" }
  | { readonly code: "sms_verification_required"; readonly outcome: "second-factor-required" }
  ;

/** Status 401 wait before the SMS code can be sent again. */
export const LoginInProcessStatus = { name: "LoginInProcessStatus", outcomes: {"LOGIN_IN_PROCESS":"rate-limited"} } as const satisfies OutcomeTable;

/** Each code of `LoginInProcessStatus` with its outcome. */
export type LoginInProcessStatusCodes =
  | { readonly code: "LOGIN_IN_PROCESS"; readonly outcome: "rate-limited" }
  ;

/** Status 500 result. */
export const ServerErrorResult = { name: "ServerErrorResult", outcomes: {"internal server error":"unavailable"} } as const satisfies OutcomeTable;

/** Each code of `ServerErrorResult` with its outcome. */
export type ServerErrorResultCodes =
  | { readonly code: "internal server error"; readonly outcome: "unavailable" }
  ;
