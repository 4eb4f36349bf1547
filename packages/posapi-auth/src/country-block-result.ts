import { requireField, type Descriptions, type FailureOutcome } from "@operator-auth/core";
import { describeErrorCode, errorAnswer, errorFields, type PosApiErrorCode, type PosApiFailure } from "./error-answer.js";
import type { CheckCountryBlockResponse } from "./generated/operations.js";
import type { components } from "./generated/schema.js";

type KeyValue = components["schemas"]["KeyValue"];

/** No country rule matches: HTTP 200. */
export interface PosApiCountryNotBlocked {
  ok: true;
  status: 200;
  blocked: false;
}

/** A country rule matched: HTTP 403 with its code (456, Blocked by country rule) and the rule's key-value list. */
export interface PosApiCountryBlocked {
  ok: true;
  status: 403;
  blocked: true;
  code: PosApiErrorCode;
  /** The document's description of `code`, present when the client was given `descriptions`. */
  description?: string;
  outcome: FailureOutcome;
  /** The answer's own message, when it sent one. */
  message?: string;
  /** The rule's additional parameters as sent (`TargetUrl`, `SitecorePath`, …); `[]` when the answer has none. */
  values: KeyValue[];
  /** The `Value` of the `TargetUrl` key, when the rule gives a non-empty one. */
  targetUrl?: string;
}

export type PosApiCountryBlockResult = PosApiCountryNotBlocked | PosApiCountryBlocked | PosApiFailure<400>;

/**
 * Turns a documented answer of CheckCountryBlock into the result: 200 and 403 are answers to the question,
 * 400 a failure; codes are described from `descriptions` when given.
 */
export function toCountryBlockResult(
  response: CheckCountryBlockResponse,
  operation: string,
  descriptions?: Descriptions,
): PosApiCountryBlockResult {
  switch (response.status) {
    case 200:
      return { ok: true, status: 200, blocked: false };
    case 400:
      return errorAnswer(operation, 400, response.body, descriptions);
    case 403: {
      const { body } = response;
      const { value: code } = requireField(body, ["code"], "number", { operation, status: 403 });
      const { message, values = [] } = errorFields(body);
      const { description, outcome } = describeErrorCode(code, 403, message, descriptions);
      const targetUrl = values.find((entry) => entry?.Key === "TargetUrl")?.Value;
      return {
        ok: true,
        status: 403,
        blocked: true,
        code,
        ...(description === undefined ? {} : { description }),
        // A rule match is never a success of the customer's request; a table saying "ok" would be a spec error.
        outcome: outcome === "ok" ? "unknown" : outcome,
        ...(message === undefined ? {} : { message }),
        values,
        ...(typeof targetUrl === "string" && targetUrl !== "" ? { targetUrl } : {}),
      };
    }
  }
}
