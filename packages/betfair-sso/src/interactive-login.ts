import { describeCode, invalidInput, isHeaderValue, requireOptions, type Descriptions } from "@operator-auth/core";
import { betfairFailure, type BetfairFailure, type BetfairUnknownFailure } from "./client.js";
import { InteractiveLoginErrorCode, type InteractiveLoginErrorCodeCodes } from "./generated/outcomes.js";
import { interactiveLoginPageOperation } from "./generated/operations.js";
import { identitySsoBaseUrl, requireJurisdiction, type BetfairJurisdiction } from "./options.js";

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
  const where = "interactiveLoginUrl";
  // Names checked too: a `Jurisdiction` left unread would send the user to the global page.
  const { appKey, redirectUrl } = requireOptions(options, where, ["appKey", "redirectUrl", "jurisdiction"]);
  if (typeof appKey !== "string" || appKey === "") throw invalidInput(where, "appKey", "must be a non-empty string");
  if (typeof redirectUrl !== "string" || !URL.canParse(redirectUrl)) throw invalidInput(where, "redirectUrl", "must be an absolute URL");
  const jurisdiction = requireJurisdiction(options.jurisdiction, where);
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

/** The fields the redirect may carry: the current revision's, then the older revision's. */
const currentFields = ["ssoid", "errorCode"] as const;
const olderFields = ["loginStatus", "productToken"] as const;
type RedirectField = (typeof currentFields)[number] | (typeof olderFields)[number];

/**
 * Reads the body the login page POSTs to the redirect URL. Both documented field sets are accepted,
 * each on its own and each whole, as both revisions say "The POST request body will contain two URL
 * encoded parameters": `ssoid` + `errorCode` (current revision; an empty `errorCode` beside an `ssoid` is
 * no error) and `loginStatus` + `productToken` (older revision; `loginStatus` is `SUCCESS` or the code).
 * The current revision posts "Once a login has been successfully made", yet gives `errorCode` as "the
 * reason for the login failure": a non-empty `errorCode` is read as a failure.
 *
 * It fails closed: a success needs exactly one session token from one whole field set, so a body that
 * could be read two ways, or lacks a field, is refused rather than guessed at. Fields other than these
 * four are ignored.
 *
 * @param body the raw form body (URL-encoded; its values are decoded here), a `URLSearchParams`, or an
 * object of fields a web framework already decoded (Express's `req.body`).
 * @param options `descriptions` to describe a failure's code; see `ParseInteractiveLoginRedirectOptions`.
 * @returns a failure whenever a non-empty `errorCode`, or a `loginStatus` other than `SUCCESS`, is present.
 * @throws OperatorAuthError kind `invalid-input` (naming the field, never its value) when the body has
 * neither field set, or one of them without its other field; when a field appears more than once (repeated in the form, or an array from a
 * framework) or holds something other than a string; when it mixes the two field sets; when
 * `loginStatus` is empty, or `SUCCESS` without a `productToken`; when the token could not be sent
 * as a header value (printable ASCII); and when `options` is not an object or misspells `descriptions`.
 */
export function parseInteractiveLoginRedirect(
  body: string | URLSearchParams | Readonly<Record<string, unknown>>,
  options: ParseInteractiveLoginRedirectOptions = {},
): InteractiveLoginRedirectResult {
  // Checked before the body, so that bad options are refused whatever the body says, not only on a failure.
  const { descriptions } = requireOptions(options, "parseInteractiveLoginRedirect", ["descriptions"]);
  const fields = readFields(body);
  const has = (name: RedirectField) => fields.has(name);
  const older = olderFields.some(has);
  if (older && currentFields.some(has)) throw refuse("body", "mixes ssoid/errorCode with loginStatus/productToken");
  if (!fields.size) throw refuse("body", "has neither ssoid/errorCode nor loginStatus/productToken");
  // Both parameters of the revision, as the documents say; either may be empty.
  for (const name of older ? olderFields : currentFields) if (!has(name)) throw refuse(name, "is missing");
  const status = fields.get(older ? "loginStatus" : "errorCode")!;
  if (older && !status) throw refuse("loginStatus", "is empty");
  if (older ? status !== "SUCCESS" : status) return betfairFailure(status, describeCode(status, [InteractiveLoginErrorCode], descriptions));
  const tokenField = older ? "productToken" : "ssoid";
  const token = fields.get(tokenField);
  if (!token) throw refuse(tokenField, "is empty");
  if (!isHeaderValue(token)) throw refuse(tokenField, "is not a token (printable ASCII)");
  return { ok: true, outcome: "ok", token };
}

const refuse = (field: string, problem: string) => invalidInput("parseInteractiveLoginRedirect", field, problem);

/** The four fields, each present at most once and as a string; anything else is refused. */
function readFields(body: unknown): Map<RedirectField, string> {
  const entries: Iterable<[string, unknown]> =
    typeof body === "string" ? new URLSearchParams(body) : body instanceof URLSearchParams ? body : ownEntries(body);
  const fields = new Map<RedirectField, string>();
  for (const [name, value] of entries) {
    if (!isRedirectField(name) || value === undefined) continue;
    if (fields.has(name) || Array.isArray(value)) throw refuse(name, "appears more than once");
    if (typeof value !== "string") throw refuse(name, "is not a string");
    fields.set(name, value);
  }
  return fields;
}

function ownEntries(body: unknown): [string, unknown][] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw refuse("body", "must be the form body as a string, URLSearchParams or an object of fields");
  }
  return Object.entries(body);
}

const isRedirectField = (name: string): name is RedirectField =>
  (currentFields as readonly string[]).includes(name) || (olderFields as readonly string[]).includes(name);
