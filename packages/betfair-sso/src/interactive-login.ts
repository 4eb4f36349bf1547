import { describeCode, OperatorAuthError, type Descriptions } from "@operator-auth/core";
import { betfairFailure, type BetfairFailure, type BetfairUnknownFailure } from "./betfair-failure.js";
import { InteractiveLoginErrorCode, type InteractiveLoginErrorCodeCodes } from "./generated/outcomes.js";
import { interactiveLoginPageOperation } from "./generated/operations.js";
import { identitySsoBaseUrl, requireJurisdiction, type BetfairJurisdiction } from "./jurisdictions.js";

export interface InteractiveLoginUrlOptions {
  /** Your application key, sent as the page's `product` parameter. */
  appKey: string;
  /**
   * Where the page POSTs the login result (its `url` parameter). By default Betfair allows only
   * `https://www.betfair.com`; other URLs need Betfair's agreement.
   */
  redirectUrl: string;
  /** Whose login page to show. Default: `"global"`. */
  jurisdiction?: BetfairJurisdiction;
}

/** The embedded login page for the jurisdiction: `https://<host>/view/login?product=<appKey>&url=<redirectUrl>`. */
export function interactiveLoginUrl(options: InteractiveLoginUrlOptions): string {
  const problem = (message: string) => new OperatorAuthError("invalid-input", `interactiveLoginUrl: ${message}`);
  if (typeof options !== "object" || options === null) throw problem("expects an object.");
  const { appKey, redirectUrl } = options;
  if (typeof appKey !== "string" || appKey === "") throw problem("appKey must be a non-empty string.");
  if (typeof redirectUrl !== "string" || !URL.canParse(redirectUrl)) throw problem("redirectUrl must be an absolute URL.");
  const jurisdiction = requireJurisdiction(options.jurisdiction, "interactiveLoginUrl");
  const url = new URL(interactiveLoginPageOperation.path, identitySsoBaseUrl(jurisdiction));
  url.searchParams.set("product", appKey);
  url.searchParams.set("url", redirectUrl);
  return url.href;
}

export interface InteractiveLoginSuccess {
  ok: true;
  outcome: "ok";
  /** The session token (`ssoid`, or `productToken` in the older revision). */
  token: string;
}

/** The login failed: `code` is the `errorCode` (or the older revision's `loginStatus`), verbatim. */
export type InteractiveLoginFailure = BetfairFailure<InteractiveLoginErrorCodeCodes> | BetfairUnknownFailure;

export type InteractiveLoginRedirectResult = InteractiveLoginSuccess | InteractiveLoginFailure;

export interface ParseInteractiveLoginRedirectOptions {
  /**
   * The documents' description of every code, added to a failure as `description`. Default: none —
   * failures then carry no `description`; pass `codeTables` from `@operator-auth/betfair-sso/codes`.
   */
  descriptions?: Descriptions;
}

/**
 * Reads the body the login page POSTs to the redirect URL. Both documented field sets are accepted:
 * `ssoid` + `errorCode` (current revision) and `loginStatus` + `productToken` (older revision).
 *
 * @param body the raw form body (URL-encoded; its values are decoded here), a `URLSearchParams`, or an
 * object of fields a web framework already decoded.
 * @param options `descriptions` to describe a failure's code; see `ParseInteractiveLoginRedirectOptions`.
 * @throws OperatorAuthError kind `invalid-input` when the body has neither field set.
 */
export function parseInteractiveLoginRedirect(
  body: string | URLSearchParams | Record<string, string>,
  options: ParseInteractiveLoginRedirectOptions = {},
): InteractiveLoginRedirectResult {
  const problem = (message: string) => new OperatorAuthError("invalid-input", `parseInteractiveLoginRedirect: ${message}`);
  const fields = toFields(body, problem);
  const field = (name: string) => fields.get(name) ?? "";
  const errorCode = field("errorCode") || (field("loginStatus") !== "SUCCESS" ? field("loginStatus") : "");
  if (errorCode) return betfairFailure(errorCode, describeCode(errorCode, [InteractiveLoginErrorCode], options.descriptions));
  const token = field("ssoid") || field("productToken");
  if (token) return { ok: true, outcome: "ok", token };
  if (field("loginStatus") === "SUCCESS") throw problem("loginStatus is SUCCESS but productToken is missing or empty.");
  throw problem("the body has neither ssoid/errorCode nor loginStatus/productToken.");
}

function toFields(body: unknown, problem: (message: string) => Error): URLSearchParams {
  if (body instanceof URLSearchParams) return body;
  if (typeof body === "string") return new URLSearchParams(body);
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    const entries = Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === "string");
    return new URLSearchParams(entries);
  }
  throw problem("expects the form body as a string, URLSearchParams or an object of fields.");
}
