// Generated from specs/casino-gateway/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
import type { CodeTable } from "@operator-auth/core";

/** The result of a successful login. */
export const SuccessResult = {
  OK: {"description":"","outcome":"ok","status":200},
} as const satisfies CodeTable;

/** Status 303 error codes. */
export const ActionRequiredResult = {
  INCOMPLETE_REGISTRATION: {"description":"The player did not complete his registration process, need to complete Registration Step Two.","outcome":"action-required","status":303},
  TNC_APPROVAL_REQUIRED: {"description":"Player need to approve TnC.","outcome":"action-required","status":303},
  PRIVACY_APPROVAL_REQUIRED: {"description":"Player need to approve Privacy Policy.","outcome":"action-required","status":303},
  PASSWORD_CHANGE_REQUIRED: {"description":"Player has temp password and need to Change Password.","outcome":"action-required","status":303},
  EMAIL_NOT_VERIFIED: {"description":"Player email is not verified and cannot continue any process till he verifies his mail.","outcome":"action-required","status":303},
} as const satisfies CodeTable;

/** Status 401 error codes. */
export const RefusedResult = {
  USER_PASSWORD_NOT_VALID: {"description":"Credentials entered do not match any player in system.","outcome":"invalid-credentials","status":401},
  EXCEEDED_MAX_LOGIN_ATTEMPTS: {"description":"To many login attempts made in short period, need to wait few minutes till next try, till then, player will be considered as ‘Blocked’.","outcome":"rate-limited","status":401},
  BANNED_COUNTRY: {"description":"Login country is forbidden.","outcome":"location-blocked","status":401},
  PLAYER_BLOCKED: {"description":"Player cannot login, he is blocked.","outcome":"account-blocked","status":401},
  IP_BLOCKED: {"description":"IP has been black listed in system.","outcome":"location-blocked","status":401},
} as const satisfies CodeTable;

/** Status 401 verification steps. */
export const SecondFactorStatus = {
  mobile_verification_required: {"description":"Player need to verify his mobile number","outcome":"second-factor-required","status":401},
  sms_verification_required: {"description":"Player need to verify his mobile number","outcome":"second-factor-required","status":401},
} as const satisfies CodeTable;

/** Status 401 wait before the SMS code can be sent again. */
export const LoginInProcessStatus = {
  LOGIN_IN_PROCESS: {"description":"Need to wait before sending SMS code again","outcome":"rate-limited","status":401},
} as const satisfies CodeTable;

/** Status 500 result. */
export const ServerErrorResult = {
  "internal server error": {"description":"internal server error","outcome":"unavailable","status":500},
} as const satisfies CodeTable;

/** Every table above by its schema name: pass it as a client's `descriptions` option. */
export const codeTables = { SuccessResult, ActionRequiredResult, RefusedResult, SecondFactorStatus, LoginInProcessStatus, ServerErrorResult } as const;
