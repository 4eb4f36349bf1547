/**
 * Defects this suite found in the clients, all fixed since. Each keeps its minimal test in
 * known-bugs.suite.ts as a regression test, so none can come back unnoticed.
 */
export interface KnownBug {
  title: string;
  /**
   * Where the defect lay when it was found: paths from the repository root and lines as they were then.
   * Several of those files have since been merged into the file of their concept (`login-result.ts` and
   * `country-block-result.ts` into `results.ts` or `client.ts`, core's `failure.ts` into `results.ts`).
   */
  where: string;
}

export const fixedDefects = {
  "posapi-deep-nesting": {
    title:
      "PosAPI login / loginWithPid: a 200 body nested a few thousand levels deep in any field throws RangeError " +
      "(Maximum call stack size exceeded), an untyped throw, instead of returning or throwing OperatorAuthError",
    where:
      "packages/posapi-auth/src/pos-date.ts withPosDates (recursive walk, lines 30-38), called from " +
      "packages/posapi-auth/src/login-result.ts toLoginResult (line 61) on the whole body",
  },
  "header-token-leak": {
    title:
      "Betfair keepAlive / logout / keepSessionAlive and the casino gateway's twoFactorToken: a token holding CR, LF or NUL " +
      "reaches fetch unchecked; undici's TypeError quotes the header value and becomes the `cause` of the OperatorAuthError, " +
      "so the token shows in error.cause.message and util.inspect(error)",
    where:
      "packages/betfair-sso/src/client.ts sessionCall (token checked only for non-empty, line 108; sent as X-Authentication, line 109); " +
      "packages/casino-gateway/src/client.ts login (2fa-auth-token, line 66; requireLoginInput checks only the type); " +
      "packages/core/src/transport.ts transportFailure (line 164) keeps the TypeError as cause",
  },
  "header-token-refusal": {
    title:
      "Same calls: a token that cannot travel unchanged as a header value is not refused with invalid-input. Surrounding " +
      "spaces are trimmed by fetch (another token arrives than the one given), and CR/LF/NUL or a character above U+00FF " +
      "fails as kind `network` (\"the request failed before an answer arrived\") although nothing was sent. PosAPI's " +
      "requireSession (isHeaderValue) shows the check the other two lack",
    where: "packages/betfair-sso/src/client.ts line 108; packages/casino-gateway/src/client.ts requireLoginInput",
  },
  "pass-through-types": {
    title:
      "Fields a result declares with a type are passed from the body unchecked: PosAPI failures' message/values, the " +
      "country block's message (built field by field, typed string) and values, the casino success's result (typed \"OK\") " +
      "and a 303's token. A malformed answer yields a result whose runtime shape contradicts its TypeScript type",
    where:
      "packages/posapi-auth/src/country-block-result.ts (values line 52, message line 62); packages/core/src/failure.ts " +
      "failure() spreads the body; packages/casino-gateway/src/login-result.ts lines 35-37 and the 303 case",
  },
  "error-body-json-string": {
    title:
      "A JSON string as the body of a documented non-2xx answer (e.g. 403 \"Forbidden\") fails as kind invalid-body " +
      "(\"a body that is not JSON\"), or html-body when the string starts with \"<\"; the same body on a 2xx fails as " +
      "unexpected-body (\"JSON that is not an object\"). openapi-fetch has already parsed a non-2xx body, so a parsed " +
      "string is taken for unparsed text",
    where: "packages/core/src/transport.ts readBody (lines 169-179)",
  },
} satisfies Record<string, KnownBug>;

export type KnownBugId = keyof typeof fixedDefects;
