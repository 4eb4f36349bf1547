import { describe, expect, inject, it } from "vitest";
import { codeSchemas, type CodeRow } from "../../../scripts/generate/codes.js";
import { readSpec } from "../../../scripts/generate/spec.js";
import { contractCases } from "../../../test/contract-cases.js";
import { betfairSsoFlows } from "../../../test/flows/betfair-sso.js";
import { specFile } from "../../../test/paths.js";
import { prismFetch } from "../../../test/prism.js";
import { codeTables } from "../src/codes.js";
import { interactiveLoginUrl, parseInteractiveLoginRedirect } from "../src/interactive.js";

const spec = specFile("betfair-sso");
const cases = contractCases(spec);

type SchemaRef = { $ref?: string; anyOf?: SchemaRef[]; oneOf?: SchemaRef[]; properties?: Record<string, SchemaRef> };
type Examples = Record<string, { value: Record<string, string> }>;
const document = readSpec(spec) as {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, { content?: Record<string, { schema?: SchemaRef }> }> }>>;
  components: { schemas: Record<string, SchemaRef> };
  webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: SchemaRef; examples: Examples }> } } }>;
};
const tables = codeSchemas(document);
const refName = (schema: SchemaRef) => schema.$ref?.replace("#/components/schemas/", "");

/** The code tables a body field draws its values from, as the spec references them. */
function fieldTables(schemaName: string, field: string): Map<string, CodeRow>[] {
  const property = document.components.schemas[schemaName]?.properties?.[field];
  expect(property, `${schemaName}.${field} is in the spec`).toBeDefined();
  const refs = [property!, ...(property!.anyOf ?? [])].map(refName).filter((name) => name !== undefined);
  return refs.flatMap((name) => (tables.has(name) ? [tables.get(name)!.rows] : []));
}

/** What the spec says of a code in the tables of a field; the first table that lists it wins. */
function documented(code: string, schemaName: string, field: string): CodeRow {
  const row = fieldTables(schemaName, field)
    .map((rows) => rows.get(code))
    .find((found) => found !== undefined);
  expect(row, `${code} is in a code table of ${schemaName}.${field}`).toBeDefined();
  return row!;
}

/** The description a result carries for a code: none when the documents list the code without describing it. */
const described = (row: CodeRow) => (row.description ? { description: row.description } : {});

function responseSchema(operationId: string, status: number): string {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId !== operationId) continue;
      const name = refName(operation.responses?.[status]?.content?.["application/json"]?.schema ?? {});
      if (name) return name;
    }
  }
  throw new Error(`${operationId} ${status} has no JSON schema`);
}

/** Where each operation's answer keeps Betfair's status, the reason of a failure and the session token. */
const fields: Record<string, { status: string; error?: string; token: string }> = {
  login: { status: "status", error: "error", token: "token" },
  keepAlive: { status: "status", error: "error", token: "token" },
  logout: { status: "status", error: "error", token: "token" },
  certLogin: { status: "loginStatus", token: "sessionToken" },
};

it("covers every documented operation", () => {
  expect(new Set(cases.map((c) => c.operationId))).toEqual(new Set([...Object.keys(fields), "interactiveLoginPage"]));
  expect(new Set(Object.keys(betfairSsoFlows.calls))).toEqual(new Set(cases.map((c) => c.operationId)));
});

const jsonCases = cases.filter((c) => c.operationId in fields);


it.each(jsonCases)("$operationId: HTTP $status, example $example", async ({ operationId, status, example, value }) => {
  const client = betfairSsoFlows.connect(inject("prism")["betfair-sso"]!, prismFetch({ code: status, example }));
  const result = await betfairSsoFlows.calls[operationId]!(client);
  const schema = responseSchema(operationId, status);
  const at = fields[operationId]!;
  const betfairStatus = value[at.status] as string;
  const error = at.error ? (value[at.error] as string) : "";

  // ok exactly when the spec gives the status the outcome `ok`; a status that provides a session with
  // limits (LIMITED_ACCESS) is not ok, and still carries the session.
  const statusRow = documented(betfairStatus, schema, at.status);
  expect(result).toMatchObject({ ok: statusRow.outcome === "ok", status: betfairStatus });
  if (result.ok) {
    expect(result).toEqual({ ok: true, status: betfairStatus, outcome: "ok", token: value[at.token] });
    return;
  }
  const row = error ? documented(error, schema, at.error!) : statusRow;
  const session = statusRow.sessionProvided ? { token: value[at.token] } : {};
  expect(result).toEqual({ ok: false, status: betfairStatus, code: error || betfairStatus, ...described(row), outcome: row.outcome, ...session });
});

describe("interactiveLoginPage", () => {
  // The page is HTML shown in a browser; the client builds its URL, and the mock checks that URL's query against the spec.
  const [page] = cases.filter((c) => c.operationId === "interactiveLoginPage");

  it("is one documented HTML answer", () => {
    expect(page).toMatchObject({ status: 200, example: "loginPage" });
  });

  it("the URL interactiveLoginUrl builds is accepted by the mock", async () => {
    const client = betfairSsoFlows.connect(inject("prism")["betfair-sso"]!, prismFetch({ code: page!.status, example: page!.example }));
    expect(await betfairSsoFlows.calls.interactiveLoginPage!(client)).toEqual({ ok: true, status: 200 });
    const url = new URL(interactiveLoginUrl({ appKey: "IhDSui3ODdsdwo", redirectUrl: "https://www.betfair.com" }));
    expect(url.pathname).toBe(Object.keys(document.paths).find((path) => document.paths[path]!.get?.operationId === "interactiveLoginPage"));
  });
});

describe("interactiveLoginRedirect webhook: every named example", () => {
  const body = document.webhooks.interactiveLoginRedirect!.post.requestBody.content["application/x-www-form-urlencoded"]!;
  const examples = Object.entries(body.examples);
  const variants = (body.schema.oneOf ?? []).map(refName) as string[];

  it("has examples of both revisions, success and failure", () => {
    expect(examples.map(([name]) => name).sort()).toEqual(["currentFailure", "currentSuccess", "legacyFailure", "legacySuccess"]);
    expect(variants).toEqual(["InteractiveRedirectCurrent", "InteractiveRedirectLegacy"]);
  });

  it.each(examples)("%s", (_name, { value }) => {
    // On the wire the fields are URL encoded; the examples show them decoded.
    const result = parseInteractiveLoginRedirect(new URLSearchParams(value).toString(), { descriptions: codeTables });
    const [current, legacy] = variants as [string, string];
    const token = value.ssoid ?? value.productToken;
    if (token) {
      expect(result).toEqual({ ok: true, outcome: "ok", token });
      return;
    }
    const [code, schema, field] = value.errorCode ? [value.errorCode, current, "errorCode"] : [value.loginStatus!, legacy, "loginStatus"];
    const row = documented(code, schema, field);
    expect(result).toEqual({ ok: false, code, ...described(row), outcome: row.outcome });
  });
});
