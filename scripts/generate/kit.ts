/**
 * packages/testing/src/generated/<provider>.ts: per operation, what a request must carry and every
 * documented answer keyed by name, each code pointing at the answer that carries it, the default
 * (documented success) and the answer to a request that breaks the spec (the documented
 * invalid-input answer).
 */
import { codeSchemas } from "./codes.js";
import { exemplifiedCodes, operationAnswers, type KitAnswer, type Responses } from "./kit-answers.js";
import { schemaValidator } from "./kit-examples.js";
import { requestRules } from "./kit-requests.js";
import { httpMethods, propertyKey, type Operation, type Spec } from "./spec.js";

type FullOperation = Operation & { parameters?: never[]; security?: Record<string, unknown>[]; responses?: Responses };

function operationsOf(spec: Spec) {
  const found: { path: string; method: string; operation: FullOperation; pathParameters: never[] | undefined }[] = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = item[method] as FullOperation | undefined;
      if (operation?.operationId) found.push({ path, method, operation, pathParameters: item.parameters as never[] | undefined });
    }
  }
  return found;
}

/**
 * The answer to a request that breaks the spec: the first `invalid-request` answer (by a code's or the
 * response's `x-outcome`) with HTTP 400, else the first HTTP 400 answer, else the first
 * `invalid-request` answer of any status.
 */
function invalidInputAnswer(answers: KitAnswer[], outcomes: Record<string, string>, responses: Responses): string | undefined {
  const invalid = (a: KitAnswer) =>
    a.codes.some((code) => outcomes[code] === "invalid-request") || responses[String(a.status)]?.["x-outcome"] === "invalid-request";
  return (answers.find((a) => a.status === 400 && invalid(a)) ?? answers.find((a) => a.status === 400) ?? answers.find(invalid))?.name;
}

const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/**
 * For each required header, the 4xx answer whose code the spec describes as that header missing: a
 * description with "missing" whose other words (of four letters or more) are most often part of the
 * header's name (PosAPI's `205` "Missing session token" for `x-bwin-session-token`).
 */
function missingHeaderAnswers(headers: readonly string[], answers: KitAnswer[], descriptions: Map<string, string>): Record<string, string> {
  const found: Record<string, string> = {};
  for (const header of headers) {
    let best: { name: string; score: number } | undefined;
    for (const answer of answers.filter((a) => a.status >= 400 && a.status < 500)) {
      for (const code of answer.codes) {
        const described = words(descriptions.get(code) ?? "");
        if (!described.includes("missing")) continue;
        const score = described.filter((word) => word !== "missing" && word.length >= 4 && header.includes(word)).length;
        if (score > (best?.score ?? 0)) best = { name: answer.name, score };
      }
    }
    if (best) found[header] = best.name;
  }
  return found;
}

export function renderKit(spec: Spec, provider: string): string {
  const validates = schemaValidator(spec);
  const operations = operationsOf(spec);
  const descriptions = new Map([...codeSchemas(spec).values()].flatMap(({ rows }) => [...rows].map(([code, row]) => [code, row.description] as const)));
  const exemplified = exemplifiedCodes(spec, operations.map((o) => o.operation.responses ?? {}), validates);
  const out = ['import type { ProviderKit } from "../kit.js";', "", `/** Every documented answer of the ${provider} spec, and what each request must carry. */`];
  out.push("export const kit = {", `  provider: ${JSON.stringify(provider)},`, "  operations: {");
  for (const { path, method, operation, pathParameters } of operations) {
    const responses = operation.responses ?? {};
    const { answers, outcomes } = operationAnswers(spec, responses, exemplified, validates);
    const success = answers.find((a) => a.status >= 200 && a.status < 300);
    if (!success) throw new Error(`${operation.operationId}: no documented success answer to serve by default`);
    const codes: Record<string, { answer: string; outcome: string }> = {};
    for (const answer of answers) {
      for (const code of answer.codes) codes[code] ??= { answer: answer.name, outcome: outcomes[code]! };
    }
    const invalid = invalidInputAnswer(answers, outcomes, responses);
    const request = requestRules(spec as never, method, path, pathParameters, operation as never);
    const entry = {
      request,
      defaultAnswer: success.name,
      ...(invalid ? { invalidInputAnswer: invalid } : {}),
      missingHeaderAnswers: missingHeaderAnswers(request.requiredHeaders, answers, descriptions),
      answers: Object.fromEntries(answers.map(({ name, ...answer }) => [name, answer])),
      codes,
    };
    out.push(`    ${propertyKey(operation.operationId!)}: ${JSON.stringify(entry)},`);
  }
  out.push("  },", "} as const satisfies ProviderKit;", "");
  return out.join("\n");
}
