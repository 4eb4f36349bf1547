// Generated from specs/posapi-auth/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
import type { CodeTable } from "@operator-auth/core";

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
export const ErrorCode = {
  "201": {"description":"Invalid security token (deprecated) / Invalid user security token","outcome":"session-invalid","status":400,"group":"UserToken and SessionToken","meanings":[{"status":400,"group":"UserToken and SessionToken","message":"Invalid security token (deprecated)"},{"status":400,"group":"Logout","message":"Invalid user security token"}]},
  "204": {"description":"Missing access token","outcome":"session-invalid","status":400,"group":"UserToken and SessionToken"},
  "205": {"description":"Missing session token","outcome":"session-invalid","status":400,"group":"UserToken and SessionToken"},
  "206": {"description":"Missing user token","outcome":"session-invalid","status":400,"group":"UserToken and SessionToken"},
  "207": {"description":"Session security token expired","outcome":"session-invalid","status":400,"group":"UserToken and SessionToken"},
  "208": {"description":"User security token expired","outcome":"session-invalid","status":400,"group":"UserToken and SessionToken"},
  "209": {"description":"Session token invalid","outcome":"session-invalid","status":400,"group":"UserToken and SessionToken"},
  "210": {"description":"User token invalid","outcome":"session-invalid","status":400,"group":"UserToken and SessionToken"},
  "102": {"description":"Invalid country","outcome":"invalid-request","status":400,"group":"CheckCountryBlock"},
  "456": {"description":"Blocked by country rule","outcome":"location-blocked","status":403,"group":"CheckCountryBlock","values":["TargetUrl","SitecorePath"]},
  "600": {"description":"Authentication failed","outcome":"invalid-credentials","status":403,"group":"Authentication"},
  "611": {"description":"User Just Blocked","outcome":"account-blocked","status":403,"group":"Authentication"},
  "612": {"description":"Password expired","outcome":"action-required","status":403,"group":"Authentication"},
  "613": {"description":"Account hacking suspect","outcome":"account-blocked","status":403,"group":"Authentication"},
  "614": {"description":"User too young","outcome":"account-blocked","status":403,"group":"Authentication","note":"Only for BE users"},
  "615": {"description":"Token sent with password","outcome":"invalid-request","status":403,"group":"Authentication"},
  "690": {"description":"Missing Language parameter","outcome":"invalid-request","status":403,"group":"Authentication"},
  "692": {"description":"Invalid handshake session key","outcome":"session-invalid","status":403,"group":"Authentication"},
  "698": {"description":"User currency unknown","outcome":"account-blocked","status":403,"group":"Authentication"},
  "629": {"description":"Device is blocked","outcome":"account-blocked","status":403,"group":"Authentication"},
  "601": {"description":"RG Closed","outcome":"account-blocked","status":403,"group":"Responsible Gaming"},
  "602": {"description":"RG Cool off","outcome":"account-blocked","status":403,"group":"Responsible Gaming","values":["ReopenDate"],"note":"{ \"Key\":\"ReopenDate\", \"Value\":\"2020-01-01T00:00:00\" }"},
  "603": {"description":"Player is temporarily blocked","outcome":"account-blocked","status":403,"group":"Responsible Gaming"},
  "605": {"description":"Password blocked","outcome":"account-blocked","status":403,"group":"Login"},
  "606": {"description":"Token blocked","outcome":"account-blocked","status":403,"group":"Login"},
  "607": {"description":"SqSa blocked","outcome":"account-blocked","status":403,"group":"Login"},
  "608": {"description":"Sll blocked","outcome":"account-blocked","status":403,"group":"Login","values":["SllContactNo"],"note":"{ \"Key\":\"SllContactNo\", \"Value\":\"122345-23\" }"},
  "609": {"description":"Manually blocked","outcome":"account-blocked","status":403,"group":"Login"},
  "610": {"description":"Unknown technical error","outcome":"unavailable","status":403,"group":"Login"},
  "621": {"description":"Not KYC verified and grace period expired","outcome":"action-required","status":403,"group":"KYC"},
  "622": {"description":"KYC blocked category","outcome":"account-blocked","status":403,"group":"KYC"},
  "623": {"description":"KYC suspended category","outcome":"account-blocked","status":403,"group":"KYC"},
  "624": {"description":"KYC closed category","outcome":"account-blocked","status":403,"group":"KYC"},
  "625": {"description":"KYC doc not verified","outcome":"action-required","status":403,"group":"KYC"},
  "626": {"description":"KYC id not verified","outcome":"action-required","status":403,"group":"KYC"},
  "627": {"description":"KYC technical error","outcome":"unavailable","status":403,"group":"KYC"},
  "628": {"description":"Maximum KYC attempts exceeded","outcome":"account-blocked","status":403,"group":"KYC"},
  "635": {"description":"Unfinished registration","outcome":"action-required","status":403,"group":"Unfinished Registration","note":"Depending on Brand configuration – WorkflowID 7 or this error is fired.","workflowId":7},
  "650": {"description":"User migration update profile failed","outcome":"unavailable","status":403,"group":"Migration"},
  "651": {"description":"User migration update profile suspened","outcome":"account-blocked","status":403,"group":"Migration"},
  "652": {"description":"User migration technical error","outcome":"unavailable","status":403,"group":"Migration"},
  "653": {"description":"User migration duplicate account","outcome":"account-blocked","status":403,"group":"Migration"},
  "655": {"description":"Date of birth blocked","outcome":"account-blocked","status":403,"group":"DateOfBirth"},
  "656": {"description":"Maximum of logged in users reached","outcome":"rate-limited","status":403,"group":"Max Login"},
  "657": {"description":"Player has been inactive for more than 6 months.","outcome":"account-blocked","status":403,"group":"Inactive Player"},
  "660": {"description":"Fraud","outcome":"account-blocked","status":403,"group":"User Attributes"},
  "661": {"description":"Colluder","outcome":"account-blocked","status":403,"group":"User Attributes"},
  "662": {"description":"Closed","outcome":"account-blocked","status":403,"group":"User Attributes"},
  "663": {"description":"Suspicious","outcome":"account-blocked","status":403,"group":"User Attributes"},
  "664": {"description":"Closed on request","outcome":"account-blocked","status":403,"group":"User Attributes"},
  "665": {"description":"Reopened on request","outcome":"unknown","status":403,"group":"User Attributes"},
  "666": {"description":"RG closed","outcome":"account-blocked","status":403,"group":"User Attributes"},
  "667": {"description":"Arjel blocked","outcome":"account-blocked","status":403,"group":"User Attributes"},
  "668": {"description":"Permanent Closed","outcome":"account-blocked","status":403,"group":"User Attributes"},
  "669": {"description":"Sportsbook Fraud","outcome":"account-blocked","status":403,"group":"User Attributes"},
  "670": {"description":"SLL max failed attempts reached","outcome":"account-blocked","status":403,"group":"Suspicious Location"},
  "671": {"description":"SLL validation failed","outcome":"invalid-credentials","status":403,"group":"Suspicious Location"},
  "672": {"description":"SLL contact update success","outcome":"unknown","status":403,"group":"Suspicious Location"},
  "675": {"description":"IP blocked","outcome":"location-blocked","status":403,"group":"IP/UCID Block"},
  "676": {"description":"UCID blocked","outcome":"account-blocked","status":403,"group":"IP/UCID Block"},
  "677": {"description":"Subnet blocked","outcome":"location-blocked","status":403,"group":"IP/UCID Block"},
  "678": {"description":"Country blocked","outcome":"location-blocked","status":403,"group":"IP/UCID Block","values":["SubErrorCode"],"note":"For SH: { \"Key\":\"SubErrorCode\", \"Value\":\"64073\" }"},
  "680": {"description":"Invalid security token password entered","outcome":"second-factor-required","status":403,"group":"Security Token"},
  "681": {"description":"Display security token player block message","outcome":"account-blocked","status":403,"group":"Security Token"},
  "682": {"description":"Security token not required for login","outcome":"invalid-request","status":403,"group":"Security Token"},
  "683": {"description":"Display OTP screen","outcome":"second-factor-required","status":403,"group":"Security Token"},
  "684": {"description":"Security Token screen expired","outcome":"second-factor-required","status":403,"group":"Security Token"},
  "685": {"description":"Invalid security token code entered","outcome":"second-factor-required","status":403,"group":"Security Token"},
  "686": {"description":"Unknown error when validating security token information","outcome":"unavailable","status":403,"group":"Security Token"},
  "687": {"description":"Security Token information required","outcome":"second-factor-required","status":403,"group":"Security Token"},
  "630": {"description":"No Workflow pending / No workflow pending","outcome":"invalid-request","status":403,"group":"Workflow","meanings":[{"status":403,"group":"Workflow","message":"No Workflow pending"},{"status":404,"group":"Cancel Workflow","message":"No workflow pending"}]},
  "631": {"description":"Backend Error - User logged out","outcome":"session-invalid","status":403,"group":"Workflow"},
  "640": {"description":"Service session creation failed","outcome":"unavailable","status":403,"group":"AutoLogin"},
  "641": {"description":"Interceptors pending launch url","outcome":"action-required","status":403,"group":"AutoLogin"},
  "642": {"description":"Login service unavailable","outcome":"unavailable","status":403,"group":"AutoLogin"},
  "643": {"description":"Cross domain","outcome":"invalid-request","status":403,"group":"AutoLogin"},
  "644": {"description":"General Error","outcome":"unavailable","status":403,"group":"AutoLogin"},
  "1601": {"description":"SqSa Failure Invalid data","outcome":"invalid-credentials","status":403,"group":"SQSA Login Interceptor"},
  "1602": {"description":"SqSa Failure Threshold reached","outcome":"account-blocked","status":403,"group":"SQSA Login Interceptor"},
  "1603": {"description":"Unknown technical error","outcome":"unavailable","status":403,"group":"SQSA Login Interceptor"},
  "1610": {"description":"User acknowledgement Unknown error","outcome":"unavailable","status":403,"group":"User Acknowledgement Interceptor"},
  "1800": {"description":"Invalid passport entered","outcome":"invalid-request","status":400,"group":"KYC BE Interceptor"},
  "1801": {"description":"Invalid profession entered","outcome":"invalid-request","status":400,"group":"KYC BE Interceptor"},
  "1802": {"description":"National registration number and passport are empty","outcome":"invalid-request","status":400,"group":"KYC BE Interceptor"},
  "1803": {"description":"Invalid passport length","outcome":"invalid-request","status":400,"group":"KYC BE Interceptor"},
  "1804": {"description":"Invalid place of birth","outcome":"invalid-request","status":400,"group":"KYC BE Interceptor"},
  "1805": {"description":"Invalid national registration number length","outcome":"invalid-request","status":400,"group":"KYC BE Interceptor"},
  "1806": {"description":"Invalid place of birth length","outcome":"invalid-request","status":400,"group":"KYC BE Interceptor"},
  "1807": {"description":"Invalid national registration number","outcome":"invalid-request","status":400,"group":"KYC BE Interceptor"},
  "1808": {"description":"User is blacklisted","outcome":"account-blocked","status":403,"group":"KYC BE Interceptor"},
  "1809": {"description":"User already registered with regulatory","outcome":"invalid-request","status":400,"group":"KYC BE Interceptor"},
  "1810": {"description":"Unknown technical error","outcome":"unavailable","status":403,"group":"KYC BE Interceptor"},
  "1902": {"description":"Otp regeneration failed","outcome":"second-factor-required","status":403,"group":"StrongAuth Interceptor","values":["USER_OTP_CURRENT_REGENERATION_COUNT","OTP_MAX_REGENERATE_COUNT"],"note":"[{ \"Key\":\"USER_OTP_CURRENT_REGENERATION_COUNT\", \"Value\":\"1\" }, { \"Key\":\"OTP_MAX_REGENERATE_COUNT\", \"Value\":\"2\" }]"},
  "1903": {"description":"Invalid data","outcome":"second-factor-required","status":403,"group":"StrongAuth Interceptor"},
  "1905": {"description":"Otp cooled off","outcome":"rate-limited","status":403,"group":"StrongAuth Interceptor","values":["OTP_MAX_ATTEMPT_COUNT","OTP_COOL_OFF_TIME","OTP_MAX_REGENERATE_COUNT"],"note":"[{ \"Key\":\"OTP_MAX_ATTEMPT_COUNT\", \"Value\":\"5\" }, { \"Key\":\"OTP_COOL_OFF_TIME\", \"Value\":\"30\" }, { \"Key\":\"OTP_MAX_REGENERATE_COUNT\", \"Value\":\"2\" }]"},
  "1906": {"description":"Otp max regeneration reached","outcome":"rate-limited","status":403,"group":"StrongAuth Interceptor"},
  "1907": {"description":"Otp expired","outcome":"second-factor-required","status":403,"group":"StrongAuth Interceptor","values":["OTP_MAX_ATTEMPT_COUNT","OTP_CURRENT_FAILED_ATTEMPTS","OTP_MAX_REGENERATE_COUNT"],"note":"[{ \"Key\":\"OTP_MAX_ATTEMPT_COUNT\", \"Value\":\"5\" }, { \"Key\":\"OTP_CURRENT_FAILED_ATTEMPTS\", \"Value\":\"1\" }, { \"Key\":\"OTP_MAX_REGENERATE_COUNT\", \"Value\":\"2\" }]"},
  "1909": {"description":"Unknown technical error","outcome":"unavailable","status":403,"group":"StrongAuth Interceptor"},
  "1908": {"description":"Backend technical error","outcome":"unavailable","status":500,"group":"StrongAuth Interceptor"},
  "1630": {"description":"Terms and Condition update failed","outcome":"unavailable","status":403,"group":"Funds Regulation Interceptor"},
  "1631": {"description":"Fund Protection update failed","outcome":"unavailable","status":403,"group":"Funds Regulation Interceptor"},
  "1632": {"description":"Daily Limit update failed","outcome":"unavailable","status":403,"group":"Funds Regulation Interceptor"},
  "1633": {"description":"Weekly Limit update failed","outcome":"unavailable","status":403,"group":"Funds Regulation Interceptor"},
  "1634": {"description":"Monthly Limit update failed","outcome":"unavailable","status":403,"group":"Funds Regulation Interceptor"},
  "1635": {"description":"Invalid Daily Limit","outcome":"invalid-request","status":403,"group":"Funds Regulation Interceptor"},
  "1636": {"description":"Invalid Weekly Limit","outcome":"invalid-request","status":403,"group":"Funds Regulation Interceptor"},
  "1637": {"description":"Invalid Monthly Limit","outcome":"invalid-request","status":403,"group":"Funds Regulation Interceptor"},
  "1638": {"description":"Overall update failed","outcome":"unavailable","status":403,"group":"Funds Regulation Interceptor"},
  "1639": {"description":"Maximum limit exceeded","outcome":"invalid-request","status":403,"group":"Funds Regulation Interceptor","values":["MAXIMUMLIMIT","CURRENCY"],"note":"[{ \"Key\":\"MAXIMUMLIMIT\", \"Value\":\"1000\" }, { \"Key\":\"CURRENCY\", \"Value\":\"EUR\" }]"},
  "1640": {"description":"Unknown technical error","outcome":"unavailable","status":403,"group":"KYC SH Interceptor"},
  "1641": {"description":"Invalid length for city of birth","outcome":"invalid-request","status":400,"group":"KYC SH Interceptor"},
  "1642": {"description":"City of birth is null or empty","outcome":"invalid-request","status":400,"group":"KYC SH Interceptor"},
  "1643": {"description":"Nationality is null or empty","outcome":"invalid-request","status":400,"group":"KYC SH Interceptor"},
  "1645": {"description":"Unknown technical error","outcome":"unavailable","status":403,"group":"Denmark Blacklist Check Interceptor"},
  "1646": {"description":"User blocked by Danish blacklist","outcome":"account-blocked","status":400,"group":"Denmark Blacklist Check Interceptor"},
  "1620": {"description":"UpdateSqSa Failure Invalid data","outcome":"invalid-request","status":403,"group":"UpdateSQSA Interceptor"},
  "1621": {"description":"UpdateSqSa update failed","outcome":"unavailable","status":403,"group":"UpdateSQSA Interceptor"},
  "1622": {"description":"Unknown technical error","outcome":"unavailable","status":403,"group":"UpdateSQSA Interceptor"},
  "500": {"description":"Password does not match criteria","outcome":"action-required","status":403,"group":"DkPasswordCheck","workflowId":28},
  "101": {"description":"Unknown error code: [number]","outcome":"unknown","status":500,"group":"DkPasswordCheck"},
  "1662": {"description":"User credentials and PID are required","outcome":"action-required","status":403,"group":"PidVerification","workflowId":30},
  "1666": {"description":"Login count limit updated and login restricted","outcome":"action-required","status":403,"group":"LoginCountLimit"},
  "4301": {"description":"Technical error while updating email","outcome":"unavailable","status":500,"group":"UpdateEmail Interceptor"},
  "4302": {"description":"Email already in use","outcome":"invalid-request","status":400,"group":"UpdateEmail Interceptor"},
  "4303": {"description":"Old email submitted again","outcome":"invalid-request","status":400,"group":"UpdateEmail Interceptor"},
  "4304": {"description":"Email address invalid","outcome":"invalid-request","status":400,"group":"UpdateEmail Interceptor"},
  "1690": {"description":"User has been migrated to Premiumbull","outcome":"account-blocked","status":403,"group":"Intra Migration","workflowId":50},
  "119": {"description":"Regular OTP flow","outcome":"second-factor-required","group":"Secure Login","workflowId":44},
  "122": {"description":"Ask user to opt in /out / remind later","outcome":"action-required","group":"Secure Login","workflowId":44,"workflowKeys":["OPT_FLAG","countryCode","Mobilenumber"]},
  "695": {"description":"User Currency invalid","outcome":"invalid-request","status":400,"group":"General"},
  "696": {"description":"User Country invalid","outcome":"invalid-request","status":400,"group":"General"},
} as const satisfies CodeTable;

/** The Secure Login sub error codes ("Sub error codes:" of the Secure Login section). Workflow 44 (Secure Login):
 * "Watch the `subErrorCode` in response data". The document gives no HTTP status for them.
 * 
 * Document disagreement: workflow 44 writes `subErrorCode`; the IP/UCID Block table shows the `values` key
 * as `SubErrorCode` (for code 678). */
export const SecureLoginSubErrorCode = {
  "11": {"description":"OTP Entered by player has expired.","outcome":"second-factor-required","group":"Secure Login"},
  "12": {"description":"Invalid OTP ID /Request ID.","outcome":"second-factor-required","group":"Secure Login"},
  "13": {"description":"Invalid OTP code or ID","outcome":"second-factor-required","group":"Secure Login"},
  "14": {"description":"Maximum OTP validation count reached","outcome":"rate-limited","group":"Secure Login"},
  "15": {"description":"OTP validation failed","outcome":"second-factor-required","group":"Secure Login"},
  "16": {"description":"Mobile number entered by user is invalid.","outcome":"invalid-request","group":"Secure Login"},
  "18": {"description":"Regeneration of new OTP  failed","outcome":"unavailable","group":"Secure Login"},
  "19": {"description":"Generation of  new OTP  failed","outcome":"unavailable","group":"Secure Login"},
  "20": {"description":"OTP code generation is success","outcome":"second-factor-required","group":"Secure Login"},
  "21": {"description":"User is in cool off state","outcome":"rate-limited","group":"Secure Login"},
  "22": {"description":"Maximum OTP regeneration count reached","outcome":"rate-limited","group":"Secure Login"},
  "23": {"description":"ID /Request ID has expired.","outcome":"second-factor-required","group":"Secure Login"},
  "24": {"description":"Communication failure from OTP Service.","outcome":"unavailable","group":"Secure Login"},
  "111": {"description":"Mobile number is empty.","outcome":"invalid-request","group":"Secure Login"},
  "112": {"description":"Mobile number update failed.","outcome":"unavailable","group":"Secure Login"},
} as const satisfies CodeTable;

/** The Secure Login workflow keys ("Workflow keys:" of the Secure Login section): the keys sent with
 * WorkflowData for workflow 44 (Secure Login) before FinalizeWorkflow. `x-codes` gives "When to send";
 * `OPT_FLAG` takes the values "OPT_IN", "OPT_OUT" or "REMIND_ME_LATER". WorkflowData is only named in the
 * document, so these keys are not part of an operation here.
 * 
 * Document disagreement: workflow 6 (SecurityToken) names the WorkflowData key `mobilenumber`; this table
 * names it `Mobilenumber`. */
export const SecureLoginWorkflowKey = {
  REQUEST_ID: {"description":"The OTP request id","outcome":"ok","whenToSend":"With every request"},
  otpCode: {"description":"The received otp code","outcome":"ok","whenToSend":"on OTP verify"},
  sendThroughEmail: {"description":"boolean if resend should be by email","outcome":"ok","whenToSend":"to resend OTP","type":"boolean"},
  OPT_FLAG: {"description":"If the user opts in or out of 2FA. Values are \"OPT_IN\", \"OPT_OUT\" or \"REMIND_ME_LATER\"","outcome":"ok","whenToSend":"errorCode 122","values":["OPT_IN","OPT_OUT","REMIND_ME_LATER"]},
  countryCode: {"description":"mobile country code of the user","outcome":"ok","whenToSend":"If OPT_FLAG is \"OPT_IN\""},
  Mobilenumber: {"description":"mobile number of the user","outcome":"ok","whenToSend":"If OPT_FLAG is \"OPT_IN\""},
} as const satisfies CodeTable;

/** The Workflow IDs: the value of `workflowType` in the login response (`0` if none). Each workflow is handled
 * by the API endpoints the table names ("API endpoints to resolve the workflow"); those endpoints are only
 * named in the document and are not operations here (Logout is `logout`). `x-codes` gives per workflow the
 * named endpoints (`endpoints`), the table cell as text (`resolution`), WorkflowData keys it names
 * (`workflowDataKeys`) and PostLogin values it points to (`postLoginValues`).
 * 
 * The table keeps its own spellings: "PostLostinValues" in several links, "Inta-migrated" (50). */
export const WorkflowId = {
  "0": {"description":"No Workflow pending","outcome":"ok"},
  "1": {"description":"TermsAndConditionsUpdated","outcome":"action-required","endpoints":["Sh/Details","FinalizeWorkflow"],"resolution":"Sh/Details, FinalizeWorkflow (To set maidenname in *BwinSh*) / FinalizeWorkflow"},
  "2": {"description":"Kyc","outcome":"action-required","endpoints":["KycStatus","KycData","FinalizeWorkflow"],"resolution":"KycStatus, KycData, FinalizeWorkflow"},
  "3": {"description":"ScreenName","outcome":"action-required","endpoints":["ScreenName","FinalizeWorkflow"],"resolution":"ScreenName, FinalizeWorkflow"},
  "4": {"description":"SLL (Suspicious Location Login)","outcome":"action-required","endpoints":["SllQuestions","FinalizeWorkflow"],"resolution":"SllQuestions, FinalizeWorkflow"},
  "5": {"description":"UserMigration","outcome":"action-required","endpoints":["MigrateUser","FinalizeWorkflow"],"resolution":"MigrateUser, FinalizeWorkflow"},
  "6": {"description":"SecurityToken","outcome":"action-required","endpoints":["WorkflowData","FinalizeWorkflow","SkipWorkflow"],"resolution":"WorkflowData with keys `countryCode` and `mobilenumber`, then FinalizeWorkflow to accept migration to OTP; SkipWorkflow to stay with RSA key","workflowDataKeys":["countryCode","mobilenumber"]},
  "7": {"description":"FinalizeRegistration","outcome":"action-required","endpoints":["UserData","FinalizeWorkflow"],"resolution":"UserData, FinalizeWorkflow","errorCode":635},
  "8": {"description":"BirthLocation","outcome":"action-required","endpoints":["BirthLocation","FinalizeWorkflow"],"resolution":"BirthLocation, FinalizeWorkflow"},
  "9": {"description":"SpainMigration","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow"},
  "10": {"description":"SqSaLogin","outcome":"action-required","endpoints":["SecurityAnswers","FinalizeWorkflow"],"resolution":"SecurityAnswers, FinalizeWorkflow"},
  "11": {"description":"UserAcknowledgement","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow"},
  "12": {"description":"KycBe","outcome":"action-required","endpoints":["Be/Details","FinalizeWorkflow"],"resolution":"Be/Details, FinalizeWorkflow"},
  "13": {"description":"StrongAuth","outcome":"second-factor-required","endpoints":["StrongAuthentication","FinalizeWorkflow"],"resolution":"StrongAuthentication, FinalizeWorkflow / FinalizeWorkflow (Password regeneration)"},
  "14": {"description":"PremiumMigrationOffer","outcome":"action-required","endpoints":["FinalizeWorkflow","SkipWorkflow"],"resolution":"FinalizeWorkflow (user wants to migrate) / SkipWorkflow (user doesn’t want to migrate) / See PostLostinValues","seePostLoginValues":true},
  "15": {"description":"PremiumMigrationCompletion","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow (if the user gets redirected to *Premium*, Logout should be called afterwards by frontend) / See PostLostinValues","seePostLoginValues":true,"operationIds":["logout"]},
  "16": {"description":"UpdateSqSa","outcome":"action-required","endpoints":["SecurityAnswers","FinalizeWorkflow"],"resolution":"SecurityAnswers, FinalizeWorkflow"},
  "17": {"description":"PremiumMigrationInformation","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow"},
  "18": {"description":"KycUk","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow"},
  "19": {"description":"FundsRegulation","outcome":"action-required","endpoints":["Uk/RegulationData","FinalizeWorkflow"],"resolution":"Uk/RegulationData, FinalizeWorkflow"},
  "20": {"description":"ItRegulationKO","outcome":"action-required","endpoints":["It/UserData","FinalizeWorkflow","SkipWorkflow"],"resolution":"It/UserData, FinalizeWorkflow / SkipWorkflow (remind later)"},
  "21": {"description":"KycSh","outcome":"action-required","endpoints":["Sh/Details","FinalizeWorkflow"],"resolution":"Sh/Details, FinalizeWorkflow"},
  "22": {"description":"IncorrectNrn","outcome":"action-required","endpoints":["NationalRegistrationDetails","FinalizeWorkflow"],"resolution":"NationalRegistrationDetails, FinalizeWorkflow / See PostLostinValues","seePostLoginValues":true},
  "23": {"description":"PostMigrationTermsAndConditions","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow"},
  "24": {"description":"UserAcknowledgement2","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow"},
  "25": {"description":"DepositLimitConfirmation","outcome":"action-required","endpoints":["DepositLimitConfirmation","FinalizeWorkflow","SkipWorkflow"],"resolution":"DepositLimitConfirmation, FinalizeWorkflow / SkipWorkflow (remind later) / See PostLostinValues","seePostLoginValues":true},
  "26": {"description":"RealityCheckPreferences","outcome":"action-required","endpoints":["RealityCheckPreferences","FinalizeWorkflow"],"resolution":"RealityCheckPreferences, FinalizeWorkflow"},
  "27": {"description":"TncCnpRo","outcome":"action-required","endpoints":["NationalRegistrationDetails","FinalizeWorkflow"],"resolution":"NationalRegistrationDetails, FinalizeWorkflow"},
  "28": {"description":"DkPasswordCheck","outcome":"action-required","endpoints":["Password","FinalizeWorkflow"],"resolution":"Password, FinalizeWorkflow"},
  "29": {"description":"TncAndIntendedGamingActivity","outcome":"action-required","endpoints":["Dk/Details","FinalizeWorkflow"],"resolution":"Dk/Details, FinalizeWorkflow / See PostLostinValues for *TNC_AND_IGA_REASON*","postLoginValues":["TNC_AND_IGA_REASON"]},
  "30": {"description":"PidVerification","outcome":"action-required","endpoints":["Dk/MapAccountToPid","FinalizeWorkflow"],"resolution":"Dk/MapAccountToPid, FinalizeWorkflow"},
  "31": {"description":"DepositLimitIncrementConfirmation","outcome":"action-required","endpoints":["DepositLimitIncrementConfirmation","FinalizeWorkflow","SkipWorkflow"],"resolution":"DepositLimitIncrementConfirmation, FinalizeWorkflow / SkipWorkflow (remind later) / See PostLostinValues","seePostLoginValues":true},
  "32": {"description":"DepositLimitVerification","outcome":"action-required","endpoints":["FinalizeWorkflow","SkipWorkflow"],"resolution":"FinalizeWorkflow (user wants to proceed with document upload) / SkipWorkflow (remind later) / See PostLoginValues (*DEPOSIT_GRACE_DAYS*)","postLoginValues":["DEPOSIT_GRACE_DAYS"]},
  "33": {"description":"LoginCountLimit","outcome":"action-required","endpoints":["Limits/Player","Logout"],"resolution":"Limits/Player and Logout","operationIds":["logout"]},
  "34": {"description":"PlayerLimits","outcome":"action-required","endpoints":["Limits/Player","FinalizeWorkflow"],"resolution":"Limits/Player and FinalizeWorkflow"},
  "35": {"description":"AdditionalInfo","outcome":"action-required","endpoints":["WorkflowData","FinalizeWorkflow"],"resolution":"WorkflowData (keys `birthNumber`, `nationality`, `idCardNumber`, `idCardValidFrom`, `idCardValidUntil`), FinalizeWorkflow","workflowDataKeys":["birthNumber","nationality","idCardNumber","idCardValidFrom","idCardValidUntil"]},
  "36": {"description":"LoginDurationExceeded","outcome":"action-required","endpoints":["FinalizeWorkflow","Limits/Player","Logout"],"resolution":"FinalizeWorkflow or Limits/Player (user wants to opt out (7days waiting period)) / and Logout","operationIds":["logout"]},
  "37": {"description":"LoginCooloff","outcome":"action-required","endpoints":["FinalizeWorkflow","Limits/Player","Logout"],"resolution":"FinalizeWorkflow or Limits/Player (user wants to opt out (7days waiting period)) / and Logout / See PostLoginValues (*WAIT_TIME_FOR_COOLOFF_END*)","postLoginValues":["WAIT_TIME_FOR_COOLOFF_END"],"operationIds":["logout"]},
  "38": {"description":"TwoFactorAuthentication","outcome":"action-required","endpoints":["Update 2FA Preferences","FinalizeWorkflow"],"resolution":"Ask user to setup otp flow. Update 2FA Preferences, then FinalizeWorkflow"},
  "39": {"description":"TwoFactorOtp","outcome":"second-factor-required","endpoints":["Verify 2FA Otp","Resend 2FA Otp","FinalizeWorkflow"],"resolution":"Otp was sent to user, query for received Otp. Verify 2FA Otp or Resend 2FA Otp, then FinalizeWorkflow"},
  "40": {"description":"RG Limits Test","outcome":"action-required","endpoints":["WorkflowData","FinalizeWorkflow"],"resolution":"WorkflowData with key `testResult` as `PASS`, `FAIL` or `LATER`; then FinalizeWorkflow","workflowDataKeys":["testResult"],"testResultValues":["PASS","FAIL","LATER"]},
  "41": {"description":"KYC Germany","outcome":"action-required","endpoints":["FinalizeWorkflow","SkipWorkflow"],"resolution":"FinalizeWorkflow to accept, SkipWorkflow to remind later"},
  "42": {"description":"Nationality","outcome":"action-required","endpoints":["WorkflowData","FinalizeWorkflow"],"resolution":"WorkflowData with key `nationality` (two-letter country code); then FinalizeWorkflow","workflowDataKeys":["nationality"]},
  "43": {"description":"UpdateEmail","outcome":"action-required","endpoints":["WorkflowData","FinalizeWorkflow"],"resolution":"WorkflowData with key `newEmail`; then FinalizeWorkflow","workflowDataKeys":["newEmail"]},
  "44": {"description":"Secure Login","outcome":"second-factor-required","endpoints":["WorkflowData","FinalizeWorkflow"],"resolution":"WorkflowData, then FinalizeWorkflow. Watch the `subErrorCode` in response data (see above)","workflowDataKeys":["REQUEST_ID","otpCode","sendThroughEmail","OPT_FLAG","countryCode","Mobilenumber"],"errorCodes":[119,122]},
  "45": {"description":"Captcha Confirm","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow. Possible responses are Login forbidden (same as invalid username/pwd) or Login success"},
  "46": {"description":"Message Preferences Update","outcome":"action-required","endpoints":["WorkflowData","FinalizeWorkflow"],"resolution":"WorkflowData with keys the same as the communication settings received as part of login response, then FinalizeWorkflow"},
  "47": {"description":"France Kyc Reminder","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow"},
  "48": {"description":"Gamestop UK RG Check","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow"},
  "49": {"description":"Italy KYC Reminder","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow"},
  "50": {"description":"Inta-migrated","outcome":"account-blocked","endpoints":[],"resolution":"Not clear-able"},
  "51": {"description":"FrLicenseChange","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow"},
  "52": {"description":"ShKycCheck","outcome":"action-required","endpoints":["FinalizeWorkflow"],"resolution":"FinalizeWorkflow"},
  "53": {"description":"BeKycCheck","outcome":"action-required","endpoints":["WorkflowData","FinalizeWorkflow","SkipWorkflow"],"resolution":"WorkflowData with updated user data, then FinalizeWorkflow; Or SkipWorkflow to skip (if allowed)"},
} as const satisfies CodeTable;

/** The keys of the PostLogin Values table, with the values and descriptions it gives (the workflows point to
 * it: "See PostLoginValues"). `x-enum-descriptions` joins the rows of a key; `x-codes` lists each row as
 * `value` (the Value column without backticks, e.g. "Number", "e.g. pa", "1-72") and `description`.
 * Where the Value column lists a closed set of values (`closedSet: true`), each value is a row of its
 * own, so that the values are typed one by one; a row the document words once for several values
 * (e.g. `OFFERED`, `COMPLETED`, `FAILED`) has no description of its own, the key's description holds it.
 * The table keeps its own spellings ("MIGRATION _KYC_SUB_ERROR_CODE", "differnt", "`True` or `False`" next
 * to "`true` or `false`"); the OTP_* keys also appear in the `values` of the StrongAuth Interceptor codes. */
export const PostLoginValueKey = {
  MIGRATION_KYC_SUB_ERROR_CODE: {"description":"109: KYC verification is not done. Third party service unavailable. / 110: User Identity is incorrect, and KYC verification is failed. / 121: KYC verification is all success.","outcome":"ok","values":[{"value":"109","description":"KYC verification is not done. Third party service unavailable."},{"value":"110","description":"User Identity is incorrect, and KYC verification is failed."},{"value":"121","description":"KYC verification is all success."}],"closedSet":true},
  MIGRATION_WALLET_TRANSFER: {"description":"1: Migration is success. / 2: Failed / 3: Migration skipped -will be due to KYC verification failure. MIGRATION _KYC_SUB_ERROR_CODE will be available to know the reason, if required.","outcome":"ok","values":[{"value":"1","description":"Migration is success."},{"value":"2","description":"Failed"},{"value":"3","description":"Migration skipped -will be due to KYC verification failure. MIGRATION _KYC_SUB_ERROR_CODE will be available to know the reason, if required."}],"closedSet":true},
  MIGRATION_USER_PROFILE: {"description":"1: Profile migration success. / 2: Profile migration failed.","outcome":"ok","values":[{"value":"1","description":"Profile migration success."},{"value":"2","description":"Profile migration failed."}],"closedSet":true},
  MAX_KYC_ATTEMPTS_REACHED: {"description":"Player reached the maximum attempts to get KYC verified.","outcome":"ok","values":[{"value":"True"},{"value":"False"}],"closedSet":true},
  PLAYER_KYC_ATTEMPTS_LEFT: {"description":"How many times is user allowed to proceed without providing the required details","outcome":"ok","values":[{"value":"Number","description":"How many times is user allowed to proceed without providing the required details"}]},
  STRONG_AUTH_TYPE: {"description":"ShowStrongAuth: Password generated and mail sent successfully. Screen to enter password need to be shown to user. / StrongAuthValidationFailed: Password validation failed. / StrongAuthRegenerationSuccess: Password regenerated successfully and sent to user.","outcome":"ok","values":[{"value":"ShowStrongAuth","description":"Password generated and mail sent successfully. Screen to enter password need to be shown to user."},{"value":"StrongAuthValidationFailed","description":"Password validation failed."},{"value":"StrongAuthRegenerationSuccess","description":"Password regenerated successfully and sent to user."}],"closedSet":true},
  OTP_MAX_ATTEMPT_COUNT: {"description":"Maximum threshold value for the password failure. After exceeding this threshold value the user will be in cool off state.","outcome":"ok","values":[{"value":"Number","description":"Maximum threshold value for the password failure. After exceeding this threshold value the user will be in cool off state."}]},
  OTP_MAX_REGENERATE_COUNT: {"description":"Maximum threshold value for password regeneration. Regeneration will be failed by Login Service if retry attempt exceeds this value in the session.","outcome":"ok","values":[{"value":"Number","description":"Maximum threshold value for password regeneration. Regeneration will be failed by Login Service if retry attempt exceeds this value in the session."}]},
  OTP_CURRENT_FAILED_ATTEMPTS: {"description":"Current failure attempt count","outcome":"ok","values":[{"value":"Number","description":"Current failure attempt count"}]},
  USER_OTP_CURRENT_REGENERATION_COUNT: {"description":"Current password regeneration count. Session specific.","outcome":"ok","values":[{"value":"Number","description":"Current password regeneration count. Session specific."}]},
  MIGRATION_STATUS: {"description":"The current status of the Premium Migration. In step one this will be OFFERED, and depending of success/failure of the migration COMPLETED/FAILED will be returned in step two.","outcome":"ok","values":[{"value":"OFFERED"},{"value":"COMPLETED"},{"value":"FAILED"}],"closedSet":true},
  MIGRATION_TYPE: {"description":"The type of migration (Premium Migration)","outcome":"ok","values":[{"value":"SOFT"},{"value":"SEMI_HARD"},{"value":"HARD"}],"closedSet":true},
  MIGRATION_TARGET: {"description":"The frontend id of the target label (Premium Migration)","outcome":"ok","values":[{"value":"e.g. pa","description":"The frontend id of the target label (Premium Migration)"}]},
  MIGRATION_PRODUCT: {"description":"The product id on the target label after migration (Premium Migration)","outcome":"ok","values":[{"value":"e.g. CASINO","description":"The product id on the target label after migration (Premium Migration)"}]},
  MESSAGE_TYPE: {"description":"The type of message to be shown to the user (Premium Migration)","outcome":"ok","values":[{"value":"messageTypeA"},{"value":"messageTypeB"}]},
  REWARD_TYPE: {"description":"1: The reward is a *cash gift*. (Premium Migration) / 2: The reward is a *deposit bonus*. (Premium Migration)","outcome":"ok","values":[{"value":"1","description":"The reward is a *cash gift*. (Premium Migration)"},{"value":"2","description":"The reward is a *deposit bonus*. (Premium Migration)"}],"closedSet":true},
  REWARD_CURRENCY: {"description":"The currency of the reward. (Premium Migration)","outcome":"ok","values":[{"value":"e.g. EUR, USD","description":"The currency of the reward. (Premium Migration)"}]},
  REWARD_MAXVALUE: {"description":"The max bonus amount for *deposit bonus*, otherwise the absolute amount in case of *cash gift* (string representation of decimal value). (Premium Migration)","outcome":"ok","values":[{"value":"e.g. 10.50","description":"The max bonus amount for *deposit bonus*, otherwise the absolute amount in case of *cash gift* (string representation of decimal value). (Premium Migration)"}]},
  REWARD_PERCENTAGE: {"description":"0: No reward percentage specified or available. (Premium Migration) / 1-100: The reward percentage in case of *deposit bonus with percentage*. (Premium Migration)","outcome":"ok","values":[{"value":"0","description":"No reward percentage specified or available. (Premium Migration)"},{"value":"1-100","description":"The reward percentage in case of *deposit bonus with percentage*. (Premium Migration)"}]},
  NO_OF_HOURS_LEFT: {"description":"The hours the user has left to validate his account by uploading a document (for KYC UK workflow)","outcome":"ok","values":[{"value":"1-72","description":"The hours the user has left to validate his account by uploading a document (for KYC UK workflow)"}]},
  BELGIUM_NRN_REASON: {"description":"0: Default / 1: Invalid national registration number / 2: Invalid passport number / 3: An account with these details already exists / 4: An account doesn't have both documents / 9: Unable to validate national registration or passport number due to technical issues","outcome":"ok","values":[{"value":"0","description":"Default"},{"value":"1","description":"Invalid national registration number"},{"value":"2","description":"Invalid passport number"},{"value":"3","description":"An account with these details already exists"},{"value":"4","description":"An account doesn't have both documents"},{"value":"9","description":"Unable to validate national registration or passport number due to technical issues"}],"closedSet":true},
  LIMIT_CURRENCY: {"description":"Currency of the deposit limit value","outcome":"ok","values":[{"value":"EUR","description":"Currency of the deposit limit value"}]},
  LIMIT_DAILY_CURRENT: {"description":"Current daily deposit limit","outcome":"ok","values":[{"value":"80.00","description":"Current daily deposit limit"}]},
  LIMIT_DAILY_PENDING: {"description":"Pending daily deposit limit","outcome":"ok","values":[{"value":"85.00","description":"Pending daily deposit limit"}]},
  LIMIT_WEEKLY_CURRENT: {"description":"Current weekly deposit limit","outcome":"ok","values":[{"value":"500.00","description":"Current weekly deposit limit"}]},
  LIMIT_WEEKLY_PENDING: {"description":"Pending weekly deposit limit","outcome":"ok","values":[{"value":"600.00","description":"Pending weekly deposit limit"}]},
  LIMIT_MONTHLY_CURRENT: {"description":"Current monthly deposit limit","outcome":"ok","values":[{"value":"2000.00","description":"Current monthly deposit limit"}]},
  LIMIT_MONTHLY_PENDING: {"description":"Pending monthly deposit limit","outcome":"ok","values":[{"value":"2500.00","description":"Pending monthly deposit limit"}]},
  RG_DEPOSIT_LIMIT_LEVEL_CHANGE: {"description":"Whether the limit change resulted in a level change for the user (differnt UI to be displayed)","outcome":"ok","values":[{"value":"true"},{"value":"false"}],"closedSet":true},
  TNC_AND_IGA_REASON: {"description":"0: Tnc Acceptance and Intended Gaming Activity missing / 1: Tnc Acceptance missing / 2: Intended Gaming Activity missing","outcome":"ok","values":[{"value":"0","description":"Tnc Acceptance and Intended Gaming Activity missing"},{"value":"1","description":"Tnc Acceptance missing"},{"value":"2","description":"Intended Gaming Activity missing"}],"closedSet":true},
  DEPOSIT_GRACE_DAYS: {"description":"Number of days left to get fully verified","outcome":"ok","values":[{"value":"42","description":"Number of days left to get fully verified"}]},
  LEFT_OVER_DAILY_LOGIN_DURATION: {"description":"Remaining session time until logout (in seconds)","outcome":"ok","values":[{"value":"1234","description":"Remaining session time until logout (in seconds)"}]},
  WAIT_TIME_FOR_COOLOFF_END: {"description":"Time until the user can login again (in seconds)","outcome":"ok","values":[{"value":"234","description":"Time until the user can login again (in seconds)"}]},
  LIMIT_ACTIVATION_WAIT_PERIOD: {"description":"The waiting period (units unknown)","outcome":"ok","values":[{"value":"56","description":"The waiting period (units unknown)"}]},
} as const satisfies CodeTable;

/** The Account Category Ids; the value of `accountCategoryId` in the login response. */
export const AccountCategoryId = {
  "-1": {"description":"Unknown account category or category id not supported","outcome":"ok"},
  "0": {"description":"New user","outcome":"ok"},
  "1": {"description":"User is RGclosed","outcome":"ok"},
  "2": {"description":"User is in a closed state with CoolOff","outcome":"ok"},
  "3": {"description":"User is suspended","outcome":"ok"},
  "4": {"description":"User is closed","outcome":"ok"},
} as const satisfies CodeTable;

/** The Player Category Ids; the value of `playerCategory` in the login response. */
export const PlayerCategoryId = {
  "0": {"description":"Play user","outcome":"ok"},
  "1": {"description":"Real user","outcome":"ok"},
  "2": {"description":"Pseudo user","outcome":"ok"},
} as const satisfies CodeTable;

/** Every table above by its schema name: pass it as a client's `descriptions` option. */
export const codeTables = { ErrorCode, SecureLoginSubErrorCode, SecureLoginWorkflowKey, WorkflowId, PostLoginValueKey, AccountCategoryId, PlayerCategoryId } as const;
