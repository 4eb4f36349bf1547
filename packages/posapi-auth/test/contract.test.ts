import { expect, inject, it } from "vitest";
import { contractCases, specCodes } from "../../../test/contract-cases.js";
import { posApiFlows } from "../../../test/flows/posapi-auth.js";
import { specFile } from "../../../test/paths.js";
import { prismFetch } from "../../../test/prism.js";

const spec = specFile("posapi-auth");
const codes = specCodes(spec);
const cases = contractCases(spec);

it("covers every documented operation and status", () => {
  const seen = new Set(cases.map((c) => `${c.operationId} ${c.status}`));
  expect(seen).toEqual(
    new Set([
      "checkCountryBlock 200",
      "checkCountryBlock 400",
      "checkCountryBlock 403",
      ...["login", "loginWithPid"].flatMap((op) => [200, 400, 403, 500].map((status) => `${op} ${status}`)),
      "logout 200",
      "logout 400",
      "cancelWorkflow 200",
      "cancelWorkflow 400",
      "cancelWorkflow 404",
    ]),
  );
  expect(Object.keys(posApiFlows.calls).sort()).toEqual([...new Set(cases.map((c) => c.operationId))].sort());
});

/** The example's body with each `/Date(ms)/` string read as the instant it names, at any depth. */
function expectedDates(value: unknown): unknown {
  if (typeof value === "string") {
    const match = /^\/Date\((-?\d+)\)\/$/.exec(value);
    return match ? new Date(Number(match[1])) : value;
  }
  if (Array.isArray(value)) return value.map(expectedDates);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expectedDates(v)]));
  return value;
}

interface Meaning {
  status: number;
  message: string;
}

it.each(cases)("$operationId: HTTP $status, example $example", async ({ operationId, status, example, value }) => {
  const client = posApiFlows.connect(inject("prism")["posapi-auth"]!, prismFetch({ code: status, example }));
  // The flows' results are typed loosely for the main job; the fields checked here are the client's own.
  const result = (await posApiFlows.calls[operationId]!(client)) as unknown as Record<string, unknown>;
  expect(result.status).toBe(status);

  if (status === 200) {
    expect(result.ok).toBe(true);
    if (operationId === "login" || operationId === "loginWithPid") {
      expect(result.account).toEqual(expectedDates(value));
      expect(result.session).toMatchObject({ userToken: value.userToken, sessionToken: value.sessionToken, ssoToken: value.ssoToken });
      expect(result.workflow).toBeNull();
    } else if (operationId === "checkCountryBlock") {
      expect(result).toEqual({ ok: true, status: 200, outcome: "ok", blocked: false });
    } else {
      // The session the call renewed (cancelWorkflow) or ended (logout), with the tokens it sent.
      const tokens = { userToken: "e4a7c1f9b2d84e6a9c3f5b0d7e2a8c61", sessionToken: "9b1d4f2e7c0a4e8f9d3b6a5c2e1f0a7b" };
      expect(result).toEqual({ ok: true, status: 200, outcome: "ok", session: { ...tokens, userTokenExpiresAt: expect.any(Date), sessionTokenExpiresAt: expect.any(Date) } });
    }
    return;
  }

  const code = value.code as number;
  const rows = codes.get(String(code)) ?? [];
  expect(rows, `${code} is in exactly one code table of the spec`).toHaveLength(1);
  const row = rows[0]!;
  const meanings = row.meanings as Meaning[] | undefined;
  // A code the document words twice is described by the wording of this answer, which must be one of its meanings.
  if (meanings) expect(meanings).toContainEqual(expect.objectContaining({ status, message: value.message }));
  const description = meanings ? value.message : row.description;
  expect(result).toMatchObject({ code, description, outcome: row.outcome, message: value.message });

  if (operationId === "checkCountryBlock" && status === 403) {
    const target = (value.values as { Key: string; Value: string }[]).find((v) => v.Key === "TargetUrl")?.Value;
    expect(result).toMatchObject({ ok: false, blocked: true, values: value.values, targetUrl: target });
  } else {
    expect(result.ok).toBe(false);
    expect(result.values).toEqual(value.values);
  }
});
