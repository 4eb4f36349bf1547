import { expect, inject, it } from "vitest";
import { contractCases, specCodes } from "../../../test/contract-cases.js";
import { specFile } from "../../../test/paths.js";
import { prismFetch } from "../../../test/prism.js";
import { casinoGatewayFlows } from "../../../test/flows/casino-gateway.js";

const spec = specFile("casino-gateway");
const codes = specCodes(spec);
const cases = contractCases(spec);

it("covers every documented status", () => {
  expect(new Set(cases.map((c) => c.status))).toEqual(new Set([200, 303, 400, 401, 500]));
});

it.each(cases)("$operationId: HTTP $status, example $example", async ({ status, example, value, outcome }) => {
  const client = casinoGatewayFlows.connect(inject("prism")["casino-gateway"]!, prismFetch({ code: status, example }));
  const result = await client.login({ user_name: "player1", password: "s3cret", language: "en" });

  // Every field of the example arrives under its wire name; a body `status` travels as `code`.
  const { status: bodyStatus, ...fields } = value;
  expect(result).toMatchObject({ ...fields, status, ok: status === 200 });
  if (result.ok) return;

  const code = (value.result ?? bodyStatus ?? null) as string | null;
  expect(result.code).toBe(code);
  if (code === null) {
    expect(result.outcome).toBe(outcome);
    expect(result.description).toBe(value.errMsg);
  } else {
    const [documented] = codes.get(code) ?? [];
    expect(documented, `${code} is in a code table of the spec`).toBeDefined();
    expect(result).toMatchObject({ description: documented!.description, outcome: documented!.outcome });
  }
});
