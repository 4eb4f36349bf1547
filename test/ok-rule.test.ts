/**
 * The one rule for `ok`, held for every provider: `ok` is true exactly when the app may proceed with what
 * it asked for, i.e. exactly when the answer's outcome is `"ok"`. Anything the user must act on first (a
 * second factor, terms, a pending workflow, limited access, a blocked country) is `ok: false`, whatever
 * the provider handed over with it.
 *
 * What the answer means is read from the spec, not from the clients: every code a documented example
 * carries in a field whose schema is a code schema, and the response's own `x-outcome`. Every documented
 * answer (each named example of each operation, served by Prism) is checked, and each example of
 * Betfair's interactive login redirect is parsed.
 */
import { parseInteractiveLoginRedirect } from "@operator-auth/betfair-sso/interactive";
import { describe, expect, inject, it } from "vitest";
import { codeSchemas } from "../scripts/generate/codes.js";
import { listSpecs, readSpec, specOperations, type Schema, type Spec } from "../scripts/generate/spec.js";
import type { CallResult } from "./flows/flows.js";
import { allFlows } from "./flows/index.js";
import { prismFetch } from "./prism.js";

interface MediaType {
  schema?: Schema;
  examples?: Record<string, { value: unknown }>;
}
type Responses = Record<string, { content?: Record<string, MediaType>; "x-outcome"?: string }>;

/** The code schemas a property draws its values from: its own `$ref` and those of its `anyOf`/`oneOf`/`allOf`. */
function codeSchemasOf(property: Schema | undefined, codeSchemaNames: ReadonlySet<string>): string[] {
  if (!property) return [];
  const refs = [property, ...(["anyOf", "oneOf", "allOf"] as const).flatMap((key) => (property[key] as Schema[] | undefined) ?? [])]
    .map((schema) => (typeof schema.$ref === "string" ? schema.$ref.replace("#/components/schemas/", "") : undefined))
    .filter((name): name is string => name !== undefined && codeSchemaNames.has(name));
  return [...new Set(refs)];
}

/** The object schemas a body may be: the schema itself, or each alternative of its `oneOf`. */
function bodySchemas(schema: Schema | undefined, spec: Spec): Schema[] {
  if (!schema) return [];
  if (typeof schema.$ref === "string") return bodySchemas(spec.components?.schemas?.[schema.$ref.replace("#/components/schemas/", "")], spec);
  const alternatives = (schema.oneOf as Schema[] | undefined) ?? [];
  return alternatives.length ? alternatives.flatMap((s) => bodySchemas(s, spec)) : [schema];
}

/** Every outcome the spec gives the codes an example carries, and the response's own `x-outcome`. */
function specOutcomes(spec: Spec, schema: Schema | undefined, value: unknown, responseOutcome?: string): string[] {
  const tables = codeSchemas(spec);
  const names = new Set(tables.keys());
  const found = responseOutcome ? [responseOutcome] : [];
  if (typeof value !== "object" || value === null) return found;
  for (const body of bodySchemas(schema, spec)) {
    for (const [field, property] of Object.entries((body.properties as Record<string, Schema> | undefined) ?? {})) {
      if (!Object.hasOwn(value, field)) continue;
      const code = String((value as Record<string, unknown>)[field]);
      for (const name of codeSchemasOf(property, names)) {
        const row = tables.get(name)!.rows.get(code);
        if (row) found.push(row.outcome);
      }
    }
  }
  return [...new Set(found)];
}

/** Success-like per the rule: every outcome the answer carries is `ok`, and a non-2xx answer carries at least one. */
const successLike = (status: number, outcomes: string[]) =>
  outcomes.every((outcome) => outcome === "ok") && (outcomes.length > 0 || (status >= 200 && status < 300));

interface DocumentedAnswer {
  provider: string;
  operationId: string;
  status: number;
  example: string;
  outcomes: string[];
}

function documentedAnswers(provider: string, specFile: string): DocumentedAnswer[] {
  const spec = readSpec(specFile);
  const answers: DocumentedAnswer[] = [];
  for (const { operation } of specOperations<{ operationId?: string; responses?: Responses }>(spec)) {
    if (!operation.operationId) continue;
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const media = Object.entries(response.content ?? {});
      // An HTML page is not an answer the typed calls return (Betfair's login page is only linked to).
      if (media.some(([type]) => type.startsWith("text/"))) continue;
      const base = { provider, operationId: operation.operationId, status: Number(status) };
      const examples = media.flatMap(([, m]) => Object.entries(m.examples ?? {}).map(([name, { value }]) => ({ name, value, schema: m.schema })));
      if (examples.length === 0) answers.push({ ...base, example: "", outcomes: specOutcomes(spec, undefined, undefined, response["x-outcome"]) });
      for (const { name, value, schema } of examples) {
        answers.push({ ...base, example: name, outcomes: specOutcomes(spec, schema, value, response["x-outcome"]) });
      }
    }
  }
  return answers;
}

const answers = listSpecs().flatMap(({ provider, specFile }) => documentedAnswers(provider, specFile));

describe("ok is true exactly when the app may proceed: every documented answer of every provider", () => {
  it("covers every provider, with answers on both sides of the rule", () => {
    expect(new Set(answers.map((a) => a.provider))).toEqual(new Set(allFlows.map((f) => f.provider)));
    expect(answers.some((a) => successLike(a.status, a.outcomes))).toBe(true);
    expect(answers.some((a) => !successLike(a.status, a.outcomes))).toBe(true);
  });

  it.each(answers)("$provider $operationId: HTTP $status, example $example", async ({ provider, operationId, status, example, outcomes }) => {
    const flows = allFlows.find((f) => f.provider === provider)!;
    const client = flows.connect(inject("prism")[provider]!, prismFetch({ code: status, example }));
    const result: CallResult = await flows.calls[operationId]!(client);
    const expected = successLike(status, outcomes);
    expect({ ok: result.ok, outcomeIsOk: result.outcome === "ok" }).toEqual({ ok: expected, outcomeIsOk: expected });
    if (!expected) expect(outcomes).toContain(result.outcome);
  });
});

describe("the same rule for Betfair's interactive login redirect", () => {
  const spec = readSpec(listSpecs().find((s) => s.provider === "betfair-sso")!.specFile) as Spec & {
    webhooks: Record<string, { post: { requestBody: { content: Record<string, MediaType> } } }>;
  };
  const media = spec.webhooks.interactiveLoginRedirect!.post.requestBody.content["application/x-www-form-urlencoded"]!;

  it.each(Object.entries(media.examples ?? {}))("example %s", (_name, { value }) => {
    const result = parseInteractiveLoginRedirect(new URLSearchParams(value as Record<string, string>));
    const outcomes = specOutcomes(spec, media.schema, value);
    const expected = successLike(200, outcomes);
    expect({ ok: result.ok, outcomeIsOk: result.outcome === "ok" }).toEqual({ ok: expected, outcomeIsOk: expected });
  });
});
