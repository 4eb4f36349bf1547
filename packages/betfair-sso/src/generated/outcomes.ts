// Generated from specs/betfair-sso/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
import { type OutcomeTable } from "@operator-auth/core";

/** The success value of the `loginStatus` fields (certificate login; redirect POST of the interactive
 * login document, older revision). */
export const SuccessStatus = { name: "SuccessStatus", outcomes: {"SUCCESS":"ok"} } as const satisfies OutcomeTable;

/** Each code of `SuccessStatus` with its outcome. */
export type SuccessStatusCodes =
  | { readonly code: "SUCCESS"; readonly outcome: "ok" }
  ;

/** Status values of the API login (the API login document: SUCCESS, LIMITED_ACCESS, LOGIN_RESTRICTED,
 * FAIL). The precise reason of a LIMITED_ACCESS, LOGIN_RESTRICTED or FAIL is the `error` value; the
 * outcome given here is the one to use when only the status is known.
 * 
 * Note: "treeted" (for "treated") in the FAIL description is the document's own spelling. */
export const LoginStatus = { name: "LoginStatus", outcomes: {"SUCCESS":"ok","LIMITED_ACCESS":"action-required","LOGIN_RESTRICTED":"action-required","FAIL":"unknown"} } as const satisfies OutcomeTable;

/** Each code of `LoginStatus` with its outcome. */
export type LoginStatusCodes =
  | { readonly code: "SUCCESS"; readonly outcome: "ok" }
  | { readonly code: "LIMITED_ACCESS"; readonly outcome: "action-required" }
  | { readonly code: "LOGIN_RESTRICTED"; readonly outcome: "action-required" }
  | { readonly code: "FAIL"; readonly outcome: "unknown" }
  ;

/** Status values of Keep Alive and Logout (public developer documentation). */
export const SessionStatus = { name: "SessionStatus", outcomes: {"SUCCESS":"ok","FAIL":"unknown"} } as const satisfies OutcomeTable;

/** Each code of `SessionStatus` with its outcome. */
export type SessionStatusCodes =
  | { readonly code: "SUCCESS"; readonly outcome: "ok" }
  | { readonly code: "FAIL"; readonly outcome: "unknown" }
  ;

/** Error values of Keep Alive and Logout (public developer documentation). */
export const SessionErrorCode = { name: "SessionErrorCode", outcomes: {"INPUT_VALIDATION_ERROR":"invalid-request","INTERNAL_ERROR":"unavailable","NO_SESSION":"session-invalid"} } as const satisfies OutcomeTable;

/** Each code of `SessionErrorCode` with its outcome. */
export type SessionErrorCodeCodes =
  | { readonly code: "INPUT_VALIDATION_ERROR"; readonly outcome: "invalid-request" }
  | { readonly code: "INTERNAL_ERROR"; readonly outcome: "unavailable" }
  | { readonly code: "NO_SESSION"; readonly outcome: "session-invalid" }
  ;

/** Error values of the API login (`LoginResponse.error`) and `loginStatus` values of the certificate login.
 * Covers every value the API login document names: the four "Error values (mappings for statuses to
 * possible error values LIMITED_ACCESS / LOGIN_RESTRICTED / FAIL)" lists (kept, in the document's order
 * and with its duplicates, in `x-errors-by-status`; `FAIL_MASTER_ACCOUNT_API` is the FAIL list after
 * "Please note that master account access is restricted for API/JSON requests.") and its table "The
 * possible failure and exceptional return codes are:", whose descriptions are used verbatim. Two values
 * without a description there take the wording of the interactive login document (current revision):
 * STRONG_AUTH_CODE_REQUIRED and INPUT_VALIDATION_ERROR (`x-codes.*.descriptionFrom`).
 * TEMPORARY_BAN_TOO_MANY_REQUESTS is added from the interactive login document (current revision) and
 * Betfair's public developer documentation (login request limit: new logins banned for 20 minutes).
 * 
 * `x-codes.*.statuses` are the status values a code is listed under, `lists` the `x-errors-by-status`
 * keys, `group` marks the return code table.
 * 
 * Document disagreement: the return code table's column is headed `loginStatus` (the certificate login's
 * field name), although the response structure returns the value in `"error":"<error>"`.
 * 
 * Document disagreement: DENMARK_MIGRATION_REQUIRED is listed under "LOGIN_RESTRICTED - Login is
 * restricted" and under "FAIL - All other cases are treeted as errors".
 * 
 * Document disagreement: the LIMITED_ACCESS list ("Access is limited (eg. accounts that can login but
 * can't bet), product session will be provided") holds PENDING_AUTH, SECURITY_QUESTION_WRONG_3X,
 * KYC_SUSPEND and SUSPENDED, while the interactive login document (current revision) says of the same
 * codes as `errorCode` that it "provides the reason for the login failure".
 * 
 * Document disagreement: CERT_AUTH_REQUIRED is in "The possible failure and exceptional return codes"
 * but in none of the "Error values (mappings for statuses to possible error values LIMITED_ACCESS /
 * LOGIN_RESTRICTED / FAIL)".
 * 
 * Note: INVALID_CONNECTIVITY_TO_REGULATOR and NOT_AUTHORIZED_BY_REGULATOR are each listed twice in the
 * FAIL list, and INVALID_PIN_LOGIN_REQUEST twice in the master-account list; "in the system behind or
 * in at regulator" (INVALID_CONNECTIVITY_TO_REGULATOR_IT and _DK) is the document's own wording. */
export const LoginErrorCode = { name: "LoginErrorCode", outcomes: {"PENDING_AUTH":"action-required","SECURITY_QUESTION_WRONG_3X":"account-blocked","KYC_SUSPEND":"action-required","SUSPENDED":"account-blocked","STRONG_AUTH_CODE_REQUIRED":"second-factor-required","DENMARK_MIGRATION_REQUIRED":"action-required","DANISH_AUTHORIZATION_REQUIRED":"action-required","SPAIN_MIGRATION_REQUIRED":"action-required","SPANISH_TERMS_ACCEPTANCE_REQUIRED":"action-required","ITALY_MIGRATION_REQUIRED":"action-required","ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED":"action-required","CHANGE_PASSWORD_REQUIRED":"action-required","PERSONAL_MESSAGE_REQUIRED":"action-required","TRADING_MASTER":"account-blocked","TRADING_MASTER_SUSPENDED":"account-blocked","AGENT_CLIENT_MASTER":"account-blocked","AGENT_CLIENT_MASTER_SUSPENDED":"account-blocked","INVALID_PIN":"invalid-credentials","INVALID_USERNAME_OR_PASSWORD":"invalid-credentials","PIN_DELETED_ON_FAILED_COUNT_EXCEEDED":"unknown","UNRECOGNIZED_DEVICE":"unknown","DUPLICATE_CARDS":"account-blocked","ACCOUNT_NOW_LOCKED":"account-blocked","ACCOUNT_ALREADY_LOCKED":"account-blocked","SECURITY_RESTRICTED_LOCATION":"account-blocked","BETTING_RESTRICTED_LOCATION":"location-blocked","INVALID_CONNECTIVITY_TO_REGULATOR":"unavailable","INVALID_CONNECTIVITY_TO_REGULATOR_IT":"unavailable","INVALID_CONNECTIVITY_TO_REGULATOR_DK":"unavailable","NOT_AUTHORIZED_BY_REGULATOR":"location-blocked","NOT_AUTHORIZED_BY_REGULATOR_DK":"location-blocked","NOT_AUTHORIZED_BY_REGULATOR_IT":"location-blocked","TELBET_TERMS_CONDITIONS_NA":"action-required","CLOSED":"account-blocked","SELF_EXCLUDED":"account-blocked","NOT_AUTHORIZED_FOR_DOMAIN_ES":"location-blocked","NOT_AUTHORIZED_FOR_DOMAIN_IT":"location-blocked","NOT_AUTHORIZED_FOR_DOMAIN_COM":"location-blocked","AUTHORIZED_ONLY_FOR_DOMAIN_ES":"location-blocked","INPUT_VALIDATION_ERROR":"invalid-request","FORBIDDEN":"unknown","NO_SESSION":"session-invalid","INVALID_PIN_LOGIN_REQUEST":"invalid-request","CERT_AUTH_REQUIRED":"invalid-credentials","TEMPORARY_BAN_TOO_MANY_REQUESTS":"rate-limited"} } as const satisfies OutcomeTable;

/** Each code of `LoginErrorCode` with its outcome. */
export type LoginErrorCodeCodes =
  | { readonly code: "PENDING_AUTH"; readonly outcome: "action-required" }
  | { readonly code: "SECURITY_QUESTION_WRONG_3X"; readonly outcome: "account-blocked" }
  | { readonly code: "KYC_SUSPEND"; readonly outcome: "action-required" }
  | { readonly code: "SUSPENDED"; readonly outcome: "account-blocked" }
  | { readonly code: "STRONG_AUTH_CODE_REQUIRED"; readonly outcome: "second-factor-required" }
  | { readonly code: "DENMARK_MIGRATION_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "DANISH_AUTHORIZATION_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "SPAIN_MIGRATION_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "SPANISH_TERMS_ACCEPTANCE_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "ITALY_MIGRATION_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "CHANGE_PASSWORD_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "PERSONAL_MESSAGE_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "TRADING_MASTER"; readonly outcome: "account-blocked" }
  | { readonly code: "TRADING_MASTER_SUSPENDED"; readonly outcome: "account-blocked" }
  | { readonly code: "AGENT_CLIENT_MASTER"; readonly outcome: "account-blocked" }
  | { readonly code: "AGENT_CLIENT_MASTER_SUSPENDED"; readonly outcome: "account-blocked" }
  | { readonly code: "INVALID_PIN"; readonly outcome: "invalid-credentials" }
  | { readonly code: "INVALID_USERNAME_OR_PASSWORD"; readonly outcome: "invalid-credentials" }
  | { readonly code: "PIN_DELETED_ON_FAILED_COUNT_EXCEEDED"; readonly outcome: "unknown" }
  | { readonly code: "UNRECOGNIZED_DEVICE"; readonly outcome: "unknown" }
  | { readonly code: "DUPLICATE_CARDS"; readonly outcome: "account-blocked" }
  | { readonly code: "ACCOUNT_NOW_LOCKED"; readonly outcome: "account-blocked" }
  | { readonly code: "ACCOUNT_ALREADY_LOCKED"; readonly outcome: "account-blocked" }
  | { readonly code: "SECURITY_RESTRICTED_LOCATION"; readonly outcome: "account-blocked" }
  | { readonly code: "BETTING_RESTRICTED_LOCATION"; readonly outcome: "location-blocked" }
  | { readonly code: "INVALID_CONNECTIVITY_TO_REGULATOR"; readonly outcome: "unavailable" }
  | { readonly code: "INVALID_CONNECTIVITY_TO_REGULATOR_IT"; readonly outcome: "unavailable" }
  | { readonly code: "INVALID_CONNECTIVITY_TO_REGULATOR_DK"; readonly outcome: "unavailable" }
  | { readonly code: "NOT_AUTHORIZED_BY_REGULATOR"; readonly outcome: "location-blocked" }
  | { readonly code: "NOT_AUTHORIZED_BY_REGULATOR_DK"; readonly outcome: "location-blocked" }
  | { readonly code: "NOT_AUTHORIZED_BY_REGULATOR_IT"; readonly outcome: "location-blocked" }
  | { readonly code: "TELBET_TERMS_CONDITIONS_NA"; readonly outcome: "action-required" }
  | { readonly code: "CLOSED"; readonly outcome: "account-blocked" }
  | { readonly code: "SELF_EXCLUDED"; readonly outcome: "account-blocked" }
  | { readonly code: "NOT_AUTHORIZED_FOR_DOMAIN_ES"; readonly outcome: "location-blocked" }
  | { readonly code: "NOT_AUTHORIZED_FOR_DOMAIN_IT"; readonly outcome: "location-blocked" }
  | { readonly code: "NOT_AUTHORIZED_FOR_DOMAIN_COM"; readonly outcome: "location-blocked" }
  | { readonly code: "AUTHORIZED_ONLY_FOR_DOMAIN_ES"; readonly outcome: "location-blocked" }
  | { readonly code: "INPUT_VALIDATION_ERROR"; readonly outcome: "invalid-request" }
  | { readonly code: "FORBIDDEN"; readonly outcome: "unknown" }
  | { readonly code: "NO_SESSION"; readonly outcome: "session-invalid" }
  | { readonly code: "INVALID_PIN_LOGIN_REQUEST"; readonly outcome: "invalid-request" }
  | { readonly code: "CERT_AUTH_REQUIRED"; readonly outcome: "invalid-credentials" }
  | { readonly code: "TEMPORARY_BAN_TOO_MANY_REQUESTS"; readonly outcome: "rate-limited" }
  ;

/** Error codes of the interactive login: the `errorCode` of the redirect POST (interactive login document,
 * current revision) and the error values of `loginStatus` (older revision). Every code of both tables,
 * with the current revision's wording verbatim.
 * 
 * `x-codes.*.documents` says which revision lists the code (`current`, `older`); `listedTimes: 2` marks
 * codes the current revision lists twice; `olderRevisionWording` keeps the older revision's wording where it
 * differs from every wording of the current one.
 * 
 * Document disagreement: the current revision lists several codes twice with different wording, e.g.
 * SECURITY_QUESTION_WRONG_3X as "the user has entered wrong the security question 3 times" and as "the
 * user has entered wrong the security answer 3 times"; the same for ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED,
 * PERSONAL_MESSAGE_REQUIRED, SELF_EXCLUDED, SPAIN_MIGRATION_REQUIRED and SPANISH_TERMS_ACCEPTANCE_REQUIRED.
 * Both wordings are kept in the description, joined by " / ".
 * 
 * Note: the current revision lists these codes twice with identical wording: INVALID_USERNAME_OR_PASSWORD,
 * KYC_SUSPEND, NOT_AUTHORIZED_BY_REGULATOR_DK, NOT_AUTHORIZED_BY_REGULATOR_IT,
 * MULTIPLE_USERS_WITH_SAME_CREDENTIAL, PENDING_AUTH, SECURITY_RESTRICTED_LOCATION, SUSPENDED,
 * TELBET_TERMS_CONDITIONS_NA, TRADING_MASTER, TRADING_MASTER_SUSPENDED, TEMPORARY_BAN_TOO_MANY_REQUESTS. The
 * older revision's wording differs in case only for DANISH_AUTHORIZATION_REQUIRED, DENMARK_MIGRATION_REQUIRED
 * and CHANGE_PASSWORD_REQUIRED. "You must provided" (SWEDEN_NATIONAL_IDENTIFIER_REQUIRED,
 * SWEDEN_BANK_ID_VERIFICATION_REQUIRED) and "in the system behind or in at regulator"
 * (INVALID_CONNECTIVITY_TO_REGULATOR_DK, _IT) are the document's own wording. */
export const InteractiveLoginErrorCode = { name: "InteractiveLoginErrorCode", outcomes: {"INVALID_USERNAME_OR_PASSWORD":"invalid-credentials","ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED":"action-required","KYC_SUSPEND":"action-required","NOT_AUTHORIZED_BY_REGULATOR_DK":"location-blocked","NOT_AUTHORIZED_BY_REGULATOR_IT":"location-blocked","MULTIPLE_USERS_WITH_SAME_CREDENTIAL":"invalid-credentials","PENDING_AUTH":"action-required","PERSONAL_MESSAGE_REQUIRED":"action-required","SECURITY_QUESTION_WRONG_3X":"account-blocked","SECURITY_RESTRICTED_LOCATION":"account-blocked","SELF_EXCLUDED":"account-blocked","SPAIN_MIGRATION_REQUIRED":"action-required","SPANISH_TERMS_ACCEPTANCE_REQUIRED":"action-required","STRONG_AUTH_CODE_REQUIRED":"second-factor-required","SUSPENDED":"account-blocked","TELBET_TERMS_CONDITIONS_NA":"action-required","TRADING_MASTER":"account-blocked","TRADING_MASTER_SUSPENDED":"account-blocked","TEMPORARY_BAN_TOO_MANY_REQUESTS":"rate-limited","ACCOUNT_NOW_LOCKED":"account-blocked","ACCOUNT_ALREADY_LOCKED":"account-blocked","DUPLICATE_CARDS":"account-blocked","CLOSED":"account-blocked","INVALID_CONNECTIVITY_TO_REGULATOR_DK":"unavailable","INVALID_CONNECTIVITY_TO_REGULATOR_IT":"unavailable","BETTING_RESTRICTED_LOCATION":"location-blocked","AGENT_CLIENT_MASTER":"account-blocked","AGENT_CLIENT_MASTER_SUSPENDED":"account-blocked","DANISH_AUTHORIZATION_REQUIRED":"action-required","DENMARK_MIGRATION_REQUIRED":"action-required","CERT_AUTH_REQUIRED":"invalid-credentials","CHANGE_PASSWORD_REQUIRED":"action-required","INTERNATIONAL_TERMS_ACCEPTANCE_REQUIRED":"action-required","EMAIL_LOGIN_NOT_ALLOWED":"invalid-credentials","ACCOUNT_PENDING_PASSWORD_CHANGE":"action-required","ITALIAN_PROFILING_ACCEPTANCE_REQUIRED":"action-required","AUTHORIZED_ONLY_FOR_DOMAIN_RO":"location-blocked","AUTHORIZED_ONLY_FOR_DOMAIN_SE":"location-blocked","SWEDEN_NATIONAL_IDENTIFIER_REQUIRED":"action-required","SWEDEN_BANK_ID_VERIFICATION_REQUIRED":"action-required","ACTIONS_REQUIRED":"action-required","INPUT_VALIDATION_ERROR":"invalid-request"} } as const satisfies OutcomeTable;

/** Each code of `InteractiveLoginErrorCode` with its outcome. */
export type InteractiveLoginErrorCodeCodes =
  | { readonly code: "INVALID_USERNAME_OR_PASSWORD"; readonly outcome: "invalid-credentials" }
  | { readonly code: "ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "KYC_SUSPEND"; readonly outcome: "action-required" }
  | { readonly code: "NOT_AUTHORIZED_BY_REGULATOR_DK"; readonly outcome: "location-blocked" }
  | { readonly code: "NOT_AUTHORIZED_BY_REGULATOR_IT"; readonly outcome: "location-blocked" }
  | { readonly code: "MULTIPLE_USERS_WITH_SAME_CREDENTIAL"; readonly outcome: "invalid-credentials" }
  | { readonly code: "PENDING_AUTH"; readonly outcome: "action-required" }
  | { readonly code: "PERSONAL_MESSAGE_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "SECURITY_QUESTION_WRONG_3X"; readonly outcome: "account-blocked" }
  | { readonly code: "SECURITY_RESTRICTED_LOCATION"; readonly outcome: "account-blocked" }
  | { readonly code: "SELF_EXCLUDED"; readonly outcome: "account-blocked" }
  | { readonly code: "SPAIN_MIGRATION_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "SPANISH_TERMS_ACCEPTANCE_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "STRONG_AUTH_CODE_REQUIRED"; readonly outcome: "second-factor-required" }
  | { readonly code: "SUSPENDED"; readonly outcome: "account-blocked" }
  | { readonly code: "TELBET_TERMS_CONDITIONS_NA"; readonly outcome: "action-required" }
  | { readonly code: "TRADING_MASTER"; readonly outcome: "account-blocked" }
  | { readonly code: "TRADING_MASTER_SUSPENDED"; readonly outcome: "account-blocked" }
  | { readonly code: "TEMPORARY_BAN_TOO_MANY_REQUESTS"; readonly outcome: "rate-limited" }
  | { readonly code: "ACCOUNT_NOW_LOCKED"; readonly outcome: "account-blocked" }
  | { readonly code: "ACCOUNT_ALREADY_LOCKED"; readonly outcome: "account-blocked" }
  | { readonly code: "DUPLICATE_CARDS"; readonly outcome: "account-blocked" }
  | { readonly code: "CLOSED"; readonly outcome: "account-blocked" }
  | { readonly code: "INVALID_CONNECTIVITY_TO_REGULATOR_DK"; readonly outcome: "unavailable" }
  | { readonly code: "INVALID_CONNECTIVITY_TO_REGULATOR_IT"; readonly outcome: "unavailable" }
  | { readonly code: "BETTING_RESTRICTED_LOCATION"; readonly outcome: "location-blocked" }
  | { readonly code: "AGENT_CLIENT_MASTER"; readonly outcome: "account-blocked" }
  | { readonly code: "AGENT_CLIENT_MASTER_SUSPENDED"; readonly outcome: "account-blocked" }
  | { readonly code: "DANISH_AUTHORIZATION_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "DENMARK_MIGRATION_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "CERT_AUTH_REQUIRED"; readonly outcome: "invalid-credentials" }
  | { readonly code: "CHANGE_PASSWORD_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "INTERNATIONAL_TERMS_ACCEPTANCE_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "EMAIL_LOGIN_NOT_ALLOWED"; readonly outcome: "invalid-credentials" }
  | { readonly code: "ACCOUNT_PENDING_PASSWORD_CHANGE"; readonly outcome: "action-required" }
  | { readonly code: "ITALIAN_PROFILING_ACCEPTANCE_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "AUTHORIZED_ONLY_FOR_DOMAIN_RO"; readonly outcome: "location-blocked" }
  | { readonly code: "AUTHORIZED_ONLY_FOR_DOMAIN_SE"; readonly outcome: "location-blocked" }
  | { readonly code: "SWEDEN_NATIONAL_IDENTIFIER_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "SWEDEN_BANK_ID_VERIFICATION_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "ACTIONS_REQUIRED"; readonly outcome: "action-required" }
  | { readonly code: "INPUT_VALIDATION_ERROR"; readonly outcome: "invalid-request" }
  ;
