/**
 * Every (operation, status, named example) of a spec, read from the spec itself, so that a new
 * example becomes a new contract test without anyone writing it.
 */
import { codeSchemas, type CodeRow } from "../scripts/generate/codes.js";
import { readSpec, specOperations, type Operation } from "../scripts/generate/spec.js";

export interface ContractCase {
  operationId: string;
  status: number;
  example: string;
  value: Record<string, unknown>;
  /** The response's own outcome (`x-outcome`), for a status whose body carries no code. */
  outcome?: string;
}

type ResponseObject = {
  content?: Record<string, { examples?: Record<string, { value: unknown }> }>;
  "x-outcome"?: string;
};

export function contractCases(specFile: string): ContractCase[] {
  const spec = readSpec(specFile);
  const cases: ContractCase[] = [];
  for (const { operation } of specOperations<Operation & { responses?: Record<string, ResponseObject> }>(spec)) {
    if (!operation.operationId) continue;
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const media = Object.values(response.content ?? {});
      const examples = media.flatMap((m) => Object.entries(m.examples ?? {}));
      const base = { operationId: operation.operationId, status: Number(status), outcome: response["x-outcome"] };
      for (const [example, { value }] of examples) cases.push({ ...base, example, value: value as Record<string, unknown> });
      if (examples.length === 0) cases.push({ ...base, example: "", value: {} });
    }
  }
  return cases;
}

/** Every code of every code schema in the spec, keyed by the code, as the spec (not the client) says. */
export function specCodes(specFile: string): Map<string, CodeRow[]> {
  const codes = new Map<string, CodeRow[]>();
  for (const { rows } of codeSchemas(readSpec(specFile)).values()) {
    for (const [code, row] of rows) codes.set(code, [...(codes.get(code) ?? []), row]);
  }
  return codes;
}
