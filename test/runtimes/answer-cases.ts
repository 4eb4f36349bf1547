/** The matrix's cases, read from the specs (in Node.js, at bundle time): every example of every documented status of each operation a client calls. */
import { contractCases } from "../contract-cases.js";
import { specFile } from "../paths.js";
import type { AnswerCase } from "./cases.js";

/** The Betfair login page is shown in a browser, not called by a client: the raw client test covers it. */
const notCalled = new Set(["betfair-sso interactiveLoginPage"]);

export function answerCases(): AnswerCase[] {
  return ["betfair-sso", "posapi-auth", "casino-gateway"].flatMap((provider) => {
    return contractCases(specFile(provider)).flatMap(({ operationId, status, example }) =>
      notCalled.has(`${provider} ${operationId}`) ? [] : [{ provider, operationId, status, example }],
    );
  });
}
