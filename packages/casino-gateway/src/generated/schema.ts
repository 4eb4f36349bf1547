// Generated from specs/casino-gateway/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
/* eslint-disable */
export interface paths {
    "/gateway/login/{version}/{brand_id}/player": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a player in
         * @description This method logs in player to site, and returns a token to be used in all other methods. use gateway.[msdomain]
         *
         *     The document gives the 303 answer as "Status 303" with an "Error Code Description" table and two
         *     JSON examples; it says nothing of a `Location` header.
         */
        post: operations["login"];
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
         * @description The document's request body. Its parameter table marks `user_name` and `email` "false" under Required;
         *     it does not say what the gateway answers when neither is sent.
         */
        LoginRequest: {
            /** @description Player user name to login with, if not sent, email will be used. */
            user_name?: string;
            /** @description Player personal email, if user_name is not sent, email will be used as the user name. */
            email?: string;
            /**
             * Format: password
             * @description Player password to login with.
             */
            password: string;
            /** @description Player chosen language, this will be the language player receives mails in. */
            language: string;
            /**
             * @description The ID of the casino, as shown in the request body.
             *
             *     Document disagreement: shown in the body as `"string"` but absent from the parameter table,
             *     which lists `brand_id` only as an `int` path parameter.
             */
            brand_id?: string;
        };
        /**
         * @description One regulation requirement. The document describes `actions` only as "List containing all regulation
         *     requirements" and gives no closed set of values; the examples list the values its examples show.
         *
         *     Document disagreement: the 200 example spells `" account_closure"` with a leading space; the 303 and
         *     401 examples spell `"account_closure"`.
         * @example responsible_gaming
         * @example limits
         * @example deposit_message
         * @example self_exclusion
         * @example timeout
         * @example account_closure
         * @example account_closure
         * @example swap_limits
         * @example start_game
         * @example wallet
         * @example login
         * @example KYC
         */
        Action: string;
        /** @description List containing all regulation requirements. */
        Actions: components["schemas"]["Action"][];
        /** @description documents_required indicates if the player must upload KYC documents now. */
        DocumentsRequired: boolean;
        /**
         * @description When documents_required is true, identification_token contains a UUID (otherwise empty string).
         *
         *     Document disagreement: the response notes say it "contains a UUID", while every example gives
         *     `"214fecab65a7031b8530d4d000f3aa8b"`, 32 hex digits without the hyphens of a UUID (compare the token
         *     `"e74af034-a346-4d5c-be97-f7ed83f373a7"`). No format is enforced here.
         */
        IdentificationToken: string;
        /**
         * @description The result of a successful login.
         * @enum {string}
         */
        SuccessResult: "OK";
        LoginSuccess: {
            /**
             * @description UUID which should be used as x-auth-token during player login time on each action he performs on site.
             *
             *     Document disagreement: the 200 example names this field `auth_token`; the 303 examples and the
             *     response parameters table name it `token`.
             */
            auth_token: string;
            result: components["schemas"]["SuccessResult"];
            actions?: components["schemas"]["Actions"];
            documents_required?: components["schemas"]["DocumentsRequired"];
            identification_token?: components["schemas"]["IdentificationToken"];
            /** @description Shown in the 200 example; the document does not describe it. */
            links?: {
                /** @description Shown as `/gateway/crm/{version}/{brand_id}/token` in the 200 example; the document does not describe it. */
                get_crm_token?: string;
            };
        };
        /**
         * @description Status 303 error codes.
         * @enum {string}
         */
        ActionRequiredResult: "INCOMPLETE_REGISTRATION" | "TNC_APPROVAL_REQUIRED" | "PRIVACY_APPROVAL_REQUIRED" | "PASSWORD_CHANGE_REQUIRED" | "EMAIL_NOT_VERIFIED";
        LoginActionRequired: {
            /**
             * @description UUID which should be used as x-auth-token during player login time on each action he performs on site.
             *
             *     Document disagreement: the 303 examples name this field `token`; the 200 example names it `auth_token`.
             */
            token: string;
            result: components["schemas"]["ActionRequiredResult"];
            actions?: components["schemas"]["Actions"];
            documents_required?: components["schemas"]["DocumentsRequired"];
            identification_token?: components["schemas"]["IdentificationToken"];
        };
        InvalidInput: {
            /** @description Shown as `invalid input - invalid brand id` in the 400 example; the document does not describe it. */
            errMsg: string;
        };
        /**
         * @description Status 401 error codes.
         * @enum {string}
         */
        RefusedResult: "USER_PASSWORD_NOT_VALID" | "EXCEEDED_MAX_LOGIN_ATTEMPTS" | "BANNED_COUNTRY" | "PLAYER_BLOCKED" | "IP_BLOCKED";
        /**
         * @description Status 401 verification steps.
         * @enum {string}
         */
        SecondFactorStatus: "mobile_verification_required" | "sms_verification_required";
        /**
         * @description Status 401 wait before the SMS code can be sent again.
         * @enum {string}
         */
        LoginInProcessStatus: "LOGIN_IN_PROCESS";
        LoginRefusedResult: {
            result: components["schemas"]["RefusedResult"];
            actions?: components["schemas"]["Actions"];
            documents_required?: components["schemas"]["DocumentsRequired"];
            identification_token?: components["schemas"]["IdentificationToken"];
        };
        SecondFactorData: {
            /** @description Shown as `****1234` in the verification answers; the document does not describe it. */
            mobile_number: string;
            /**
             * @description Shown in the verification answers; the document does not describe it. Whether it is the token to send
             *     in the `2fa-auth-token` header, which the document describes as the token "given when the Player
             *     turned on the 2FA requirement in the account page", it does not say.
             */
            "2fa_auth_token": string;
        };
        SecondFactorRequired: {
            status: components["schemas"]["SecondFactorStatus"];
            data: components["schemas"]["SecondFactorData"];
        };
        LoginInProcess: {
            status: components["schemas"]["LoginInProcessStatus"];
            data: {
                /** @description Shown as `Please wait before sending again in 52 seconds`; the document does not describe it. */
                description: string;
                /** @description Shown as `52` beside "… in 52 seconds"; read as seconds to wait (an inference, the document does not describe it). */
                remaining_time: number;
            };
        };
        LoginRefused: components["schemas"]["LoginRefusedResult"] | components["schemas"]["SecondFactorRequired"] | components["schemas"]["LoginInProcess"];
        /**
         * @description Status 500 result.
         * @enum {string}
         */
        ServerErrorResult: "internal server error";
        ServerError: {
            result: components["schemas"]["ServerErrorResult"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Player 2FA Auth token that was given when the Player turned on the 2FA requirement in the account page
                 *
                 *     Document disagreement: this header carries the token "given when the Player turned on the 2FA
                 *     requirement in the account page", while the 401 verification answers carry a `data.2fa_auth_token`
                 *     the document does not describe. Whether that token is the one to send back here, or how a
                 *     verification code is sent, the document does not say (an open question).
                 */
                "2fa-auth-token"?: string;
            };
            path: {
                /** @description The API version to use. */
                version: string;
                /**
                 * @description The ID of the casino. If a brand_id is not provided, all message formats will be fetched from default storage.
                 *
                 *     Document disagreement: the parameter table marks the path `brand_id` "true" under Required, yet its
                 *     description says "If a brand_id is not provided, all message formats will be fetched from default
                 *     storage." A path parameter cannot be left out of `/gateway/login/{version}/{brand_id}/player`, so it is
                 *     required here; the sentence may refer to the body's `brand_id`.
                 *
                 *     Document disagreement: the parameter table types the path `brand_id` as `int`, while the request
                 *     body shows a `brand_id` of type `"string"`.
                 */
                brand_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description The player is logged in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginSuccess"];
                };
            };
            /**
             * @description Status 303. The document's "Error Code Description" table gives the `result` values; its examples
             *     carry a `token` as the 200 answer carries `auth_token`.
             *
             *     Response notes:
             *     - documents_required indicates if the player must upload KYC documents now. when true,
             *       identification_token contains a UUID (otherwise empty string).
             *     - For INCOMPLETE_REGISTRATION and EMAIL_NOT_VERIFIED it’s always false because these occur
             *       before KYC is needed; a true value for them cannot occur logically.
             */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginActionRequired"];
                };
            };
            /** @description The input is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvalidInput"];
                };
            };
            /**
             * @description The login is refused (`result` says why), or the player must first pass a verification step
             *     (`status` says which).
             *
             *     Document disagreement: the `sms_verification_required` example carries the same heading as the
             *     `mobile_verification_required` one ("Player need to verify his mobile number").
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginRefused"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerError"];
                };
            };
        };
    };
}
