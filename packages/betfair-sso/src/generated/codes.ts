// Generated from specs/betfair-sso/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
import type { CodeTable } from "@operator-auth/core";

/** The success value of the `loginStatus` fields (certificate login; redirect POST of the interactive
 * login document, older revision). */
export const SuccessStatus = {
  SUCCESS: {"description":"","outcome":"ok"},
} as const satisfies CodeTable;

/** Status values of the API login (the API login document: SUCCESS, LIMITED_ACCESS, LOGIN_RESTRICTED,
 * FAIL). The precise reason of a LIMITED_ACCESS, LOGIN_RESTRICTED or FAIL is the `error` value; the
 * outcome given here is the one to use when only the status is known.
 * 
 * Note: "treeted" (for "treated") in the FAIL description is the document's own spelling. */
export const LoginStatus = {
  SUCCESS: {"description":"","outcome":"ok","sessionProvided":true},
  LIMITED_ACCESS: {"description":"Access is limited (eg. accounts that can login but can't bet), product session will be provided","outcome":"action-required","sessionProvided":true},
  LOGIN_RESTRICTED: {"description":"Login is restricted (in case of indirection point this is what will be returned), product session will not be provided","outcome":"action-required","sessionProvided":false},
  FAIL: {"description":"All other cases are treeted as errors, product session will not be provided","outcome":"unknown","sessionProvided":false},
} as const satisfies CodeTable;

/** Status values of Keep Alive and Logout (public developer documentation). */
export const SessionStatus = {
  SUCCESS: {"description":"","outcome":"ok"},
  FAIL: {"description":"","outcome":"unknown"},
} as const satisfies CodeTable;

/** Error values of Keep Alive and Logout (public developer documentation). */
export const SessionErrorCode = {
  INPUT_VALIDATION_ERROR: {"description":"There is a problem with the validity of the data submitted. Please check that the request is correctly formatted (including the required request headers).","outcome":"invalid-request"},
  INTERNAL_ERROR: {"description":"","outcome":"unavailable"},
  NO_SESSION: {"description":"","outcome":"session-invalid"},
} as const satisfies CodeTable;

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
export const LoginErrorCode = {
  PENDING_AUTH: {"description":"pending authentication","outcome":"action-required","statuses":["LIMITED_ACCESS"],"lists":["LIMITED_ACCESS"],"group":"possible failure and exceptional return codes"},
  SECURITY_QUESTION_WRONG_3X: {"description":"the user has entered wrong the security question 3 times","outcome":"account-blocked","statuses":["LIMITED_ACCESS"],"lists":["LIMITED_ACCESS"],"group":"possible failure and exceptional return codes"},
  KYC_SUSPEND: {"description":"KYC suspended","outcome":"action-required","statuses":["LIMITED_ACCESS"],"lists":["LIMITED_ACCESS"],"group":"possible failure and exceptional return codes"},
  SUSPENDED: {"description":"the account is suspended","outcome":"account-blocked","statuses":["LIMITED_ACCESS"],"lists":["LIMITED_ACCESS"],"group":"possible failure and exceptional return codes"},
  STRONG_AUTH_CODE_REQUIRED: {"description":"2 Step Authentication code is required. Please append this to your Betfair password.","outcome":"second-factor-required","statuses":["LOGIN_RESTRICTED"],"lists":["LOGIN_RESTRICTED"]},
  DENMARK_MIGRATION_REQUIRED: {"description":"Denmark migration required","outcome":"action-required","statuses":["LOGIN_RESTRICTED","FAIL"],"lists":["LOGIN_RESTRICTED","FAIL"],"group":"possible failure and exceptional return codes"},
  DANISH_AUTHORIZATION_REQUIRED: {"description":"Danish authorization required","outcome":"action-required","statuses":["LOGIN_RESTRICTED"],"lists":["LOGIN_RESTRICTED"],"group":"possible failure and exceptional return codes"},
  SPAIN_MIGRATION_REQUIRED: {"description":"Spain migration required","outcome":"action-required","statuses":["LOGIN_RESTRICTED"],"lists":["LOGIN_RESTRICTED"],"group":"possible failure and exceptional return codes"},
  SPANISH_TERMS_ACCEPTANCE_REQUIRED: {"description":"The latest spanish terms and conditions version must be accepted","outcome":"action-required","statuses":["LOGIN_RESTRICTED"],"lists":["LOGIN_RESTRICTED"],"group":"possible failure and exceptional return codes"},
  ITALY_MIGRATION_REQUIRED: {"description":"","outcome":"action-required","statuses":["LOGIN_RESTRICTED"],"lists":["LOGIN_RESTRICTED"]},
  ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED: {"description":"The latest Italian contract version must be accepted","outcome":"action-required","statuses":["LOGIN_RESTRICTED"],"lists":["LOGIN_RESTRICTED"],"group":"possible failure and exceptional return codes"},
  CHANGE_PASSWORD_REQUIRED: {"description":"change password required","outcome":"action-required","statuses":["LOGIN_RESTRICTED"],"lists":["LOGIN_RESTRICTED"],"group":"possible failure and exceptional return codes"},
  PERSONAL_MESSAGE_REQUIRED: {"description":"personal message required for the user","outcome":"action-required","statuses":["LOGIN_RESTRICTED"],"lists":["LOGIN_RESTRICTED"],"group":"possible failure and exceptional return codes"},
  TRADING_MASTER: {"description":"Trading Master Account","outcome":"account-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  TRADING_MASTER_SUSPENDED: {"description":"Suspended Trading Master Account","outcome":"account-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  AGENT_CLIENT_MASTER: {"description":"Agent Client Master","outcome":"account-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  AGENT_CLIENT_MASTER_SUSPENDED: {"description":"Suspended Agent Client Master","outcome":"account-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  INVALID_PIN: {"description":"","outcome":"invalid-credentials","statuses":["FAIL"],"lists":["FAIL","FAIL_MASTER_ACCOUNT_API"]},
  INVALID_USERNAME_OR_PASSWORD: {"description":"the username or password are invalid","outcome":"invalid-credentials","statuses":["FAIL"],"lists":["FAIL","FAIL_MASTER_ACCOUNT_API"],"group":"possible failure and exceptional return codes"},
  PIN_DELETED_ON_FAILED_COUNT_EXCEEDED: {"description":"","outcome":"unknown","statuses":["FAIL"],"lists":["FAIL"]},
  UNRECOGNIZED_DEVICE: {"description":"","outcome":"unknown","statuses":["FAIL"],"lists":["FAIL"]},
  DUPLICATE_CARDS: {"description":"duplicate cards","outcome":"account-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  ACCOUNT_NOW_LOCKED: {"description":"the account was just locked","outcome":"account-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  ACCOUNT_ALREADY_LOCKED: {"description":"the account is already locked","outcome":"account-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  SECURITY_RESTRICTED_LOCATION: {"description":"the account is restricted due to security concerns","outcome":"account-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  BETTING_RESTRICTED_LOCATION: {"description":"the account is accessed from a location where betting is restricted","outcome":"location-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  INVALID_CONNECTIVITY_TO_REGULATOR: {"description":"","outcome":"unavailable","statuses":["FAIL"],"lists":["FAIL"],"listedTwiceIn":["FAIL"]},
  INVALID_CONNECTIVITY_TO_REGULATOR_IT: {"description":"the IT regulator cannot be accessed due to some internal problems in the system behind or in at regulator; timeout cases included.","outcome":"unavailable","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  INVALID_CONNECTIVITY_TO_REGULATOR_DK: {"description":"the DK regulator cannot be accessed due to some internal problems in the system behind or in at regulator; timeout cases included.","outcome":"unavailable","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  NOT_AUTHORIZED_BY_REGULATOR: {"description":"","outcome":"location-blocked","statuses":["FAIL"],"lists":["FAIL"],"listedTwiceIn":["FAIL"]},
  NOT_AUTHORIZED_BY_REGULATOR_DK: {"description":"the user identified by the given credentials is not authorized in the DK's jurisdictions due to the regulators' policies. Ex: the user for which this session should be created is not allowed to act(play, bet) in the DK's jurisdiction.","outcome":"location-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  NOT_AUTHORIZED_BY_REGULATOR_IT: {"description":"the user identified by the given credentials is not authorized in the IT's jurisdictions due to the regulators' policies. Ex: the user for which this session should be created is not allowed to act(play, bet) in the IT's jurisdiction.","outcome":"location-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  TELBET_TERMS_CONDITIONS_NA: {"description":"Telbet terms and conditions rejected","outcome":"action-required","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  CLOSED: {"description":"the account is closed","outcome":"account-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  SELF_EXCLUDED: {"description":"the account has been self excluded","outcome":"account-blocked","statuses":["FAIL"],"lists":["FAIL"],"group":"possible failure and exceptional return codes"},
  NOT_AUTHORIZED_FOR_DOMAIN_ES: {"description":"","outcome":"location-blocked","statuses":["FAIL"],"lists":["FAIL"]},
  NOT_AUTHORIZED_FOR_DOMAIN_IT: {"description":"","outcome":"location-blocked","statuses":["FAIL"],"lists":["FAIL"]},
  NOT_AUTHORIZED_FOR_DOMAIN_COM: {"description":"","outcome":"location-blocked","statuses":["FAIL"],"lists":["FAIL"]},
  AUTHORIZED_ONLY_FOR_DOMAIN_ES: {"description":"","outcome":"location-blocked","statuses":["FAIL"],"lists":["FAIL"]},
  INPUT_VALIDATION_ERROR: {"description":"There is a problem with the validity of the data submitted. Please check that the request is correctly formatted (including the required request headers).","outcome":"invalid-request","statuses":["FAIL"],"lists":["FAIL_MASTER_ACCOUNT_API"]},
  FORBIDDEN: {"description":"","outcome":"unknown","statuses":["FAIL"],"lists":["FAIL_MASTER_ACCOUNT_API"]},
  NO_SESSION: {"description":"","outcome":"session-invalid","statuses":["FAIL"],"lists":["FAIL_MASTER_ACCOUNT_API"]},
  INVALID_PIN_LOGIN_REQUEST: {"description":"","outcome":"invalid-request","statuses":["FAIL"],"lists":["FAIL_MASTER_ACCOUNT_API"],"listedTwiceIn":["FAIL_MASTER_ACCOUNT_API"]},
  CERT_AUTH_REQUIRED: {"description":"Certificate required or certificate present but could not authenticate with it","outcome":"invalid-credentials","group":"possible failure and exceptional return codes"},
  TEMPORARY_BAN_TOO_MANY_REQUESTS: {"description":"The limit for successful login requests per minute has been exceeded. New login attempts will be banned for 20 minutes","outcome":"rate-limited","banMinutes":20},
} as const satisfies CodeTable;

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
export const InteractiveLoginErrorCode = {
  INVALID_USERNAME_OR_PASSWORD: {"description":"the username or password are invalid","outcome":"invalid-credentials","documents":["current","older"],"listedTimes":2},
  ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED: {"description":"The latest italian contract version must be accepted / The latest Italian contract version must be accepted. You must login to the website to accept the new conditions.","outcome":"action-required","documents":["current","older"],"listedTimes":2},
  KYC_SUSPEND: {"description":"KYC suspended","outcome":"action-required","documents":["current","older"],"listedTimes":2},
  NOT_AUTHORIZED_BY_REGULATOR_DK: {"description":"the user identified by the given credentials is not authorized in the DK's jurisdictions due to the regulators' policies. Ex: the user for which this session should be created is not allowed to act(play, bet) in the DK's jurisdiction.","outcome":"location-blocked","documents":["current","older"],"listedTimes":2},
  NOT_AUTHORIZED_BY_REGULATOR_IT: {"description":"the user identified by the given credentials is not authorized in the IT's jurisdictions due to the regulators' policies. Ex: the user for which this session should be created is not allowed to act(play, bet) in the IT's jurisdiction.","outcome":"location-blocked","documents":["current","older"],"listedTimes":2},
  MULTIPLE_USERS_WITH_SAME_CREDENTIAL: {"description":"There is more than one account with the same credential","outcome":"invalid-credentials","documents":["current"],"listedTimes":2},
  PENDING_AUTH: {"description":"pending authentication","outcome":"action-required","documents":["current","older"],"listedTimes":2},
  PERSONAL_MESSAGE_REQUIRED: {"description":"personal message required for the user / Personal message required for the user","outcome":"action-required","documents":["current","older"],"listedTimes":2},
  SECURITY_QUESTION_WRONG_3X: {"description":"the user has entered wrong the security question 3 times / the user has entered wrong the security answer 3 times","outcome":"account-blocked","documents":["current","older"],"listedTimes":2},
  SECURITY_RESTRICTED_LOCATION: {"description":"the account is restricted due to security concerns","outcome":"account-blocked","documents":["current","older"],"listedTimes":2},
  SELF_EXCLUDED: {"description":"the account has been self excluded / the account has been self-excluded","outcome":"account-blocked","documents":["current","older"],"listedTimes":2},
  SPAIN_MIGRATION_REQUIRED: {"description":"spain migration required / Spain migration required","outcome":"action-required","documents":["current","older"],"listedTimes":2},
  SPANISH_TERMS_ACCEPTANCE_REQUIRED: {"description":"The latest spanish terms and conditions version must be accepted / The latest Spanish terms and conditions version must be accepted. You must login to the website to accept the new conditions.","outcome":"action-required","documents":["current","older"],"listedTimes":2},
  STRONG_AUTH_CODE_REQUIRED: {"description":"2 Step Authentication code is required. Please append this to your Betfair password.","outcome":"second-factor-required","documents":["current"]},
  SUSPENDED: {"description":"the account is suspended","outcome":"account-blocked","documents":["current","older"],"listedTimes":2},
  TELBET_TERMS_CONDITIONS_NA: {"description":"Telbet terms and conditions rejected","outcome":"action-required","documents":["current","older"],"listedTimes":2},
  TRADING_MASTER: {"description":"Trading Master Account","outcome":"account-blocked","documents":["current","older"],"listedTimes":2},
  TRADING_MASTER_SUSPENDED: {"description":"Suspended Trading Master Account","outcome":"account-blocked","documents":["current","older"],"listedTimes":2},
  TEMPORARY_BAN_TOO_MANY_REQUESTS: {"description":"The limit for successful login requests per minute has been exceeded. New login attempts will be banned for 20 minutes","outcome":"rate-limited","documents":["current"],"listedTimes":2,"banMinutes":20},
  ACCOUNT_NOW_LOCKED: {"description":"the account was just locked","outcome":"account-blocked","documents":["current","older"]},
  ACCOUNT_ALREADY_LOCKED: {"description":"the account is already locked","outcome":"account-blocked","documents":["current","older"]},
  DUPLICATE_CARDS: {"description":"duplicate cards","outcome":"account-blocked","documents":["current","older"]},
  CLOSED: {"description":"the account is closed","outcome":"account-blocked","documents":["current","older"]},
  INVALID_CONNECTIVITY_TO_REGULATOR_DK: {"description":"the DK regulator cannot be accessed due to some internal problems in the system behind or in at regulator; timeout cases included.","outcome":"unavailable","documents":["current","older"]},
  INVALID_CONNECTIVITY_TO_REGULATOR_IT: {"description":"the IT regulator cannot be accessed due to some internal problems in the system behind or in at regulator; timeout cases included.","outcome":"unavailable","documents":["current","older"]},
  BETTING_RESTRICTED_LOCATION: {"description":"the account is accessed from a location where betting is restricted","outcome":"location-blocked","documents":["current","older"]},
  AGENT_CLIENT_MASTER: {"description":"Agent Client Master","outcome":"account-blocked","documents":["current","older"]},
  AGENT_CLIENT_MASTER_SUSPENDED: {"description":"Suspended Agent Client Master","outcome":"account-blocked","documents":["current","older"]},
  DANISH_AUTHORIZATION_REQUIRED: {"description":"Danish authorization required","outcome":"action-required","documents":["current","older"],"olderRevisionWording":"danish authorization required"},
  DENMARK_MIGRATION_REQUIRED: {"description":"Denmark migration required","outcome":"action-required","documents":["current","older"],"olderRevisionWording":"denmark migration required"},
  CERT_AUTH_REQUIRED: {"description":"Certificate required or certificate present but could not authenticate with it","outcome":"invalid-credentials","documents":["current","older"]},
  CHANGE_PASSWORD_REQUIRED: {"description":"Change password required","outcome":"action-required","documents":["current","older"],"olderRevisionWording":"change password required"},
  INTERNATIONAL_TERMS_ACCEPTANCE_REQUIRED: {"description":"The latest international terms and conditions must be accepted prior to logging in.","outcome":"action-required","documents":["current"]},
  EMAIL_LOGIN_NOT_ALLOWED: {"description":"This account has not opted in to log in with the email","outcome":"invalid-credentials","documents":["current"]},
  ACCOUNT_PENDING_PASSWORD_CHANGE: {"description":"The account must undergo password recovery to reactivate via <a href=\"https://identitysso.betfair.com/view/recoverpassword\">https://identitysso.betfair.com/view/recoverpassword</a>","outcome":"action-required","documents":["current"]},
  ITALIAN_PROFILING_ACCEPTANCE_REQUIRED: {"description":"You must login to the website to accept the new conditions","outcome":"action-required","documents":["current"]},
  AUTHORIZED_ONLY_FOR_DOMAIN_RO: {"description":"You are attempting to login to the Betfair Romania domain with a non .ro account.","outcome":"location-blocked","documents":["current"]},
  AUTHORIZED_ONLY_FOR_DOMAIN_SE: {"description":"You are attempting to login to the Betfair Swedish domain with a non .se account.","outcome":"location-blocked","documents":["current"]},
  SWEDEN_NATIONAL_IDENTIFIER_REQUIRED: {"description":"You must provided your Swedish National identifier via <a href=\"https://betfair.se\">Betfair.se</a> before proceeding.","outcome":"action-required","documents":["current"]},
  SWEDEN_BANK_ID_VERIFICATION_REQUIRED: {"description":"You must provided your Swedish bank id via <a href=\"https://betfair.se\">Betfair.se</a> before proceeding.","outcome":"action-required","documents":["current"]},
  ACTIONS_REQUIRED: {"description":"You must login to <a href=\"https://www.betfair.com\">https://www.betfair.com</a> to provide the missing information.","outcome":"action-required","documents":["current"]},
  INPUT_VALIDATION_ERROR: {"description":"There is a problem with the validity of the data submitted. Please check that the request is correctly formatted (including the required request headers).","outcome":"invalid-request","documents":["current"]},
} as const satisfies CodeTable;

/** Every table above by its schema name: pass it as a client's `descriptions` option. */
export const codeTables = { SuccessStatus, LoginStatus, SessionStatus, SessionErrorCode, LoginErrorCode, InteractiveLoginErrorCode } as const;
