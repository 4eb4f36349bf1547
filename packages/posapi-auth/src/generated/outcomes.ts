// Generated from specs/posapi-auth/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
import { outcomeTable, type OutcomeTable } from "@operator-auth/core";

/** Every error code of the PosAPI Authentication document, as one integer enum (131 distinct codes), in the order the document lists them:
 * - the token errors of "UserToken and SessionToken" (201, 204–210; HTTP 400);
 * - the CheckCountryBlock responses (102, HTTP 400; 456, HTTP 403);
 * - the 29 error tables of the Authorization section (Authentication, Responsible Gaming, Login, KYC, Unfinished Registration, Migration, DateOfBirth, Max Login, Inactive Player, User Attributes, Suspicious Location, IP/UCID Block, Security Token, Workflow, AutoLogin, SQSA Login Interceptor, User Acknowledgement Interceptor, KYC BE Interceptor, StrongAuth Interceptor, Funds Regulation Interceptor, KYC SH Interceptor, Denmark Blacklist Check Interceptor, UpdateSQSA Interceptor, DkPasswordCheck, PidVerification, LoginCountLimit, UpdateEmail Interceptor, Intra Migration, General), 119 rows;
 * - the two "Error codes" of the Secure Login section (119, 122), which the document gives without an HTTP status.
 * 
 * The Logout response (201) and the Cancel Workflow response (630) reuse codes of the tables; those two codes keep both
 * wordings (`meanings` in `x-codes`).
 * 
 * `x-codes` per code: `outcome`, `why` (where two outcomes could fit), `status` (the HTTP status of its table row),
 * `group` (the table), `values` (the `values` keys the document shows for it), `note` (the table's Values/Description
 * text, verbatim without its markup), `remark` (a remark of this description: a disagreement or a related fact), and small facts such as the
 * related `workflowId`.
 * 
 * 119 and 122 are kept in this schema rather than in one of their own: the document calls them "Error codes", and the
 * Secure Login workflow keys table sends OPT_FLAG on "errorCode 122"; that they arrive in the same error-code field as the
 * others is an inference, which the document does not state. The Secure Login sub error codes are a separate list (`SecureLoginSubErrorCode`): they are reported in the
 * response data, not as the error code.
 * 
 * Codes 500 and 101 (DkPasswordCheck) look like HTTP statuses but are error codes: 500 is sent with HTTP 403 and 101
 * with HTTP 500; neither is listed in another table. 1908 (StrongAuth Interceptor) is listed with HTTP 500. */
export const ErrorCode = /* @__PURE__ */ outcomeTable<"ErrorCode", Readonly<{"101":"unknown","102":"invalid-request","119":"second-factor-required","122":"action-required","201":"session-invalid","204":"session-invalid","205":"session-invalid","206":"session-invalid","207":"session-invalid","208":"session-invalid","209":"session-invalid","210":"session-invalid","456":"location-blocked","500":"action-required","600":"invalid-credentials","601":"account-blocked","602":"account-blocked","603":"account-blocked","605":"account-blocked","606":"account-blocked","607":"account-blocked","608":"account-blocked","609":"account-blocked","610":"unavailable","611":"account-blocked","612":"action-required","613":"account-blocked","614":"account-blocked","615":"invalid-request","621":"action-required","622":"account-blocked","623":"account-blocked","624":"account-blocked","625":"action-required","626":"action-required","627":"unavailable","628":"account-blocked","629":"account-blocked","630":"invalid-request","631":"session-invalid","635":"action-required","640":"unavailable","641":"action-required","642":"unavailable","643":"invalid-request","644":"unavailable","650":"unavailable","651":"account-blocked","652":"unavailable","653":"account-blocked","655":"account-blocked","656":"rate-limited","657":"account-blocked","660":"account-blocked","661":"account-blocked","662":"account-blocked","663":"account-blocked","664":"account-blocked","665":"unknown","666":"account-blocked","667":"account-blocked","668":"account-blocked","669":"account-blocked","670":"account-blocked","671":"invalid-credentials","672":"unknown","675":"location-blocked","676":"account-blocked","677":"location-blocked","678":"location-blocked","680":"second-factor-required","681":"account-blocked","682":"invalid-request","683":"second-factor-required","684":"second-factor-required","685":"second-factor-required","686":"unavailable","687":"second-factor-required","690":"invalid-request","692":"session-invalid","695":"invalid-request","696":"invalid-request","698":"account-blocked","1601":"invalid-credentials","1602":"account-blocked","1603":"unavailable","1610":"unavailable","1620":"invalid-request","1621":"unavailable","1622":"unavailable","1630":"unavailable","1631":"unavailable","1632":"unavailable","1633":"unavailable","1634":"unavailable","1635":"invalid-request","1636":"invalid-request","1637":"invalid-request","1638":"unavailable","1639":"invalid-request","1640":"unavailable","1641":"invalid-request","1642":"invalid-request","1643":"invalid-request","1645":"unavailable","1646":"account-blocked","1662":"action-required","1666":"action-required","1690":"account-blocked","1800":"invalid-request","1801":"invalid-request","1802":"invalid-request","1803":"invalid-request","1804":"invalid-request","1805":"invalid-request","1806":"invalid-request","1807":"invalid-request","1808":"account-blocked","1809":"invalid-request","1810":"unavailable","1902":"second-factor-required","1903":"second-factor-required","1905":"rate-limited","1906":"rate-limited","1907":"second-factor-required","1908":"unavailable","1909":"unavailable","4301":"unavailable","4302":"invalid-request","4303":"invalid-request","4304":"invalid-request"}>>("ErrorCode", "7201,204~210,631,692|8102,615,630,643,682,690,695,696,1620,1635~1637,1639,1641~1643,1800~1807,1809,4302~4304|5456,675,677,678|1600,671,1601|4601~603,605~609,611,613,614,622~624,628,629,651,653,655,657,660~664,666~670,676,681,698,1602,1646,1690,1808|3122,500,612,621,625,626,635,641,1662,1666|9610,627,640,642,644,650,652,686,1603,1610,1621,1622,1630~1634,1638,1640,1645,1810,1908,1909,4301|6656,1905,1906|a101,665,672|2119,680,683~685,687,1902,1903,1907");

/** Each code of `ErrorCode` with its outcome. */
export type ErrorCodeCodes =
  | { readonly code: 201; readonly outcome: "session-invalid" }
  | { readonly code: 204; readonly outcome: "session-invalid" }
  | { readonly code: 205; readonly outcome: "session-invalid" }
  | { readonly code: 206; readonly outcome: "session-invalid" }
  | { readonly code: 207; readonly outcome: "session-invalid" }
  | { readonly code: 208; readonly outcome: "session-invalid" }
  | { readonly code: 209; readonly outcome: "session-invalid" }
  | { readonly code: 210; readonly outcome: "session-invalid" }
  | { readonly code: 102; readonly outcome: "invalid-request" }
  | { readonly code: 456; readonly outcome: "location-blocked" }
  | { readonly code: 600; readonly outcome: "invalid-credentials" }
  | { readonly code: 611; readonly outcome: "account-blocked" }
  | { readonly code: 612; readonly outcome: "action-required" }
  | { readonly code: 613; readonly outcome: "account-blocked" }
  | { readonly code: 614; readonly outcome: "account-blocked" }
  | { readonly code: 615; readonly outcome: "invalid-request" }
  | { readonly code: 690; readonly outcome: "invalid-request" }
  | { readonly code: 692; readonly outcome: "session-invalid" }
  | { readonly code: 698; readonly outcome: "account-blocked" }
  | { readonly code: 629; readonly outcome: "account-blocked" }
  | { readonly code: 601; readonly outcome: "account-blocked" }
  | { readonly code: 602; readonly outcome: "account-blocked" }
  | { readonly code: 603; readonly outcome: "account-blocked" }
  | { readonly code: 605; readonly outcome: "account-blocked" }
  | { readonly code: 606; readonly outcome: "account-blocked" }
  | { readonly code: 607; readonly outcome: "account-blocked" }
  | { readonly code: 608; readonly outcome: "account-blocked" }
  | { readonly code: 609; readonly outcome: "account-blocked" }
  | { readonly code: 610; readonly outcome: "unavailable" }
  | { readonly code: 621; readonly outcome: "action-required" }
  | { readonly code: 622; readonly outcome: "account-blocked" }
  | { readonly code: 623; readonly outcome: "account-blocked" }
  | { readonly code: 624; readonly outcome: "account-blocked" }
  | { readonly code: 625; readonly outcome: "action-required" }
  | { readonly code: 626; readonly outcome: "action-required" }
  | { readonly code: 627; readonly outcome: "unavailable" }
  | { readonly code: 628; readonly outcome: "account-blocked" }
  | { readonly code: 635; readonly outcome: "action-required" }
  | { readonly code: 650; readonly outcome: "unavailable" }
  | { readonly code: 651; readonly outcome: "account-blocked" }
  | { readonly code: 652; readonly outcome: "unavailable" }
  | { readonly code: 653; readonly outcome: "account-blocked" }
  | { readonly code: 655; readonly outcome: "account-blocked" }
  | { readonly code: 656; readonly outcome: "rate-limited" }
  | { readonly code: 657; readonly outcome: "account-blocked" }
  | { readonly code: 660; readonly outcome: "account-blocked" }
  | { readonly code: 661; readonly outcome: "account-blocked" }
  | { readonly code: 662; readonly outcome: "account-blocked" }
  | { readonly code: 663; readonly outcome: "account-blocked" }
  | { readonly code: 664; readonly outcome: "account-blocked" }
  | { readonly code: 665; readonly outcome: "unknown" }
  | { readonly code: 666; readonly outcome: "account-blocked" }
  | { readonly code: 667; readonly outcome: "account-blocked" }
  | { readonly code: 668; readonly outcome: "account-blocked" }
  | { readonly code: 669; readonly outcome: "account-blocked" }
  | { readonly code: 670; readonly outcome: "account-blocked" }
  | { readonly code: 671; readonly outcome: "invalid-credentials" }
  | { readonly code: 672; readonly outcome: "unknown" }
  | { readonly code: 675; readonly outcome: "location-blocked" }
  | { readonly code: 676; readonly outcome: "account-blocked" }
  | { readonly code: 677; readonly outcome: "location-blocked" }
  | { readonly code: 678; readonly outcome: "location-blocked" }
  | { readonly code: 680; readonly outcome: "second-factor-required" }
  | { readonly code: 681; readonly outcome: "account-blocked" }
  | { readonly code: 682; readonly outcome: "invalid-request" }
  | { readonly code: 683; readonly outcome: "second-factor-required" }
  | { readonly code: 684; readonly outcome: "second-factor-required" }
  | { readonly code: 685; readonly outcome: "second-factor-required" }
  | { readonly code: 686; readonly outcome: "unavailable" }
  | { readonly code: 687; readonly outcome: "second-factor-required" }
  | { readonly code: 630; readonly outcome: "invalid-request" }
  | { readonly code: 631; readonly outcome: "session-invalid" }
  | { readonly code: 640; readonly outcome: "unavailable" }
  | { readonly code: 641; readonly outcome: "action-required" }
  | { readonly code: 642; readonly outcome: "unavailable" }
  | { readonly code: 643; readonly outcome: "invalid-request" }
  | { readonly code: 644; readonly outcome: "unavailable" }
  | { readonly code: 1601; readonly outcome: "invalid-credentials" }
  | { readonly code: 1602; readonly outcome: "account-blocked" }
  | { readonly code: 1603; readonly outcome: "unavailable" }
  | { readonly code: 1610; readonly outcome: "unavailable" }
  | { readonly code: 1800; readonly outcome: "invalid-request" }
  | { readonly code: 1801; readonly outcome: "invalid-request" }
  | { readonly code: 1802; readonly outcome: "invalid-request" }
  | { readonly code: 1803; readonly outcome: "invalid-request" }
  | { readonly code: 1804; readonly outcome: "invalid-request" }
  | { readonly code: 1805; readonly outcome: "invalid-request" }
  | { readonly code: 1806; readonly outcome: "invalid-request" }
  | { readonly code: 1807; readonly outcome: "invalid-request" }
  | { readonly code: 1808; readonly outcome: "account-blocked" }
  | { readonly code: 1809; readonly outcome: "invalid-request" }
  | { readonly code: 1810; readonly outcome: "unavailable" }
  | { readonly code: 1902; readonly outcome: "second-factor-required" }
  | { readonly code: 1903; readonly outcome: "second-factor-required" }
  | { readonly code: 1905; readonly outcome: "rate-limited" }
  | { readonly code: 1906; readonly outcome: "rate-limited" }
  | { readonly code: 1907; readonly outcome: "second-factor-required" }
  | { readonly code: 1909; readonly outcome: "unavailable" }
  | { readonly code: 1908; readonly outcome: "unavailable" }
  | { readonly code: 1630; readonly outcome: "unavailable" }
  | { readonly code: 1631; readonly outcome: "unavailable" }
  | { readonly code: 1632; readonly outcome: "unavailable" }
  | { readonly code: 1633; readonly outcome: "unavailable" }
  | { readonly code: 1634; readonly outcome: "unavailable" }
  | { readonly code: 1635; readonly outcome: "invalid-request" }
  | { readonly code: 1636; readonly outcome: "invalid-request" }
  | { readonly code: 1637; readonly outcome: "invalid-request" }
  | { readonly code: 1638; readonly outcome: "unavailable" }
  | { readonly code: 1639; readonly outcome: "invalid-request" }
  | { readonly code: 1640; readonly outcome: "unavailable" }
  | { readonly code: 1641; readonly outcome: "invalid-request" }
  | { readonly code: 1642; readonly outcome: "invalid-request" }
  | { readonly code: 1643; readonly outcome: "invalid-request" }
  | { readonly code: 1645; readonly outcome: "unavailable" }
  | { readonly code: 1646; readonly outcome: "account-blocked" }
  | { readonly code: 1620; readonly outcome: "invalid-request" }
  | { readonly code: 1621; readonly outcome: "unavailable" }
  | { readonly code: 1622; readonly outcome: "unavailable" }
  | { readonly code: 500; readonly outcome: "action-required" }
  | { readonly code: 101; readonly outcome: "unknown" }
  | { readonly code: 1662; readonly outcome: "action-required" }
  | { readonly code: 1666; readonly outcome: "action-required" }
  | { readonly code: 4301; readonly outcome: "unavailable" }
  | { readonly code: 4302; readonly outcome: "invalid-request" }
  | { readonly code: 4303; readonly outcome: "invalid-request" }
  | { readonly code: 4304; readonly outcome: "invalid-request" }
  | { readonly code: 1690; readonly outcome: "account-blocked" }
  | { readonly code: 119; readonly outcome: "second-factor-required" }
  | { readonly code: 122; readonly outcome: "action-required" }
  | { readonly code: 695; readonly outcome: "invalid-request" }
  | { readonly code: 696; readonly outcome: "invalid-request" }
  ;

/** The Secure Login sub error codes ("Sub error codes:" of the Secure Login section). Workflow 44 (Secure Login):
 * "Watch the `subErrorCode` in response data". The document gives no HTTP status for them.
 * 
 * Document disagreement: workflow 44 writes `subErrorCode`; the IP/UCID Block table shows the `values` key
 * as `SubErrorCode` (for code 678). */
export const SecureLoginSubErrorCode = /* @__PURE__ */ outcomeTable<"SecureLoginSubErrorCode", Readonly<{"11":"second-factor-required","12":"second-factor-required","13":"second-factor-required","14":"rate-limited","15":"second-factor-required","16":"invalid-request","18":"unavailable","19":"unavailable","20":"second-factor-required","21":"rate-limited","22":"rate-limited","23":"second-factor-required","24":"unavailable","111":"invalid-request","112":"unavailable"}>>("SecureLoginSubErrorCode", "211~13,15,20,23|614,21,22|816,111|918,19,24,112");

/** Each code of `SecureLoginSubErrorCode` with its outcome. */
export type SecureLoginSubErrorCodeCodes =
  | { readonly code: 11; readonly outcome: "second-factor-required" }
  | { readonly code: 12; readonly outcome: "second-factor-required" }
  | { readonly code: 13; readonly outcome: "second-factor-required" }
  | { readonly code: 14; readonly outcome: "rate-limited" }
  | { readonly code: 15; readonly outcome: "second-factor-required" }
  | { readonly code: 16; readonly outcome: "invalid-request" }
  | { readonly code: 18; readonly outcome: "unavailable" }
  | { readonly code: 19; readonly outcome: "unavailable" }
  | { readonly code: 20; readonly outcome: "second-factor-required" }
  | { readonly code: 21; readonly outcome: "rate-limited" }
  | { readonly code: 22; readonly outcome: "rate-limited" }
  | { readonly code: 23; readonly outcome: "second-factor-required" }
  | { readonly code: 24; readonly outcome: "unavailable" }
  | { readonly code: 111; readonly outcome: "invalid-request" }
  | { readonly code: 112; readonly outcome: "unavailable" }
  ;

/** The Secure Login workflow keys ("Workflow keys:" of the Secure Login section): the keys sent with
 * WorkflowData for workflow 44 (Secure Login) before FinalizeWorkflow. `x-codes` gives "When to send";
 * `OPT_FLAG` takes the values "OPT_IN", "OPT_OUT" or "REMIND_ME_LATER". WorkflowData is only named in the
 * document, so these keys are not part of an operation here.
 * 
 * Document disagreement: workflow 6 (SecurityToken) names the WorkflowData key `mobilenumber`; this table
 * names it `Mobilenumber`. */
export const SecureLoginWorkflowKey = { name: "SecureLoginWorkflowKey", outcomes: {"REQUEST_ID":"ok","otpCode":"ok","sendThroughEmail":"ok","OPT_FLAG":"ok","countryCode":"ok","Mobilenumber":"ok"} } as const satisfies OutcomeTable;

/** Each code of `SecureLoginWorkflowKey` with its outcome. */
export type SecureLoginWorkflowKeyCodes =
  | { readonly code: "REQUEST_ID"; readonly outcome: "ok" }
  | { readonly code: "otpCode"; readonly outcome: "ok" }
  | { readonly code: "sendThroughEmail"; readonly outcome: "ok" }
  | { readonly code: "OPT_FLAG"; readonly outcome: "ok" }
  | { readonly code: "countryCode"; readonly outcome: "ok" }
  | { readonly code: "Mobilenumber"; readonly outcome: "ok" }
  ;

/** The Workflow IDs: the value of `workflowType` in the login response (`0` if none). Each workflow is handled
 * by the API endpoints the table names ("API endpoints to resolve the workflow"); those endpoints are only
 * named in the document and are not operations here (Logout is `logout`). `x-codes` gives per workflow the
 * named endpoints (`endpoints`), the table cell as text (`resolution`), WorkflowData keys it names
 * (`workflowDataKeys`) and PostLogin values it points to (`postLoginValues`).
 * 
 * The table keeps its own spellings: "PostLostinValues" in several links, "Inta-migrated" (50). */
export const WorkflowId = /* @__PURE__ */ outcomeTable<"WorkflowId", Readonly<{"0":"ok","1":"action-required","2":"action-required","3":"action-required","4":"action-required","5":"action-required","6":"action-required","7":"action-required","8":"action-required","9":"action-required","10":"action-required","11":"action-required","12":"action-required","13":"second-factor-required","14":"action-required","15":"action-required","16":"action-required","17":"action-required","18":"action-required","19":"action-required","20":"action-required","21":"action-required","22":"action-required","23":"action-required","24":"action-required","25":"action-required","26":"action-required","27":"action-required","28":"action-required","29":"action-required","30":"action-required","31":"action-required","32":"action-required","33":"action-required","34":"action-required","35":"action-required","36":"action-required","37":"action-required","38":"action-required","39":"second-factor-required","40":"action-required","41":"action-required","42":"action-required","43":"action-required","44":"second-factor-required","45":"action-required","46":"action-required","47":"action-required","48":"action-required","49":"action-required","50":"account-blocked","51":"action-required","52":"action-required","53":"action-required"}>>("WorkflowId", "00|31~12,14~38,40~43,45~49,51~53|213,39,44|450");

/** Each code of `WorkflowId` with its outcome. */
export type WorkflowIdCodes =
  | { readonly code: 0; readonly outcome: "ok" }
  | { readonly code: 1; readonly outcome: "action-required" }
  | { readonly code: 2; readonly outcome: "action-required" }
  | { readonly code: 3; readonly outcome: "action-required" }
  | { readonly code: 4; readonly outcome: "action-required" }
  | { readonly code: 5; readonly outcome: "action-required" }
  | { readonly code: 6; readonly outcome: "action-required" }
  | { readonly code: 7; readonly outcome: "action-required" }
  | { readonly code: 8; readonly outcome: "action-required" }
  | { readonly code: 9; readonly outcome: "action-required" }
  | { readonly code: 10; readonly outcome: "action-required" }
  | { readonly code: 11; readonly outcome: "action-required" }
  | { readonly code: 12; readonly outcome: "action-required" }
  | { readonly code: 13; readonly outcome: "second-factor-required" }
  | { readonly code: 14; readonly outcome: "action-required" }
  | { readonly code: 15; readonly outcome: "action-required" }
  | { readonly code: 16; readonly outcome: "action-required" }
  | { readonly code: 17; readonly outcome: "action-required" }
  | { readonly code: 18; readonly outcome: "action-required" }
  | { readonly code: 19; readonly outcome: "action-required" }
  | { readonly code: 20; readonly outcome: "action-required" }
  | { readonly code: 21; readonly outcome: "action-required" }
  | { readonly code: 22; readonly outcome: "action-required" }
  | { readonly code: 23; readonly outcome: "action-required" }
  | { readonly code: 24; readonly outcome: "action-required" }
  | { readonly code: 25; readonly outcome: "action-required" }
  | { readonly code: 26; readonly outcome: "action-required" }
  | { readonly code: 27; readonly outcome: "action-required" }
  | { readonly code: 28; readonly outcome: "action-required" }
  | { readonly code: 29; readonly outcome: "action-required" }
  | { readonly code: 30; readonly outcome: "action-required" }
  | { readonly code: 31; readonly outcome: "action-required" }
  | { readonly code: 32; readonly outcome: "action-required" }
  | { readonly code: 33; readonly outcome: "action-required" }
  | { readonly code: 34; readonly outcome: "action-required" }
  | { readonly code: 35; readonly outcome: "action-required" }
  | { readonly code: 36; readonly outcome: "action-required" }
  | { readonly code: 37; readonly outcome: "action-required" }
  | { readonly code: 38; readonly outcome: "action-required" }
  | { readonly code: 39; readonly outcome: "second-factor-required" }
  | { readonly code: 40; readonly outcome: "action-required" }
  | { readonly code: 41; readonly outcome: "action-required" }
  | { readonly code: 42; readonly outcome: "action-required" }
  | { readonly code: 43; readonly outcome: "action-required" }
  | { readonly code: 44; readonly outcome: "second-factor-required" }
  | { readonly code: 45; readonly outcome: "action-required" }
  | { readonly code: 46; readonly outcome: "action-required" }
  | { readonly code: 47; readonly outcome: "action-required" }
  | { readonly code: 48; readonly outcome: "action-required" }
  | { readonly code: 49; readonly outcome: "action-required" }
  | { readonly code: 50; readonly outcome: "account-blocked" }
  | { readonly code: 51; readonly outcome: "action-required" }
  | { readonly code: 52; readonly outcome: "action-required" }
  | { readonly code: 53; readonly outcome: "action-required" }
  ;

/** The keys of the PostLogin Values table, with the values and descriptions it gives (the workflows point to
 * it: "See PostLoginValues"). `x-enum-descriptions` joins the rows of a key; `x-codes` lists each row as
 * `value` (the Value column without backticks, e.g. "Number", "e.g. pa", "1-72") and `description`.
 * Where the Value column lists a closed set of values (`closedSet: true`), each value is a row of its
 * own, so that the values are typed one by one; a row the document words once for several values
 * (e.g. `OFFERED`, `COMPLETED`, `FAILED`) has no description of its own, the key's description holds it.
 * The table keeps its own spellings ("MIGRATION _KYC_SUB_ERROR_CODE", "differnt", "`True` or `False`" next
 * to "`true` or `false`"); the OTP_* keys also appear in the `values` of the StrongAuth Interceptor codes. */
export const PostLoginValueKey = { name: "PostLoginValueKey", outcomes: {"MIGRATION_KYC_SUB_ERROR_CODE":"ok","MIGRATION_WALLET_TRANSFER":"ok","MIGRATION_USER_PROFILE":"ok","MAX_KYC_ATTEMPTS_REACHED":"ok","PLAYER_KYC_ATTEMPTS_LEFT":"ok","STRONG_AUTH_TYPE":"ok","OTP_MAX_ATTEMPT_COUNT":"ok","OTP_MAX_REGENERATE_COUNT":"ok","OTP_CURRENT_FAILED_ATTEMPTS":"ok","USER_OTP_CURRENT_REGENERATION_COUNT":"ok","MIGRATION_STATUS":"ok","MIGRATION_TYPE":"ok","MIGRATION_TARGET":"ok","MIGRATION_PRODUCT":"ok","MESSAGE_TYPE":"ok","REWARD_TYPE":"ok","REWARD_CURRENCY":"ok","REWARD_MAXVALUE":"ok","REWARD_PERCENTAGE":"ok","NO_OF_HOURS_LEFT":"ok","BELGIUM_NRN_REASON":"ok","LIMIT_CURRENCY":"ok","LIMIT_DAILY_CURRENT":"ok","LIMIT_DAILY_PENDING":"ok","LIMIT_WEEKLY_CURRENT":"ok","LIMIT_WEEKLY_PENDING":"ok","LIMIT_MONTHLY_CURRENT":"ok","LIMIT_MONTHLY_PENDING":"ok","RG_DEPOSIT_LIMIT_LEVEL_CHANGE":"ok","TNC_AND_IGA_REASON":"ok","DEPOSIT_GRACE_DAYS":"ok","LEFT_OVER_DAILY_LOGIN_DURATION":"ok","WAIT_TIME_FOR_COOLOFF_END":"ok","LIMIT_ACTIVATION_WAIT_PERIOD":"ok"} } as const satisfies OutcomeTable;

/** Each code of `PostLoginValueKey` with its outcome. */
export type PostLoginValueKeyCodes =
  | { readonly code: "MIGRATION_KYC_SUB_ERROR_CODE"; readonly outcome: "ok" }
  | { readonly code: "MIGRATION_WALLET_TRANSFER"; readonly outcome: "ok" }
  | { readonly code: "MIGRATION_USER_PROFILE"; readonly outcome: "ok" }
  | { readonly code: "MAX_KYC_ATTEMPTS_REACHED"; readonly outcome: "ok" }
  | { readonly code: "PLAYER_KYC_ATTEMPTS_LEFT"; readonly outcome: "ok" }
  | { readonly code: "STRONG_AUTH_TYPE"; readonly outcome: "ok" }
  | { readonly code: "OTP_MAX_ATTEMPT_COUNT"; readonly outcome: "ok" }
  | { readonly code: "OTP_MAX_REGENERATE_COUNT"; readonly outcome: "ok" }
  | { readonly code: "OTP_CURRENT_FAILED_ATTEMPTS"; readonly outcome: "ok" }
  | { readonly code: "USER_OTP_CURRENT_REGENERATION_COUNT"; readonly outcome: "ok" }
  | { readonly code: "MIGRATION_STATUS"; readonly outcome: "ok" }
  | { readonly code: "MIGRATION_TYPE"; readonly outcome: "ok" }
  | { readonly code: "MIGRATION_TARGET"; readonly outcome: "ok" }
  | { readonly code: "MIGRATION_PRODUCT"; readonly outcome: "ok" }
  | { readonly code: "MESSAGE_TYPE"; readonly outcome: "ok" }
  | { readonly code: "REWARD_TYPE"; readonly outcome: "ok" }
  | { readonly code: "REWARD_CURRENCY"; readonly outcome: "ok" }
  | { readonly code: "REWARD_MAXVALUE"; readonly outcome: "ok" }
  | { readonly code: "REWARD_PERCENTAGE"; readonly outcome: "ok" }
  | { readonly code: "NO_OF_HOURS_LEFT"; readonly outcome: "ok" }
  | { readonly code: "BELGIUM_NRN_REASON"; readonly outcome: "ok" }
  | { readonly code: "LIMIT_CURRENCY"; readonly outcome: "ok" }
  | { readonly code: "LIMIT_DAILY_CURRENT"; readonly outcome: "ok" }
  | { readonly code: "LIMIT_DAILY_PENDING"; readonly outcome: "ok" }
  | { readonly code: "LIMIT_WEEKLY_CURRENT"; readonly outcome: "ok" }
  | { readonly code: "LIMIT_WEEKLY_PENDING"; readonly outcome: "ok" }
  | { readonly code: "LIMIT_MONTHLY_CURRENT"; readonly outcome: "ok" }
  | { readonly code: "LIMIT_MONTHLY_PENDING"; readonly outcome: "ok" }
  | { readonly code: "RG_DEPOSIT_LIMIT_LEVEL_CHANGE"; readonly outcome: "ok" }
  | { readonly code: "TNC_AND_IGA_REASON"; readonly outcome: "ok" }
  | { readonly code: "DEPOSIT_GRACE_DAYS"; readonly outcome: "ok" }
  | { readonly code: "LEFT_OVER_DAILY_LOGIN_DURATION"; readonly outcome: "ok" }
  | { readonly code: "WAIT_TIME_FOR_COOLOFF_END"; readonly outcome: "ok" }
  | { readonly code: "LIMIT_ACTIVATION_WAIT_PERIOD"; readonly outcome: "ok" }
  ;

/** The Account Category Ids; the value of `accountCategoryId` in the login response. */
export const AccountCategoryId = /* @__PURE__ */ outcomeTable<"AccountCategoryId", Readonly<{"0":"ok","1":"ok","2":"ok","3":"ok","4":"ok","-1":"ok"}>>("AccountCategoryId", "0-1~4");

/** Each code of `AccountCategoryId` with its outcome. */
export type AccountCategoryIdCodes =
  | { readonly code: -1; readonly outcome: "ok" }
  | { readonly code: 0; readonly outcome: "ok" }
  | { readonly code: 1; readonly outcome: "ok" }
  | { readonly code: 2; readonly outcome: "ok" }
  | { readonly code: 3; readonly outcome: "ok" }
  | { readonly code: 4; readonly outcome: "ok" }
  ;

/** The Player Category Ids; the value of `playerCategory` in the login response. */
export const PlayerCategoryId = /* @__PURE__ */ outcomeTable<"PlayerCategoryId", Readonly<{"0":"ok","1":"ok","2":"ok"}>>("PlayerCategoryId", "00~2");

/** Each code of `PlayerCategoryId` with its outcome. */
export type PlayerCategoryIdCodes =
  | { readonly code: 0; readonly outcome: "ok" }
  | { readonly code: 1; readonly outcome: "ok" }
  | { readonly code: 2; readonly outcome: "ok" }
  ;
