/** The casino gateway client: a login's input, the call, and how each documented answer becomes its result. */
import {
  anyString,
  connect,
  createTransport,
  describer,
  documentedFields,
  failure,
  invalidInput,
  nonEmptyString,
  readField,
  readInput,
  refuseInput,
  required,
  requireField,
  type CallOptions,
  type Describe,
  type EffectiveOptions,
  type Failure,
  type Route,
  type Success,
  type UnknownFailure,
} from "@operator-auth/core";
import { login, loginBodyFields, loginOperation, type LoginResponse } from "./generated/operations.js";
import {
  ActionRequiredResult,
  LoginInProcessStatus,
  RefusedResult,
  SecondFactorStatus,
  ServerErrorResult,
  type ActionRequiredResultCodes,
  type LoginInProcessStatusCodes,
  type RefusedResultCodes,
  type SecondFactorStatusCodes,
  type ServerErrorResultCodes,
} from "./generated/outcomes.js";
import type { components } from "./generated/schema.js";
import { casinoGatewayOptionNames, gatewayRoute, type CasinoGatewayClientOptions } from "./options.js";

export type { CasinoGatewayClientOptions } from "./options.js";

/**
 * The login body under its wire names. The document marks `user_name` and `email` not required ("if not sent,
 * email will be used"); sending neither is refused, this client's own rule: the document does not say what
 * the gateway answers then.
 */
export interface CasinoLoginInput {
  user_name?: string;
  email?: string;
  password: string;
  /** The player's language; also the language of the mails the player receives. */
  language: string;
  /** The casino's id as the request body shows it. Default: not sent. */
  brand_id?: string;
  /**
   * Sent as the `2fa-auth-token` header, which the gateway's document describes as the "Player 2FA Auth token
   * that was given when the Player turned on the 2FA requirement in the account page". The document does not
   * say whether the `data["2fa_auth_token"]` of a `mobile_verification_required` or `sms_verification_required`
   * answer is that token. Default: not sent.
   */
  twoFactorToken?: string;
}

export interface CasinoGatewayClient {
  /**
   * Logs a player in. Every documented answer is returned (a 303 or 401 included); anything else
   * throws `OperatorAuthError`. Never retried. A 303 is the gateway's documented "Status 303" answer: the
   * client reads its JSON body as the result and never follows a redirect. A browser's `fetch` hides a
   * 3xx from scripts, so there a 303 throws kind `opaque-redirect` (log in through the app's server).
   */
  login(input: CasinoLoginInput, options?: CallOptions): Promise<CasinoLoginResult>;
  /** The options the client sends with (base URL, timeouts), defaults filled in, for logging. */
  readonly options: EffectiveOptions;
}

export function createCasinoGatewayClient(options: CasinoGatewayClientOptions): CasinoGatewayClient {
  const transport = connect("createCasinoGatewayClient", options, casinoGatewayOptionNames, createTransport, loginRoute);
  const { version, brandId } = options;
  const describe = describer(options.descriptions);

  return {
    async login(input, callOptions) {
      const body = readInput<Omit<CasinoLoginInput, "twoFactorToken">>("login", input, bodyRules);
      // Sent as a header, not in the body.
      const twoFactorToken = readField("login", "twoFactorToken", input.twoFactorToken, anyString) as string | undefined;
      if (!body.user_name && !body.email) throw refuseInput("login", "send user_name or email");
      const response = await login(
        transport,
        {
          params: {
            path: { version, brand_id: brandId },
            header: twoFactorToken === undefined ? undefined : { "2fa-auth-token": twoFactorToken },
          },
          body,
        },
        callOptions,
      );
      return toLoginResult(response, describe);
    },
    options: transport.options,
  };
}

/** The gateway's route, with the login path's `version` and `brandId` checked first. */
function loginRoute(options: CasinoGatewayClientOptions, where: string): Route {
  const { version, brandId } = options;
  if (typeof version !== "string" || version === "" || version === "." || version === "..") {
    throw invalidInput(where, "version", 'must be a non-empty string other than "." and ".."');
  }
  if (!Number.isSafeInteger(brandId)) throw invalidInput(where, "brandId", "must be an integer");
  return gatewayRoute(options);
}

/** Only the body fields the gateway documents travel, in its order; one left undefined is not sent. */
const bodyRules = {
  user_name: anyString,
  email: anyString,
  password: /* @__PURE__ */ required(anyString),
  language: /* @__PURE__ */ required(nonEmptyString),
  brand_id: anyString,
};

type Schemas = components["schemas"];

/** A 200: the player is logged in. `result` is `OK` in the documents; another value is kept as sent. */
export type CasinoLoginSuccess = Success<200, Omit<Schemas["LoginSuccess"], "result"> & { result: Schemas["SuccessResult"] | (string & {}) }>;

/** The 401 fields a code the documents do not list may come with: those of every documented 401 body. */
type Undocumented401Body = Partial<Omit<Schemas["LoginRefusedResult"], "result">> & {
  data?: Schemas["SecondFactorRequired"]["data"] | Schemas["LoginInProcess"]["data"];
};

/**
 * Every documented answer but a 200, one branch per code: a 303 (the document's "Status 303" codes, with a
 * `token`; whether the player is logged in it does not say), a 400 (`errMsg`, no code), a 401 (a refusal, a verification step with `data`,
 * or a wait) and a 500. A code the documents do not list has its own `unknown` branch per status.
 */
export type CasinoLoginFailure =
  | Failure<303, ActionRequiredResultCodes, Schemas["LoginActionRequired"]>
  | UnknownFailure<303, string, Schemas["LoginActionRequired"]>
  | Failure<400, { code: null; outcome: (typeof loginOperation)["responses"]["400"]["outcome"] }, Schemas["InvalidInput"]>
  | Failure<401, RefusedResultCodes, Schemas["LoginRefusedResult"]>
  | Failure<401, SecondFactorStatusCodes, Schemas["SecondFactorRequired"]>
  | Failure<401, LoginInProcessStatusCodes, Schemas["LoginInProcess"]>
  | UnknownFailure<401, string, Undocumented401Body>
  | Failure<500, ServerErrorResultCodes, Schemas["ServerError"]>
  | UnknownFailure<500, string, Schemas["ServerError"]>;

export type CasinoLoginResult = CasinoLoginSuccess | CasinoLoginFailure;

/**
 * Turns a documented answer into the result: 200 is a success, every other documented status a
 * failure, described by the client's `describe`. A result carries the status's documented fields
 * alone.
 */
export function toLoginResult(response: LoginResponse, describe: Describe): CasinoLoginResult {
  const answer = { operation: loginOperation.id, status: response.status };
  const fields = documentedFields(response.body, loginBodyFields[response.status]);
  switch (response.status) {
    case 200:
      requireField(response.body, ["auth_token"], "string", answer);
      requireField(response.body, ["result"], "string", answer);
      return Object.assign({}, fields as Schemas["LoginSuccess"], { ok: true, status: 200, outcome: "ok" } as const);
    case 303: {
      requireField(response.body, ["token"], "string", answer);
      const { value: code } = requireField(response.body, ["result"], "string", answer);
      return failure(303, code, fields, describe(code, [ActionRequiredResult]));
    }
    case 400: {
      // The 400 body has no code, only the gateway's message, which is the best description there is.
      const { value: errMsg } = requireField(response.body, ["errMsg"], "string", answer);
      return failure(400, null, fields, { description: errMsg, outcome: loginOperation.responses[400].outcome });
    }
    case 401: {
      // A refusal carries `result`; a verification step or a wait carries `status`.
      const { value: code } = requireField(response.body, ["result", "status"], "string", answer);
      return failure(401, code, fields, describe(code, [RefusedResult, SecondFactorStatus, LoginInProcessStatus]));
    }
    case 500: {
      const { value: code } = requireField(response.body, ["result"], "string", answer);
      return failure(500, code, fields, describe(code, [ServerErrorResult]));
    }
  }
}
