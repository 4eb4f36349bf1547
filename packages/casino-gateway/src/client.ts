import {
  anyString,
  connect,
  createTransport,
  describer,
  invalidInput,
  nonEmptyString,
  readField,
  readInput,
  refuseInput,
  required,
  type CallOptions,
  type EffectiveOptions,
  type Route,
} from "@operator-auth/core";
import { casinoGatewayOptionNames, gatewayRoute, type CasinoGatewayClientOptions } from "./options.js";
import { login } from "./generated/operations.js";
import { toLoginResult, type CasinoLoginResult } from "./login-result.js";

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
  const describe = describer(options.descriptions);
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
