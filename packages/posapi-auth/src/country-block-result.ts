import type { Descriptions, Failure, UnknownFailure } from "@operator-auth/core";
import { errorAnswer, type ErrorFields, type PosApiFailure } from "./error-answer.js";
import type { CheckCountryBlockResponse } from "./generated/operations.js";
import type { ErrorCodeCodes } from "./generated/outcomes.js";
import type { KeyValue } from "./key-value.js";

/** No country rule matches: HTTP 200; the app may proceed. */
export interface PosApiCountryNotBlocked {
  ok: true;
  status: 200;
  outcome: "ok";
  blocked: false;
}

/** What a matched country rule carries besides its code. */
interface CountryRule {
  blocked: true;
  /** The answer's own message, when it sent one. */
  message?: string;
  /** The rule's additional parameters as sent (`TargetUrl`, `SitecorePath`, …); `[]` when the answer has none. */
  values: KeyValue[];
  /** The `Value` of the `TargetUrl` key, when the rule gives a non-empty one. */
  targetUrl?: string;
}

/**
 * A country rule matched: HTTP 403 with its code (456, Blocked by country rule, outcome `location-blocked`)
 * and the rule's key-value list. Not `ok`, since a rule matched; the document says the rules provide
 * "country-specific actions, e.g. redirection to a targetUrl, displaying content", and which the app takes is its choice.
 */
export type PosApiCountryBlocked = Failure<403, ErrorCodeCodes, CountryRule> | UnknownFailure<403, number, CountryRule>;

export type PosApiCountryBlockResult = PosApiCountryNotBlocked | PosApiCountryBlocked | PosApiFailure<400>;

/**
 * Turns a documented answer of CheckCountryBlock into the result: 200 (no rule) is `ok`, 403 (a rule
 * matched) and 400 are not; codes are described from `descriptions` when given.
 */
export function toCountryBlockResult(
  response: CheckCountryBlockResponse,
  operation: string,
  descriptions?: Descriptions,
): PosApiCountryBlockResult {
  switch (response.status) {
    case 200:
      return { ok: true, status: 200, outcome: "ok", blocked: false };
    case 400:
      return errorAnswer(operation, 400, response.body, descriptions);
    case 403:
      return errorAnswer(operation, 403, response.body, descriptions, countryRule);
  }
}

/** The rule a 403 carries: its error fields, `values` always (`[]` when the answer has none), and the target URL. */
function countryRule({ message, values = [] }: ErrorFields): CountryRule {
  const targetUrl = values.find((entry) => entry.Key === "TargetUrl")?.Value;
  return Object.assign({ blocked: true as const }, message === undefined ? undefined : { message }, { values }, targetUrl ? { targetUrl } : undefined);
}
