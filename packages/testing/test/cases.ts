/** Every documented answer of every operation of every spec, with the flows that call it through its client. */
import { contractCases } from "../../../test/contract-cases.js";
import { allFlows } from "../../../test/flows/index.js";
import type { CallResult, ProviderFlows } from "../../../test/flows/flows.js";
import { specFile } from "../../../test/paths.js";
import { schemaValidator, type Schema } from "../../../scripts/generate/kit-examples.js";
import { readSpec, type Spec } from "../../../scripts/generate/spec.js";
import { kits, type Provider } from "../src/providers.js";
import type { KitAnswer } from "../src/kit.js";

export interface AnswerCase {
  provider: Provider;
  operationId: string;
  name: string;
  answer: KitAnswer;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  flows: ProviderFlows<any>;
}

export const answerCases: AnswerCase[] = Object.values(kits).flatMap((kit) =>
  Object.entries(kit.operations).flatMap(([operationId, operation]) =>
    Object.entries(operation.answers as Record<string, KitAnswer>).map(([name, answer]) => ({
      provider: kit.provider,
      operationId,
      name,
      answer,
      flows: allFlows.find((flows) => flows.provider === kit.provider)!,
    })),
  ),
);

/**
 * The spec's own list of (operation, status, example), as the clients' contract tests read it, split
 * by whether the example validates against its schema (the kit serves only those that do).
 */
export function contractCaseKeys(provider: Provider): { valid: string[]; invalid: string[] } {
  const spec = readSpec(specFile(provider)) as Spec & { paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>> };
  const validates = schemaValidator(spec);
  const schemaOf = (operationId: string, status: number) =>
    Object.values(spec.paths)
      .flatMap((item) => Object.values(item))
      .find((operation) => operation.operationId === operationId)
      ?.responses?.[status]?.content;
  const keys = { valid: [] as string[], invalid: [] as string[] };
  for (const c of contractCases(specFile(provider))) {
    const media = Object.values(schemaOf(c.operationId, c.status) ?? {})[0];
    const ok = !c.example || validates(media?.schema, c.value);
    keys[ok ? "valid" : "invalid"].push(`${c.operationId} ${c.status} ${c.example || c.status}`);
  }
  return keys;
}

/** A result with what depends on the clock (a PosAPI session's expiry, counted from the call) left out. */
export function stable(result: CallResult): unknown {
  return JSON.parse(JSON.stringify(result, (key, value: unknown) => (key.endsWith("ExpiresAt") ? "(from the clock)" : value)));
}

/** The value of a made-up answer's code as its body carries it (a number for PosAPI). */
export function codeInBody(answer: KitAnswer, code: string): unknown {
  return Object.values(answer.body as Record<string, unknown>).find((value) => String(value) === code);
}
