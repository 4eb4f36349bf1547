// Generated from specs/betfair-sso/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
/* eslint-disable */
export interface paths {
    "/api/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with username and password (API login)
         * @description From the API login document: "The API login endpoint is the simplest method of integration for most
         *     applications in terms of development time expected to be required, but comes at the cost of being
         *     less flexible to edge cases than the embedded Betfair embedded login page. It will allow a user to
         *     provide a username and password or a username and (password + 2 factor auth code) if they have
         *     strong authentication enabled."
         *
         *     - "Customers who writing bots are for their own use are strongly recommended to use the
         *       non-interactive endpoint with an SSL certificate." (see `certLogin`)
         *     - "We recommend that 3rd party applications which will be exposed to a wide range of users use the
         *       Interactive login method of embedding the Betfair embedded login page as this will allow your
         *       application to handle additional workflows, such as terms and conditions updates as well as
         *       additional jurisdictional specific identifiers." (see `interactiveLoginPage`)
         *
         *     "The Keep alive and logout methods remain the same with this method of login."
         *
         *     Endpoint: `https://identitysso.betfair.com/api/login`. "The presence of the "Accept:
         *     application/json" will signal SSO that it should responde with JSON and not with a HTML page."
         *     Without that header the answer is an HTML page, which this description does not model.
         *
         *     The document shows every answer as a JSON body and gives no HTTP status; this spec models each as
         *     HTTP 200, an assumption (observed behaviour), not a statement of the document.
         *     `status` says whether a session was issued and `error` says why not (see `LoginResponse`,
         *     `LoginStatus`, `LoginErrorCode`). Curl call sample from the document:
         *     `curl -k -i -H "Accept: application/json" -H "X-Application: <AppKey>" -X POST -d
         *     'username=<username>&password=<password>' https://identitysso.betfair.com/api/login`.
         *
         *     Rate limit: too many successful logins per minute ban new logins for 20 minutes
         *     (`TEMPORARY_BAN_TOO_MANY_REQUESTS`); never retry a login automatically. Method names are case
         *     sensitive (`login`).
         *
         *     Note: "responde" (for "respond"), "treeted" (for "treated"), "Customers who writing bots are for
         *     their own use" and "the embedded Betfair embedded login page" are the document's own spelling.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keepAlive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend the session (Keep Alive)
         * @description From Betfair's public developer documentation (Keep Alive); not part of the source documents beyond
         *     their references to it. Extends the session identified by the `X-Authentication` token. Endpoint:
         *     `https://identitysso.betfair.com/api/keepAlive`; as for login, the `Accept: application/json` header
         *     makes the service answer with JSON instead of an HTML page. The documentation's call sample sends no
         *     body.
         *
         *     The interactive login document (older revision): "The keep alive operation should be called within
         *     the 20 minute session expiry time if the user is still actively using your application." The current
         *     revision: "The [Keep Alive](#) operation should be called within session expiry time if the user is
         *     still actively using your application." (Only the older revision gives the 20 minutes; see the
         *     disagreement in the description of this API.) The API login document: "The Keep alive and logout methods remain the same with this
         *     method of login."
         *
         *     Method names are case sensitive ("this includes login, keepAlive and logout").
         */
        post: operations["keepAlive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session (Logout)
         * @description From Betfair's public developer documentation (Logout); not part of the source documents beyond the
         *     API login document's "The Keep alive and logout methods remain the same with this method of login."
         *     Ends the session identified by the `X-Authentication` token. Endpoint:
         *     `https://identitysso.betfair.com/api/logout`; the `Accept: application/json` header makes the service
         *     answer with JSON instead of an HTML page. Headers, response structure, status values and error values
         *     are the same as for Keep Alive.
         *
         *     Method names are case sensitive ("this includes login, keepAlive and logout").
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certlogin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with a client certificate (non-interactive / bot login)
         * @description From Betfair's public developer documentation (Non-Interactive (bot) login); not part of the source
         *     documents, except that the API login document recommends it to "Customers who writing bots are for
         *     their own use" ("the non-interactive endpoint with an SSL certificate").
         *
         *     Mutual TLS: the request goes to the `identitysso-cert` host of the jurisdiction (see
         *     `x-cert-jurisdictions`), and the client presents, during the TLS handshake, the self-signed client
         *     certificate (1024-bit or 2048-bit RSA, made for client authentication) that the account holder has
         *     linked to the Betfair account beforehand. The body is form-encoded
         *     (`application/x-www-form-urlencoded`, not multipart) with the account's username and password; the
         *     `X-Application` header identifies the application. The documentation notes that 2 Step
         *     Authentication on website logins has no effect on this login.
         *
         *     The answer is JSON with `sessionToken` and `loginStatus`. The documentation's table of "possible
         *     failure and exceptional return codes" for `loginStatus` is the same table the API login document
         *     reproduces (under the column heading `loginStatus`), so `loginStatus` references `LoginErrorCode`.
         *     Rate limit: as for every login, too many successful logins per minute ban new logins for 20 minutes
         *     (`TEMPORARY_BAN_TOO_MANY_REQUESTS`).
         */
        post: operations["certLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/view/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Embedded Betfair login page (interactive login)
         * @description From the interactive login document (current revision): "Interactive login is to be used when the
         *     user is present to login (for example, 3rd Party Desktop Applications) and will manage any additional
         *     information required at login depending upon a customer's account (such as 2 Factor Authentication
         *     codes or National Identifiers)."
         *
         *     "This is achieved by embedding the Betfair IdentitySSO login page in your application and then
         *     obtaining a successful session token upon login. The [Keep Alive](#) operation should be called
         *     within session expiry time if the user is still actively using your application." (The older
         *     revision: "The keep alive operation should be called within the 20 minute session expiry time if the
         *     user is still actively using your application.")
         *
         *     "This flow protects the implementing application from user login complexities, such as 2 factor
         *     auth, requiring national identifiers or jurisdictional migrations."
         *
         *     "The Interactive Login is the same login flow used by the Betfair website and therefore, any
         *     message's will be returned directly by Betfair & handled in the same way."
         *
         *     URL Definition (Global): `https://identitysso.betfair.com/view/login?product=<theProductDescriptor>&url=<theRedirectUrl>`;
         *     the other jurisdictions use the same path on their hosts (see the `tld` server variable).
         *
         *     Once the user has logged in, the page POSTs the session token to the redirect URL `url` — see the
         *     webhook `interactiveLoginRedirect`.
         *
         *     "Please note that all method names are case sensitive, this includes login, keepAlive and logout."
         *
         *     Note: "any message's" (for "messages") and "the list jurisdictions" (for "the listed jurisdictions")
         *     are the document's own spelling.
         */
        get: operations["interactiveLoginPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    interactiveLoginRedirect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login result POSTed by the login page to the application's redirect URL
         * @description Sent by the Betfair login page (`interactiveLoginPage`) to the `url` the application passed. From the
         *     interactive login document (current revision): "Once a login has been successfully made, the
         *     Javascript in the page will POST the session token (**ssoid**) to the URL provided as a redirect URL.
         *     For a desktop application, this is not required to be a real page as the desktop application can
         *     intercept the POST request as it happens via the embedded browser container. A Windows based
         *     application can embed a web browser into the application and use the [BeforeNavigate2](#) event to
         *     catch the post data sent to the redirect URL and there are platform specific alternatives. The POST
         *     request body will contain two URL encoded parameters (which you will need to URL Decode):"
         *
         *     The values are URL encoded on the wire (a token such as `Zx8i...JI=` arrives as `Zx8i...JI%3D`); the
         *     examples show decoded values.
         *
         *     Both revisions say "The POST request body will contain two URL encoded parameters", so both
         *     parameters of a revision are required. Neither revision says what the parameter that does not apply
         *     holds (`errorCode` after a successful login, the session token after a failed one): the schemas let
         *     it be empty, an inference, not a statement of the documents; the examples are added (the documents
         *     give none).
         *
         *     Document disagreement: the current revision names the two parameters `ssoid` ("This is your session
         *     token") and `errorCode`; the older revision names them `loginStatus` ("A code which will either be
         *     'SUCCESS' or an error code from the table below.") and `productToken`. The body is therefore one of
         *     `InteractiveRedirectCurrent` or `InteractiveRedirectLegacy`.
         *
         *     Document disagreement: the current revision describes `errorCode` as "returned in a URL by Betfair"
         *     although it lists it among "two URL encoded parameters" of the POST body; its section heading says
         *     "Obtaining the sessionToken from the POST data" while the field is `ssoid`.
         *
         *     Document disagreement: the current revision says the POST is made "Once a login has been successfully
         *     made", yet describes `errorCode` as the parameter that "provides the reason for the login failure"; the
         *     older revision's `loginStatus` is "A code which will either be 'SUCCESS' or an error code from the table below.".
         *     Whether the page also POSTs after a failed login the documents leave open; a reader of the POST (this
         *     description, and the clients built from it) takes both cases.
         *
         *     The documents give no response for this POST (the application only needs to read it).
         */
        post: operations["interactiveLoginRedirect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Parameters (POST) of the API login, form encoded. */
        LoginRequest: {
            /** @description (mandatory) The username to be used for the login */
            username: string;
            /**
             * Format: password
             * @description (mandatory) The password to be used for the login. For strong auth customers, this should be their
             *     password with a 2 factor auth code appended to the password string.
             */
            password: string;
        };
        /**
         * @description Response structure of the API login: `{"token":"<token_passed_as_header>",
         *     "product":"product_passed_as_header", "status":"<status>", "error":"<error>"}`.
         *
         *     Document disagreement: the API login document writes the per-status shapes with unquoted
         *     placeholders (`"token": product_token`, `"status": LIMITED_ACCESS`, `"error": error`), which are not
         *     JSON; its example of a successful login uses JSON strings, as modelled here.
         */
        LoginResponse: {
            /**
             * @description The session token. Given as `<token_passed_as_header>` in the response structure and as
             *     `product_token` in the LIMITED_ACCESS shape ("product session will be provided"); `""` for
             *     LOGIN_RESTRICTED and FAIL ("product session will not be provided").
             *
             *     Document disagreement: the response structure names the value `"<token_passed_as_header>"`,
             *     although a login passes no token as a header; the LIMITED_ACCESS shape names it `product_token`.
             */
            token: string;
            /**
             * @description `product_passed_as_header`: the product (application key) sent in the `X-Application` header; the
             *     example of a successful login shows `"APP_KEY"`.
             */
            product: string;
            status: components["schemas"]["LoginStatus"];
            /**
             * @description `<error>`: empty (`""`) on SUCCESS, as in the example of a successful login; otherwise a value
             *     from `LoginErrorCode`. The API login document's "Error values (mappings for statuses to possible
             *     error values LIMITED_ACCESS / LOGIN_RESTRICTED / FAIL)":
             *
             *     - LIMITED_ACCESS: `{PENDING_AUTH | SECURITY_QUESTION_WRONG_3X | KYC_SUSPEND | SUSPENDED}`
             *     - LOGIN_RESTRICTED: `{STRONG_AUTH_CODE_REQUIRED | DENMARK_MIGRATION_REQUIRED |
             *       DANISH_AUTHORIZATION_REQUIRED | SPAIN_MIGRATION_REQUIRED | SPANISH_TERMS_ACCEPTANCE_REQUIRED |
             *       ITALY_MIGRATION_REQUIRED | ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED | CHANGE_PASSWORD_REQUIRED |
             *       PERSONAL_MESSAGE_REQUIRED}`
             *     - FAIL: `{TRADING_MASTER | TRADING_MASTER_SUSPENDED | AGENT_CLIENT_MASTER |
             *       AGENT_CLIENT_MASTER_SUSPENDED | DENMARK_MIGRATION_REQUIRED | INVALID_PIN |
             *       INVALID_USERNAME_OR_PASSWORD | PIN_DELETED_ON_FAILED_COUNT_EXCEEDED | UNRECOGNIZED_DEVICE |
             *       DUPLICATE_CARDS | ACCOUNT_NOW_LOCKED | ACCOUNT_ALREADY_LOCKED | SECURITY_RESTRICTED_LOCATION |
             *       BETTING_RESTRICTED_LOCATION | INVALID_CONNECTIVITY_TO_REGULATOR | INVALID_CONNECTIVITY_TO_REGULATOR |
             *       INVALID_CONNECTIVITY_TO_REGULATOR_IT | INVALID_CONNECTIVITY_TO_REGULATOR_DK |
             *       NOT_AUTHORIZED_BY_REGULATOR | NOT_AUTHORIZED_BY_REGULATOR | NOT_AUTHORIZED_BY_REGULATOR_DK |
             *       NOT_AUTHORIZED_BY_REGULATOR_IT | TELBET_TERMS_CONDITIONS_NA | CLOSED | SELF_EXCLUDED |
             *       NOT_AUTHORIZED_FOR_DOMAIN_ES | NOT_AUTHORIZED_FOR_DOMAIN_IT | NOT_AUTHORIZED_FOR_DOMAIN_COM |
             *       AUTHORIZED_ONLY_FOR_DOMAIN_ES}`
             *     - FAIL, after "Please note that master account access is restricted for API/JSON requests."
             *       (product shown as `"APP_KEY"`): `{INPUT_VALIDATION_ERROR | FORBIDDEN |
             *       INVALID_USERNAME_OR_PASSWORD | NO_SESSION | INVALID_PIN | INVALID_PIN_LOGIN_REQUEST |
             *       INVALID_PIN_LOGIN_REQUEST}`
             *
             *     The same lists are data in `LoginErrorCode` (`x-errors-by-status`).
             */
            error: components["schemas"]["LoginErrorCode"] | "";
        };
        /**
         * @description Response structure of Keep Alive and Logout (public developer documentation):
         *     `{"token":"<token_passed_as_header>", "product":"product_passed_as_header", "status":"<status>",
         *     "error":"<error>"}`.
         */
        SessionResponse: {
            /** @description `<token_passed_as_header>`: the session token sent in `X-Authentication`. */
            token: string;
            /** @description `product_passed_as_header`: the application key sent in `X-Application`. */
            product: string;
            status: components["schemas"]["SessionStatus"];
            /** @description `<error>`: empty (`""`) on SUCCESS, otherwise a value from `SessionErrorCode`. */
            error: components["schemas"]["SessionErrorCode"] | "";
        };
        /**
         * @description Form-encoded body of the certificate login (public developer documentation): the username and
         *     password of the account the client certificate is linked to.
         */
        CertLoginRequest: {
            /** @description The account's username. */
            username: string;
            /**
             * Format: password
             * @description The account's password.
             */
            password: string;
        };
        /** @description Certificate login response (public developer documentation). */
        CertLoginResponse: {
            /**
             * @description The session token, to be sent in `X-Authentication`. The documentation shows it in the successful
             *     response; it does not show a failure body.
             */
            sessionToken?: string;
            /** @description `SUCCESS` or one of the "possible failure and exceptional return codes". */
            loginStatus: components["schemas"]["SuccessStatus"] | components["schemas"]["LoginErrorCode"];
        };
        /**
         * @description Redirect POST body as named in the interactive login document (current revision): "The POST request
         *     body will contain two URL encoded parameters", `ssoid` and `errorCode`. The older revision names them
         *     `loginStatus` and `productToken` (see `InteractiveRedirectLegacy`).
         */
        InteractiveRedirectCurrent: {
            /**
             * @description This is your session token and should be attached to requests made to API-NG in the
             *     X-Authentication header. (Empty after a failed login: an inference, the document does not say.)
             */
            ssoid: string;
            /**
             * @description This is returned in a URL by Betfair and provides the reason for the login failure. (Empty after a
             *     successful login: an inference, the document does not say.)
             */
            errorCode: components["schemas"]["InteractiveLoginErrorCode"] | "";
        };
        /**
         * @description Redirect POST body as named in the interactive login document (older revision): "The POST request
         *     body will contain two URL encoded parameters", `loginStatus` and `productToken`. The current revision
         *     names them `ssoid` and `errorCode` (see `InteractiveRedirectCurrent`).
         */
        InteractiveRedirectLegacy: {
            /** @description A code which will either be 'SUCCESS' or an error code from the table below. */
            loginStatus: components["schemas"]["SuccessStatus"] | components["schemas"]["InteractiveLoginErrorCode"];
            /**
             * @description This is your session token and should be attached to requests made to API-NG in the
             *     X-Authentication header. (Empty after a failed login: an inference, the document does not say.)
             */
            productToken: string;
        };
        /**
         * @description The success value of the `loginStatus` fields (certificate login; redirect POST of the interactive
         *     login document, older revision).
         * @enum {string}
         */
        SuccessStatus: "SUCCESS";
        /**
         * @description Status values of the API login (the API login document: SUCCESS, LIMITED_ACCESS, LOGIN_RESTRICTED,
         *     FAIL). The precise reason of a LIMITED_ACCESS, LOGIN_RESTRICTED or FAIL is the `error` value; the
         *     outcome given here is the one to use when only the status is known.
         *
         *     Note: "treeted" (for "treated") in the FAIL description is the document's own spelling.
         * @enum {string}
         */
        LoginStatus: "SUCCESS" | "LIMITED_ACCESS" | "LOGIN_RESTRICTED" | "FAIL";
        /**
         * @description Status values of Keep Alive and Logout (public developer documentation).
         * @enum {string}
         */
        SessionStatus: "SUCCESS" | "FAIL";
        /**
         * @description Error values of Keep Alive and Logout (public developer documentation).
         * @enum {string}
         */
        SessionErrorCode: "INPUT_VALIDATION_ERROR" | "INTERNAL_ERROR" | "NO_SESSION";
        /**
         * @description Error values of the API login (`LoginResponse.error`) and `loginStatus` values of the certificate login.
         *     Covers every value the API login document names: the four "Error values (mappings for statuses to
         *     possible error values LIMITED_ACCESS / LOGIN_RESTRICTED / FAIL)" lists (kept, in the document's order
         *     and with its duplicates, in `x-errors-by-status`; `FAIL_MASTER_ACCOUNT_API` is the FAIL list after
         *     "Please note that master account access is restricted for API/JSON requests.") and its table "The
         *     possible failure and exceptional return codes are:", whose descriptions are used verbatim. Two values
         *     without a description there take the wording of the interactive login document (current revision):
         *     STRONG_AUTH_CODE_REQUIRED and INPUT_VALIDATION_ERROR (`x-codes.*.descriptionFrom`).
         *     TEMPORARY_BAN_TOO_MANY_REQUESTS is added from the interactive login document (current revision) and
         *     Betfair's public developer documentation (login request limit: new logins banned for 20 minutes).
         *
         *     `x-codes.*.statuses` are the status values a code is listed under, `lists` the `x-errors-by-status`
         *     keys, `group` marks the return code table.
         *
         *     Document disagreement: the return code table's column is headed `loginStatus` (the certificate login's
         *     field name), although the response structure returns the value in `"error":"<error>"`.
         *
         *     Document disagreement: DENMARK_MIGRATION_REQUIRED is listed under "LOGIN_RESTRICTED - Login is
         *     restricted" and under "FAIL - All other cases are treeted as errors".
         *
         *     Document disagreement: the LIMITED_ACCESS list ("Access is limited (eg. accounts that can login but
         *     can't bet), product session will be provided") holds PENDING_AUTH, SECURITY_QUESTION_WRONG_3X,
         *     KYC_SUSPEND and SUSPENDED, while the interactive login document (current revision) says of the same
         *     codes as `errorCode` that it "provides the reason for the login failure".
         *
         *     Document disagreement: CERT_AUTH_REQUIRED is in "The possible failure and exceptional return codes"
         *     but in none of the "Error values (mappings for statuses to possible error values LIMITED_ACCESS /
         *     LOGIN_RESTRICTED / FAIL)".
         *
         *     Note: INVALID_CONNECTIVITY_TO_REGULATOR and NOT_AUTHORIZED_BY_REGULATOR are each listed twice in the
         *     FAIL list, and INVALID_PIN_LOGIN_REQUEST twice in the master-account list; "in the system behind or
         *     in at regulator" (INVALID_CONNECTIVITY_TO_REGULATOR_IT and _DK) is the document's own wording.
         * @enum {string}
         */
        LoginErrorCode: "PENDING_AUTH" | "SECURITY_QUESTION_WRONG_3X" | "KYC_SUSPEND" | "SUSPENDED" | "STRONG_AUTH_CODE_REQUIRED" | "DENMARK_MIGRATION_REQUIRED" | "DANISH_AUTHORIZATION_REQUIRED" | "SPAIN_MIGRATION_REQUIRED" | "SPANISH_TERMS_ACCEPTANCE_REQUIRED" | "ITALY_MIGRATION_REQUIRED" | "ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED" | "CHANGE_PASSWORD_REQUIRED" | "PERSONAL_MESSAGE_REQUIRED" | "TRADING_MASTER" | "TRADING_MASTER_SUSPENDED" | "AGENT_CLIENT_MASTER" | "AGENT_CLIENT_MASTER_SUSPENDED" | "INVALID_PIN" | "INVALID_USERNAME_OR_PASSWORD" | "PIN_DELETED_ON_FAILED_COUNT_EXCEEDED" | "UNRECOGNIZED_DEVICE" | "DUPLICATE_CARDS" | "ACCOUNT_NOW_LOCKED" | "ACCOUNT_ALREADY_LOCKED" | "SECURITY_RESTRICTED_LOCATION" | "BETTING_RESTRICTED_LOCATION" | "INVALID_CONNECTIVITY_TO_REGULATOR" | "INVALID_CONNECTIVITY_TO_REGULATOR_IT" | "INVALID_CONNECTIVITY_TO_REGULATOR_DK" | "NOT_AUTHORIZED_BY_REGULATOR" | "NOT_AUTHORIZED_BY_REGULATOR_DK" | "NOT_AUTHORIZED_BY_REGULATOR_IT" | "TELBET_TERMS_CONDITIONS_NA" | "CLOSED" | "SELF_EXCLUDED" | "NOT_AUTHORIZED_FOR_DOMAIN_ES" | "NOT_AUTHORIZED_FOR_DOMAIN_IT" | "NOT_AUTHORIZED_FOR_DOMAIN_COM" | "AUTHORIZED_ONLY_FOR_DOMAIN_ES" | "INPUT_VALIDATION_ERROR" | "FORBIDDEN" | "NO_SESSION" | "INVALID_PIN_LOGIN_REQUEST" | "CERT_AUTH_REQUIRED" | "TEMPORARY_BAN_TOO_MANY_REQUESTS";
        /**
         * @description Error codes of the interactive login: the `errorCode` of the redirect POST (interactive login document,
         *     current revision) and the error values of `loginStatus` (older revision). Every code of both tables,
         *     with the current revision's wording verbatim.
         *
         *     `x-codes.*.documents` says which revision lists the code (`current`, `older`); `listedTimes: 2` marks
         *     codes the current revision lists twice; `olderRevisionWording` keeps the older revision's wording where it
         *     differs from every wording of the current one.
         *
         *     Document disagreement: the current revision lists several codes twice with different wording, e.g.
         *     SECURITY_QUESTION_WRONG_3X as "the user has entered wrong the security question 3 times" and as "the
         *     user has entered wrong the security answer 3 times"; the same for ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED,
         *     PERSONAL_MESSAGE_REQUIRED, SELF_EXCLUDED, SPAIN_MIGRATION_REQUIRED and SPANISH_TERMS_ACCEPTANCE_REQUIRED.
         *     Both wordings are kept in the description, joined by " / ".
         *
         *     Note: the current revision lists these codes twice with identical wording: INVALID_USERNAME_OR_PASSWORD,
         *     KYC_SUSPEND, NOT_AUTHORIZED_BY_REGULATOR_DK, NOT_AUTHORIZED_BY_REGULATOR_IT,
         *     MULTIPLE_USERS_WITH_SAME_CREDENTIAL, PENDING_AUTH, SECURITY_RESTRICTED_LOCATION, SUSPENDED,
         *     TELBET_TERMS_CONDITIONS_NA, TRADING_MASTER, TRADING_MASTER_SUSPENDED, TEMPORARY_BAN_TOO_MANY_REQUESTS. The
         *     older revision's wording differs in case only for DANISH_AUTHORIZATION_REQUIRED, DENMARK_MIGRATION_REQUIRED
         *     and CHANGE_PASSWORD_REQUIRED. "You must provided" (SWEDEN_NATIONAL_IDENTIFIER_REQUIRED,
         *     SWEDEN_BANK_ID_VERIFICATION_REQUIRED) and "in the system behind or in at regulator"
         *     (INVALID_CONNECTIVITY_TO_REGULATOR_DK, _IT) are the document's own wording.
         * @enum {string}
         */
        InteractiveLoginErrorCode: "INVALID_USERNAME_OR_PASSWORD" | "ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED" | "KYC_SUSPEND" | "NOT_AUTHORIZED_BY_REGULATOR_DK" | "NOT_AUTHORIZED_BY_REGULATOR_IT" | "MULTIPLE_USERS_WITH_SAME_CREDENTIAL" | "PENDING_AUTH" | "PERSONAL_MESSAGE_REQUIRED" | "SECURITY_QUESTION_WRONG_3X" | "SECURITY_RESTRICTED_LOCATION" | "SELF_EXCLUDED" | "SPAIN_MIGRATION_REQUIRED" | "SPANISH_TERMS_ACCEPTANCE_REQUIRED" | "STRONG_AUTH_CODE_REQUIRED" | "SUSPENDED" | "TELBET_TERMS_CONDITIONS_NA" | "TRADING_MASTER" | "TRADING_MASTER_SUSPENDED" | "TEMPORARY_BAN_TOO_MANY_REQUESTS" | "ACCOUNT_NOW_LOCKED" | "ACCOUNT_ALREADY_LOCKED" | "DUPLICATE_CARDS" | "CLOSED" | "INVALID_CONNECTIVITY_TO_REGULATOR_DK" | "INVALID_CONNECTIVITY_TO_REGULATOR_IT" | "BETTING_RESTRICTED_LOCATION" | "AGENT_CLIENT_MASTER" | "AGENT_CLIENT_MASTER_SUSPENDED" | "DANISH_AUTHORIZATION_REQUIRED" | "DENMARK_MIGRATION_REQUIRED" | "CERT_AUTH_REQUIRED" | "CHANGE_PASSWORD_REQUIRED" | "INTERNATIONAL_TERMS_ACCEPTANCE_REQUIRED" | "EMAIL_LOGIN_NOT_ALLOWED" | "ACCOUNT_PENDING_PASSWORD_CHANGE" | "ITALIAN_PROFILING_ACCEPTANCE_REQUIRED" | "AUTHORIZED_ONLY_FOR_DOMAIN_RO" | "AUTHORIZED_ONLY_FOR_DOMAIN_SE" | "SWEDEN_NATIONAL_IDENTIFIER_REQUIRED" | "SWEDEN_BANK_ID_VERIFICATION_REQUIRED" | "ACTIONS_REQUIRED" | "INPUT_VALIDATION_ERROR";
    };
    responses: never;
    parameters: {
        /**
         * @description (mandatory) Signals that the response should be returned as JSON. "The presence of the "Accept:
         *     application/json" will signal SSO that it should responde with JSON and not with a HTML page." (API
         *     login document; the public developer documentation says the same for Keep Alive and Logout.)
         *     OpenAPI tools ignore header parameters named Accept; a client has to send this header itself.
         * @example application/json
         */
        AcceptJson: "application/json";
        /**
         * @description (mandatory) AppKey used by the customer to identify the product.
         * @example IhDSui3ODdsdwo
         */
        AppKeyRequired: string;
        /**
         * @description (optional) The application key used by the customer to identify the product (public developer
         *     documentation).
         * @example IhDSui3ODdsdwo
         */
        AppKeyOptional: string;
        /**
         * @description (mandatory) The session token the call applies to (public developer documentation).
         * @example Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=
         */
        SessionToken: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description (mandatory) Signals that the response should be returned as JSON. "The presence of the "Accept:
                 *     application/json" will signal SSO that it should responde with JSON and not with a HTML page." (API
                 *     login document; the public developer documentation says the same for Keep Alive and Logout.)
                 *     OpenAPI tools ignore header parameters named Accept; a client has to send this header itself.
                 * @example application/json
                 */
                Accept: components["parameters"]["AcceptJson"];
                /**
                 * @description (mandatory) AppKey used by the customer to identify the product.
                 * @example IhDSui3ODdsdwo
                 */
                "X-Application": components["parameters"]["AppKeyRequired"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /**
             * @description The login result. "Response structure" in the API login document:
             *     `{"token":"<token_passed_as_header>", "product":"product_passed_as_header", "status":"<status>",
             *     "error":"<error>"}`. The document's per-status shapes give `token` as `product_token` for
             *     LIMITED_ACCESS and `""` for LOGIN_RESTRICTED and FAIL.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
        };
    };
    keepAlive: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description (mandatory) Signals that the response should be returned as JSON. "The presence of the "Accept:
                 *     application/json" will signal SSO that it should responde with JSON and not with a HTML page." (API
                 *     login document; the public developer documentation says the same for Keep Alive and Logout.)
                 *     OpenAPI tools ignore header parameters named Accept; a client has to send this header itself.
                 * @example application/json
                 */
                Accept: components["parameters"]["AcceptJson"];
                /**
                 * @description (mandatory) The session token the call applies to (public developer documentation).
                 * @example Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=
                 */
                "X-Authentication": components["parameters"]["SessionToken"];
                /**
                 * @description (optional) The application key used by the customer to identify the product (public developer
                 *     documentation).
                 * @example IhDSui3ODdsdwo
                 */
                "X-Application"?: components["parameters"]["AppKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The keep-alive result. Response structure (public developer documentation):
             *     `{"token":"<token_passed_as_header>", "product":"product_passed_as_header", "status":"<status>",
             *     "error":"<error>"}`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description (mandatory) Signals that the response should be returned as JSON. "The presence of the "Accept:
                 *     application/json" will signal SSO that it should responde with JSON and not with a HTML page." (API
                 *     login document; the public developer documentation says the same for Keep Alive and Logout.)
                 *     OpenAPI tools ignore header parameters named Accept; a client has to send this header itself.
                 * @example application/json
                 */
                Accept: components["parameters"]["AcceptJson"];
                /**
                 * @description (mandatory) The session token the call applies to (public developer documentation).
                 * @example Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=
                 */
                "X-Authentication": components["parameters"]["SessionToken"];
                /**
                 * @description (optional) The application key used by the customer to identify the product (public developer
                 *     documentation).
                 * @example IhDSui3ODdsdwo
                 */
                "X-Application"?: components["parameters"]["AppKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The logout result. Response structure (public developer documentation):
             *     `{"token":"<token_passed_as_header>", "product":"product_passed_as_header", "status":"<status>",
             *     "error":"<error>"}`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
        };
    };
    certLogin: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Identifies the application (public developer documentation). The documentation states that the
                 *     value is not validated and serves only for troubleshooting.
                 * @example IhDSui3ODdsdwo
                 */
                "X-Application": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CertLoginRequest"];
            };
        };
        responses: {
            /** @description The certificate login result (public developer documentation). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertLoginResponse"];
                };
            };
        };
    };
    interactiveLoginPage: {
        parameters: {
            query: {
                /**
                 * @description (mandatory) The product for which the login page is used and on which the user will do the login;
                 *     This should be your application key.
                 * @example IhDSui3ODdsdwo
                 */
                product: string;
                /**
                 * @description (mandatory) The url to which the browser should be redirected in case of a successful login. By
                 *     default only <a href="https://www.betfair.com">https://www.betfair.com</a> will be allowed
                 *
                 *     Document disagreement: the current revision says "By default only https://www.betfair.com will be
                 *     allowed"; the older revision reads "The url to which the the browser should be redirected in case
                 *     of a successful login. By default, https://www.betfair.com will be allowed but further URLs can be
                 *     added upon agreement with Betfair." (with "the the" as written).
                 * @example https://www.betfair.com
                 */
                url: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The Betfair login page (HTML) to be shown in the application's embedded browser. The documents show
             *     the page only as a picture ("The embedded login page initially looks like this:", older revision).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    interactiveLoginRedirect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["InteractiveRedirectCurrent"] | components["schemas"]["InteractiveRedirectLegacy"];
            };
        };
        responses: never;
    };
}
