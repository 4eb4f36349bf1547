/**
 * packages/testing/src/generated/<provider>.ts: per operation, what a request must carry and every
 * documented answer keyed by name, each code pointing at the answer that carries it, and the default
 * (documented success).
 */
import { exemplifiedCodes, operationAnswers, type KitAnswer, type Responses } from "./kit-answers.js";
import { schemaValidator } from "./kit-examples.js";
import { requestRules } from "./kit-requests.js";
import { propertyKey, specOperations, type Operation, type Spec } from "./spec.js";

type FullOperation = Operation & { parameters?: never[]; security?: Record<string, unknown>[]; responses?: Responses };

const operationsOf = (spec: Spec) => specOperations<FullOperation>(spec).filter(({ operation }) => operation.operationId);

export function renderKit(spec: Spec, provider: string): string {
  const validates = schemaValidator(spec);
  const operations = operationsOf(spec);
  const exemplified = exemplifiedCodes(spec, operations.map((o) => o.operation.responses ?? {}), validates);
  const out = ['import type { ProviderKit } from "../kit.js";', "", `/** Every documented answer of the ${provider} spec, and what each request must carry. */`];
  out.push("export const kit = {", `  provider: ${JSON.stringify(provider)},`, "  operations: {");
  for (const { path, method, operation, pathParameters } of operations) {
    const responses = operation.responses ?? {};
    const { answers, outcomes } = operationAnswers(spec, responses, exemplified, validates);
    const success = answers.find((a) => a.status >= 200 && a.status < 300);
    if (!success) throw new Error(`${operation.operationId}: no documented success answer to serve by default`);
    // A code names the answer made for it (PosAPI workflow 1) before an answer that merely carries it (player category 1).
    const codes: Record<string, { answer: string; outcome: string }> = {};
    for (const answer of answers.filter((a) => a.fromShape)) codes[answer.name.replace(/^.*=/, "")] = { answer: answer.name, outcome: outcomes[answer.name.replace(/^.*=/, "")]! };
    for (const answer of answers) {
      for (const code of answer.codes) codes[code] ??= { answer: answer.name, outcome: outcomes[code]! };
    }
    const request = requestRules(spec as never, method, path, pathParameters as never, operation as never);
    const entry = {
      request,
      defaultAnswer: success.name,
      answers: Object.fromEntries(answers.map(({ name, ...answer }) => [name, answer])),
      codes,
    };
    out.push(`    ${propertyKey(operation.operationId!)}: ${JSON.stringify(entry)},`);
  }
  out.push("  },", "} as const satisfies ProviderKit;", "");
  return out.join("\n");
}
