// Generated from specs/posapi-auth/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
/* eslint-disable */
export interface paths {
    "/Authentication.svc/CheckCountryBlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Checks if the given country is blocked
         * @description PosAPI holds a simple rule-set to provide information about country-specific actions, e.g. redirection
         *     to a targetUrl, displaying content, and so on. The ruleset takes under consideration the used AccessId
         *     (frontendID, brandID, … parameters) and the twoletter countryCode. If no matching rule exists it will
         *     return with an HTTP 200, otherwise the response will be an HTTP 403 Forbidden, containing a
         *     keyValue-list of additional parameters.
         *
         *     The document's resource is `/Authentication.svc/CheckCountryBlock?countryId={id}`; the request sends
         *     the `x-bwin-accessId` header. The 400 and 403 bodies are shown without a content type; this description
         *     models them as JSON, as their text reads (an inference, not a statement of the document).
         */
        get: operations["checkCountryBlock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Authentication.svc/Login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login a User
         * @description A customer login is performed by sending a `POST` request to the PosAPI authentication endpoint.
         *     The body is a simple “Login” element with username and password, as well as `language` and `deviceID`
         *     as optional attributes. In case the `language` parameter is missing, the default language will be used.
         *
         *     The `deviceID` parameter is used to pass along the ID of mobile devices, and by doing so associating the
         *     created session with the device (used for DWH).
         *
         *     The `dateOfBirth` parameter is only required for labels with that regulatory requirement (e.g. bwin.fr).
         *
         *     By passing along a `handshakeSessionKey`, the authentication request gets associated with an already
         *     available session in the backend. If this parameter is part of the request sent to the backend, the
         *     interceptor-stack of the backend will not be executed, and the password-parameter can be empty. This is
         *     used for example for the 3rd-party integration with *DanskeSpil*.
         *
         *     > **Note:** There are various so-called interceptors which may deny a successful authentication. Those
         *     > are handled in a Workflow (see `WorkflowId`), the user has to complete before being fully
         *     > authenticated. The `workflowType` parameter of the response exposes which workflow the user is in
         *     > (`0` if none).
         *
         *     The body is JSON or XML (`application/json`, `application/xml`); the request sends the
         *     `x-bwin-accessId` header. The document shows a 200 and a 403 (code 600) response. The 400, 403 and 500
         *     responses here also carry, as examples, every code that the error tables of the document's
         *     Authorization section list with that HTTP status; the document does not say which endpoint returns
         *     each of them (several belong to workflow steps resolved through endpoints it only names).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Authentication.svc/Login/PID": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login a User (PID-Login)
         * @description PID based login for DanID based labels.
         *
         *     The request sends the `x-bwin-accessId` header and a JSON body. The document shows a 200 and a 403
         *     (code 600) response; the 400, 403 and 500 responses are those of Login (the error tables of the
         *     Authorization section, e.g. 1662, User credentials and PID are required, of the PidVerification table).
         */
        post: operations["loginWithPid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Authentication.svc/Logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout a User
         * @description Logout a User. The document shows the request as `Request (application/json)` with the headers
         *     `x-bwin-accessId`, `x-bwin-session-token` and `x-bwin-user-token` and no body, and `Response 200
         *     (application/json)` without a body.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Authentication.svc/CancelWorkflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a workflow
         * @description Cancel a workflow (the pending workflow, see `WorkflowId`). The document shows the request as
         *     `Request (application/json)` with the headers `x-bwin-accessId`, `x-bwin-session-token` and
         *     `x-bwin-user-token` and no body, and `Response 200 (application/json)` without a body.
         */
        post: operations["cancelWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A date as the document's JSON bodies write it: `/Date(<milliseconds since 1970-01-01T00:00:00Z>)/`,
         *     e.g. `/Date(1315996382000)/`, `/Date(0)/`, `/Date(1415267177020)/` (all of the document's examples
         *     have this form, without offset). The pattern also admits a negative number and the optional `+hhmm` /
         *     `-hhmm` offset of this date form.
         * @example /Date(1415267177020)/
         */
        PosDate: string;
        /** @description One entry of a keyValue-list, as the document writes them (`{"Key":"…", "Value":"…"}`). */
        KeyValue: {
            Key: string;
            Value: string;
        };
        /**
         * @description The error body of the document: `code`, `message` and, for some codes, `values` (a keyValue-list of
         *     additional parameters, e.g. `ReopenDate`, `SllContactNo`, `SubErrorCode`, `TargetUrl`, OTP counts).
         */
        Error: {
            code: components["schemas"]["ErrorCode"];
            /** @description The message of the code (see `ErrorCode`). */
            message: string;
            /** @description Additional parameters; `x-codes` of `ErrorCode` lists the keys the document shows per code. */
            values?: components["schemas"]["KeyValue"][];
        };
        /**
         * @description Shown only in the JSON request example of Login (and as `{ /*see login*\/ }` in PID-Login); not in the
         *     field list and not in the XML example. The document does not describe its fields.
         */
        Fingerprint: {
            /** @description Shown as `"superSecretSuperCookie"` in the example. */
            superCookie?: string;
            /** @description A keyValue-list; the example sends the keys `dt` (`website`) and `os` (`Windows`). */
            deviceDetails?: components["schemas"]["KeyValue"][];
        };
        /** @description The JSON “Login” body. */
        LoginRequest: {
            /** @description The username of the account. */
            username: string;
            /**
             * Format: password
             * @description The password associated with the account. When a `handshakeSessionKey` is sent the password-parameter
             *     can be empty.
             */
            password: string;
            /**
             * @description (optional) The twoletter lanague code. In case the `language` parameter is missing, the default
             *     language will be used.
             *
             *     Note: "lanague" (for "language") is the document's own spelling.
             *
             *     Document disagreement: the field list makes `language` optional ("In case the `language` parameter is
             *     missing, the default language will be used"), yet the Authentication error table lists code 690,
             *     "Missing Language parameter".
             */
            language?: string;
            /**
             * @description (optional) Can be used by mobile clients. The `deviceID` parameter is used to pass along the ID of
             *     mobile devices, and by doing so associating the created session with the device (used for DWH).
             *
             *     Document disagreement: the text spells it `deviceID`; the field list and the examples `deviceId`.
             */
            deviceId?: string;
            /**
             * @description (optional, dateTime) Mandatory for french labels. The `dateOfBirth` parameter is only required for
             *     labels with that regulatory requirement (e.g. bwin.fr).
             *
             *     Document disagreement: listed as `dateTime`; the JSON example sends `"/Date(1315996382000)/"`, the
             *     XML example `dateOfBirth="1997-06-13"`.
             */
            dateOfBirth?: components["schemas"]["PosDate"];
            /**
             * @description (optional) By passing along a `handshakeSessionKey`, the authentication request gets associated with
             *     an already available session in the backend. If this parameter is part of the request sent to the
             *     backend, the interceptor-stack of the backend will not be executed, and the password-parameter can be
             *     empty. This is used for example for the 3rd-party integration with *DanskeSpil*.
             *
             *     Document disagreement: the field list spells it `handshakeSessionkey`; the text and both examples
             *     `handshakeSessionKey` (used here).
             */
            handshakeSessionKey?: string;
            /** @description (optional) Listed without a description; the IP/UCID Block table has code 676, UCID blocked. */
            ucid?: string;
            fingerprint?: components["schemas"]["Fingerprint"];
        };
        /**
         * @description The XML “Login” element: every field is an attribute. The XML example carries no `fingerprint`; the
         *     document gives no XML form for it.
         */
        LoginXmlRequest: {
            /** @description The username of the account. */
            username: string;
            /**
             * Format: password
             * @description The password associated with the account (can be empty when a `handshakeSessionKey` is sent).
             */
            password: string;
            /**
             * @description (optional) The twoletter lanague code.
             *
             *     Note: "lanague" (for "language") is the document's own spelling.
             */
            language?: string;
            /** @description (optional) Can be used by mobile clients. */
            deviceId?: string;
            /**
             * Format: date
             * @description (optional, dateTime) Mandatory for french labels.
             *
             *     Document disagreement: the XML example writes `1997-06-13`, while the JSON example uses
             *     `/Date(1315996382000)/` and the field list says `dateTime`.
             */
            dateOfBirth?: string;
            /**
             * @description (optional) Associates the request with an already available session in the backend.
             *
             *     Document disagreement: the field list spells it `handshakeSessionkey`; the XML example `handshakeSessionKey`.
             */
            handshakeSessionKey?: string;
            /** @description (optional) Listed without a description. */
            ucid?: string;
        };
        /** @description The PID-Login body. */
        PidLoginRequest: {
            /**
             * @description The username of the account.
             *
             *     Document disagreement: the field list describes `pid` as "The username of the account.", the same words
             *     as for `username` ("The
             *     username of the account.").
             */
            pid: string;
            /** @description (optional) The username of the account (required only when called directly after registration). */
            username?: string;
            /**
             * Format: password
             * @description (optional) The password of the account (required only when called directly after registration).
             *
             *     Document disagreement: the field list names this field `username` a second time ("`username`:
             *     (optional, string) - The password of the account …"); the example sends it as `password`.
             */
            password?: string;
            /**
             * @description (optional) The twoletter lanague code.
             *
             *     Note: "lanague" (for "language") is the document's own spelling.
             */
            language?: string;
            /** @description (optional) Can be used by mobile clients. */
            deviceId?: string;
            /** @description (optional) Listed without a description. */
            ucid?: string;
            /**
             * @description Not in the field list; the example shows `"fingerprint":{ /*see login*\/ }`, i.e. the fingerprint of
             *     Login.
             */
            fingerprint?: components["schemas"]["Fingerprint"];
        };
        /** @description The balance block of the login response (the document describes none of its fields). */
        Balance: {
            accountBalance?: number;
            accountCurrency?: string;
            balanceForGameType?: number;
            bonusWinningsRestrictedBalance?: number;
            cashoutRestrictedBalance?: number;
            cashoutableBalance?: number;
            depositRestrictedBalance?: number;
            inPlayAmount?: number;
            owedAmount?: number;
            playMoneyBalance?: number;
            playMoneyInPlayAmount?: number;
            releaseRestrictedBalance?: number;
        };
        /** @description Shown as `{"Actions":null, "ordered":false}`; the document does not describe it. */
        PendingActions: {
            /** @description Only `null` is shown; the document gives no other form. */
            Actions?: unknown;
            ordered?: boolean;
        };
        /**
         * @description The body of a successful Login or PID-Login. The document describes only `workflowType` and the tokens;
         *     the other fields are as its examples show them. Fields shown only as `null` are left untyped.
         */
        LoginResponse: {
            Balance?: components["schemas"]["Balance"];
            /** @description A keyValue-list (the example shows `SampleClaimKey` / `SampleClaimValue`). */
            ClaimValues?: components["schemas"]["KeyValue"][];
            PendingActions?: components["schemas"]["PendingActions"];
            /**
             * @description Only `null` is shown. The PostLogin Values table (`PostLoginValueKey`) lists its keys and values; the
             *     workflows refer to it ("See PostLoginValues"). The document does not show the form of a non-null value.
             */
            PostLoginValues?: unknown;
            /** @description Only `null` is shown. */
            SogeiCustomerId?: unknown;
            accountCategoryId?: components["schemas"]["AccountCategoryId"];
            accountId?: number;
            /** @description Only `null` is shown. */
            globalSessionId?: unknown;
            language?: string;
            lastLoginUTC?: components["schemas"]["PosDate"];
            lastLogoutUTC?: components["schemas"]["PosDate"];
            playerCategory?: components["schemas"]["PlayerCategoryId"];
            realPlayer?: boolean;
            rsaAssigned?: boolean;
            screenName?: string;
            serverTimeUTC?: components["schemas"]["PosDate"];
            /** @description Only `null` is shown. */
            serviceSessionId?: unknown;
            /**
             * @description The SessionToken; send it as `x-bwin-session-token`. Valid for 20 minutes after the last request
             *     (10 minutes for Italy).
             *
             *     Document disagreement: the token section sends it as a header value (`x-bwin-session-token: [SessionToken]`),
             *     while the examples show it as the unquoted placeholder `"sessionToken":[SessionToken]`, which is not JSON.
             */
            sessionToken: string;
            /** @description Not described. Note: the examples show it as the unquoted placeholder `[SsoToken]`, which is not JSON. */
            ssoToken?: string;
            userName?: string;
            /**
             * @description The UserToken; send it as `x-bwin-user-token`. Valid for 20 hours after session start.
             *
             *     Document disagreement: the token section sends it as a header value (`x-bwin-user-token: [UserToken]`),
             *     while the examples show it as the unquoted placeholder `"userToken":[UserToken]`, which is not JSON.
             */
            userToken: string;
            /** @description The `workflowType` parameter of the response exposes which workflow the user is in (`0` if none). */
            workflowType: components["schemas"]["WorkflowId"];
            /**
             * @description Only `null` is shown. (The Secure Login section lists workflow keys, `SecureLoginWorkflowKey`; the
             *     document does not say whether they appear here.)
             */
            workflowKeys?: unknown;
            /** @description Shown as `"topSecret"` in the Login 200 example; not in the PID-Login example; not described. */
            superCookie?: string;
        };
        /**
         * @description Every error code of the PosAPI Authentication document, as one integer enum (131 distinct codes), in the order the document lists them:
         *     - the token errors of "UserToken and SessionToken" (201, 204–210; HTTP 400);
         *     - the CheckCountryBlock responses (102, HTTP 400; 456, HTTP 403);
         *     - the 29 error tables of the Authorization section (Authentication, Responsible Gaming, Login, KYC, Unfinished Registration, Migration, DateOfBirth, Max Login, Inactive Player, User Attributes, Suspicious Location, IP/UCID Block, Security Token, Workflow, AutoLogin, SQSA Login Interceptor, User Acknowledgement Interceptor, KYC BE Interceptor, StrongAuth Interceptor, Funds Regulation Interceptor, KYC SH Interceptor, Denmark Blacklist Check Interceptor, UpdateSQSA Interceptor, DkPasswordCheck, PidVerification, LoginCountLimit, UpdateEmail Interceptor, Intra Migration, General), 119 rows;
         *     - the two "Error codes" of the Secure Login section (119, 122), which the document gives without an HTTP status.
         *
         *     The Logout response (201) and the Cancel Workflow response (630) reuse codes of the tables; those two codes keep both
         *     wordings (`meanings` in `x-codes`).
         *
         *     `x-codes` per code: `outcome`, `why` (where two outcomes could fit), `status` (the HTTP status of its table row),
         *     `group` (the table), `values` (the `values` keys the document shows for it), `note` (the table's Values/Description
         *     text, verbatim without its markup), `remark` (a remark of this description: a disagreement or a related fact), and small facts such as the
         *     related `workflowId`.
         *
         *     119 and 122 are kept in this schema rather than in one of their own: the document calls them "Error codes", and the
         *     Secure Login workflow keys table sends OPT_FLAG on "errorCode 122"; that they arrive in the same error-code field as the
         *     others is an inference, which the document does not state. The Secure Login sub error codes are a separate list (`SecureLoginSubErrorCode`): they are reported in the
         *     response data, not as the error code.
         *
         *     Codes 500 and 101 (DkPasswordCheck) look like HTTP statuses but are error codes: 500 is sent with HTTP 403 and 101
         *     with HTTP 500; neither is listed in another table. 1908 (StrongAuth Interceptor) is listed with HTTP 500.
         * @enum {integer}
         */
        ErrorCode: 201 | 204 | 205 | 206 | 207 | 208 | 209 | 210 | 102 | 456 | 600 | 611 | 612 | 613 | 614 | 615 | 690 | 692 | 698 | 629 | 601 | 602 | 603 | 605 | 606 | 607 | 608 | 609 | 610 | 621 | 622 | 623 | 624 | 625 | 626 | 627 | 628 | 635 | 650 | 651 | 652 | 653 | 655 | 656 | 657 | 660 | 661 | 662 | 663 | 664 | 665 | 666 | 667 | 668 | 669 | 670 | 671 | 672 | 675 | 676 | 677 | 678 | 680 | 681 | 682 | 683 | 684 | 685 | 686 | 687 | 630 | 631 | 640 | 641 | 642 | 643 | 644 | 1601 | 1602 | 1603 | 1610 | 1800 | 1801 | 1802 | 1803 | 1804 | 1805 | 1806 | 1807 | 1808 | 1809 | 1810 | 1902 | 1903 | 1905 | 1906 | 1907 | 1909 | 1908 | 1630 | 1631 | 1632 | 1633 | 1634 | 1635 | 1636 | 1637 | 1638 | 1639 | 1640 | 1641 | 1642 | 1643 | 1645 | 1646 | 1620 | 1621 | 1622 | 500 | 101 | 1662 | 1666 | 4301 | 4302 | 4303 | 4304 | 1690 | 119 | 122 | 695 | 696;
        /**
         * @description The Secure Login sub error codes ("Sub error codes:" of the Secure Login section). Workflow 44 (Secure Login):
         *     "Watch the `subErrorCode` in response data". The document gives no HTTP status for them.
         *
         *     Document disagreement: workflow 44 writes `subErrorCode`; the IP/UCID Block table shows the `values` key
         *     as `SubErrorCode` (for code 678).
         * @enum {integer}
         */
        SecureLoginSubErrorCode: 11 | 12 | 13 | 14 | 15 | 16 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 111 | 112;
        /**
         * @description The Secure Login workflow keys ("Workflow keys:" of the Secure Login section): the keys sent with
         *     WorkflowData for workflow 44 (Secure Login) before FinalizeWorkflow. `x-codes` gives "When to send";
         *     `OPT_FLAG` takes the values "OPT_IN", "OPT_OUT" or "REMIND_ME_LATER". WorkflowData is only named in the
         *     document, so these keys are not part of an operation here.
         *
         *     Document disagreement: workflow 6 (SecurityToken) names the WorkflowData key `mobilenumber`; this table
         *     names it `Mobilenumber`.
         * @enum {string}
         */
        SecureLoginWorkflowKey: "REQUEST_ID" | "otpCode" | "sendThroughEmail" | "OPT_FLAG" | "countryCode" | "Mobilenumber";
        /**
         * @description The Workflow IDs: the value of `workflowType` in the login response (`0` if none). Each workflow is handled
         *     by the API endpoints the table names ("API endpoints to resolve the workflow"); those endpoints are only
         *     named in the document and are not operations here (Logout is `logout`). `x-codes` gives per workflow the
         *     named endpoints (`endpoints`), the table cell as text (`resolution`), WorkflowData keys it names
         *     (`workflowDataKeys`) and PostLogin values it points to (`postLoginValues`).
         *
         *     The table keeps its own spellings: "PostLostinValues" in several links, "Inta-migrated" (50).
         * @enum {integer}
         */
        WorkflowId: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 33 | 34 | 35 | 36 | 37 | 38 | 39 | 40 | 41 | 42 | 43 | 44 | 45 | 46 | 47 | 48 | 49 | 50 | 51 | 52 | 53;
        /**
         * @description The keys of the PostLogin Values table, with the values and descriptions it gives (the workflows point to
         *     it: "See PostLoginValues"). `x-enum-descriptions` joins the rows of a key; `x-codes` lists each row as
         *     `value` (the Value column without backticks, e.g. "Number", "e.g. pa", "1-72") and `description`.
         *     Where the Value column lists a closed set of values (`closedSet: true`), each value is a row of its
         *     own, so that the values are typed one by one; a row the document words once for several values
         *     (e.g. `OFFERED`, `COMPLETED`, `FAILED`) has no description of its own, the key's description holds it.
         *     The table keeps its own spellings ("MIGRATION _KYC_SUB_ERROR_CODE", "differnt", "`True` or `False`" next
         *     to "`true` or `false`"); the OTP_* keys also appear in the `values` of the StrongAuth Interceptor codes.
         * @enum {string}
         */
        PostLoginValueKey: "MIGRATION_KYC_SUB_ERROR_CODE" | "MIGRATION_WALLET_TRANSFER" | "MIGRATION_USER_PROFILE" | "MAX_KYC_ATTEMPTS_REACHED" | "PLAYER_KYC_ATTEMPTS_LEFT" | "STRONG_AUTH_TYPE" | "OTP_MAX_ATTEMPT_COUNT" | "OTP_MAX_REGENERATE_COUNT" | "OTP_CURRENT_FAILED_ATTEMPTS" | "USER_OTP_CURRENT_REGENERATION_COUNT" | "MIGRATION_STATUS" | "MIGRATION_TYPE" | "MIGRATION_TARGET" | "MIGRATION_PRODUCT" | "MESSAGE_TYPE" | "REWARD_TYPE" | "REWARD_CURRENCY" | "REWARD_MAXVALUE" | "REWARD_PERCENTAGE" | "NO_OF_HOURS_LEFT" | "BELGIUM_NRN_REASON" | "LIMIT_CURRENCY" | "LIMIT_DAILY_CURRENT" | "LIMIT_DAILY_PENDING" | "LIMIT_WEEKLY_CURRENT" | "LIMIT_WEEKLY_PENDING" | "LIMIT_MONTHLY_CURRENT" | "LIMIT_MONTHLY_PENDING" | "RG_DEPOSIT_LIMIT_LEVEL_CHANGE" | "TNC_AND_IGA_REASON" | "DEPOSIT_GRACE_DAYS" | "LEFT_OVER_DAILY_LOGIN_DURATION" | "WAIT_TIME_FOR_COOLOFF_END" | "LIMIT_ACTIVATION_WAIT_PERIOD";
        /**
         * @description The Account Category Ids; the value of `accountCategoryId` in the login response.
         * @enum {integer}
         */
        AccountCategoryId: -1 | 0 | 1 | 2 | 3 | 4;
        /**
         * @description The Player Category Ids; the value of `playerCategory` in the login response.
         * @enum {integer}
         */
        PlayerCategoryId: 0 | 1 | 2;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkCountryBlock: {
        parameters: {
            query: {
                /**
                 * @description The twoletter countrycode of the country. [ISO](http://en.wikipedia.org/wiki/ISO_3166-1)
                 *
                 *     Document disagreement: the parameter list names this parameter `id` (`id (required, string, CH)`),
                 *     while the URI template sends it as `countryId={id}`; the query key `countryId` is used here.
                 * @example CH
                 */
                countryId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No matching rule exists (the document shows `Response 200` without a body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The country is invalid (the document's example, code 102). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A country rule matched (HTTP 403 Forbidden), with a keyValue-list of additional parameters in `values`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
                "application/xml": components["schemas"]["LoginXmlRequest"];
            };
        };
        responses: {
            /**
             * @description The user is authenticated; the tokens are returned. A `workflowType` other than `0` means a workflow
             *     is pending: the user is authenticated but not authorized until it is completed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /**
             * @description HTTP 400: every code the Authorization section's error tables list with HTTP 400 (KYC BE Interceptor, KYC SH Interceptor, Denmark Blacklist Check
             *     Interceptor, UpdateEmail Interceptor, General). The document does not say which endpoint returns each.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description HTTP 403: the authentication is denied. The document's Login and PID-Login example shows code 600; the
             *     other examples are the codes the Authorization section's error tables list with HTTP 403 (the
             *     interceptors that may deny a successful authentication). The document does not say which endpoint
             *     returns each.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description HTTP 500: the codes the Authorization section's error tables list with HTTP 500 (1908 of the StrongAuth
             *     Interceptor table, 101 of the DkPasswordCheck table, 4301 of the UpdateEmail Interceptor table). The
             *     document does not say which endpoint returns each.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    loginWithPid: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PidLoginRequest"];
            };
        };
        responses: {
            /** @description The user is authenticated; the tokens are returned (same body as Login; the document's example has no `superCookie`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /**
             * @description HTTP 400: every code the Authorization section's error tables list with HTTP 400 (KYC BE Interceptor, KYC SH Interceptor, Denmark Blacklist Check
             *     Interceptor, UpdateEmail Interceptor, General). The document does not say which endpoint returns each.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description HTTP 403: the authentication is denied. The document's Login and PID-Login example shows code 600; the
             *     other examples are the codes the Authorization section's error tables list with HTTP 403 (the
             *     interceptors that may deny a successful authentication). The document does not say which endpoint
             *     returns each.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description HTTP 500: the codes the Authorization section's error tables list with HTTP 500 (1908 of the StrongAuth
             *     Interceptor table, 101 of the DkPasswordCheck table, 4301 of the UpdateEmail Interceptor table). The
             *     document does not say which endpoint returns each.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is logged out (the document shows `Response 200 (application/json)` without a body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description A token error. The document's Logout example shows code 201; the token table lists every token error
             *     (HTTP 400) raised when a passed token is missing, expired or invalid.
             *
             *     Document disagreement: the token table words 201 "Invalid security token (deprecated)"; the Logout
             *     example returns it as "Invalid user security token".
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow is cancelled (the document shows `Response 200 (application/json)` without a body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A token error (the token table; HTTP 400), raised when a passed token is missing, expired or invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description No workflow is pending.
             *
             *     Document disagreement: the Cancel Workflow response shows code 630 with HTTP 404 ("No workflow
             *     pending"); the Workflow error table lists 630 with HTTP 403 ("No Workflow pending").
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
