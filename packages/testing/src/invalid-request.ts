/**
 * The answer to a request that breaks the spec. A documented answer only where the documents tie one
 * to what is wrong; for anything else the kit's own answer, labelled as such, never a documented code
 * served for a reason the documents do not give it.
 */
import type { KitResponse } from "./answer-request.js";
import type { KitOperation } from "./kit.js";

/**
 * Per provider, what is wrong (`*` for anything) → the code or example name the documents give for it.
 * - Betfair's `INPUT_VALIDATION_ERROR` says the request's input failed validation; the documents list
 *   no checks, so using it for every broken request is an inference from its name.
 * - PosAPI's `102` "Invalid country" answers a CheckCountryBlock without a usable `countryId`.
 * - The casino gateway's 400 "invalid input - invalid brand id" answers a brand id that is not one.
 */
const documentedFor: Record<string, Record<string, string>> = {
  "betfair-sso": { "*": "INPUT_VALIDATION_ERROR" },
  "posapi-auth": { "query countryId": "102" },
  "casino-gateway": { "path brand_id": "invalidBrandId" },
};

/** Marks every answer the documents do not give: its value says why the kit answered so. */
export const kitHeader = "x-operator-auth-kit";

/** The documented answer's name for these problems, when every one of them has the same. */
export function documentedInvalidAnswer(provider: string, operation: KitOperation, subjects: readonly string[]): string | undefined {
  const table = documentedFor[provider] ?? {};
  const names = subjects.map((subject) => {
    const choice = table[subject] ?? table["*"];
    if (choice === undefined) return undefined;
    return Object.hasOwn(operation.answers, choice) ? choice : operation.codes[choice]?.answer;
  });
  return names.length > 0 && names.every((name) => name !== undefined && name === names[0]) ? names[0] : undefined;
}

/** The kit's own answer to a request that breaks the spec where the documents give none. */
export function kitInvalidAnswer(provider: string, problems: readonly string[]): KitResponse {
  return {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8", [kitHeader]: "invalid-request" },
    body:
      `operator-auth testing kit, not a ${provider} answer: the request breaks the spec (${problems.join("; ")}), ` +
      `and the documents give no answer for that.`,
  };
}
