import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeSchemas } from "../../../scripts/generate/codes.js";
import { readSpec } from "../../../scripts/generate/spec.js";
import { reply, startLocalServer, type Handler, type LocalServer } from "../../../test/local-server.js";
import type { PosApiLoginResult } from "../src/index.js";
import { clientFor, describedClientFor, loginInput, loginSuccessBody, spec } from "./fixtures.js";

let answer: Handler;
let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer((request, response) => answer(request, response));
});
afterAll(async () => server.close());

async function loginWithWorkflow(workflowType: unknown, client = describedClientFor): Promise<PosApiLoginResult> {
  answer = reply(200, { ...loginSuccessBody(), workflowType });
  return client(server.url).login(loginInput);
}

/** The workflow of a login that authenticated the customer: pending, so the result is not ok, but it has a session. */
async function workflowOf(workflowType: unknown, client = describedClientFor) {
  const result = await loginWithWorkflow(workflowType, client);
  if (result.status !== 200) expect.fail("the login should authenticate the customer");
  return result.workflow;
}

const workflows = [...codeSchemas(readSpec(spec)).get("WorkflowId")!.rows].filter(([id]) => id !== "0");

describe("a pending workflow is reported with the session, and the login is not ok", () => {
  it("workflowType 0: none", async () => {
    expect(await loginWithWorkflow(0)).toMatchObject({ ok: true, workflow: null });
  });

  it("workflowType 7: FinalizeRegistration, to resolve with UserData and FinalizeWorkflow", async () => {
    const result = await loginWithWorkflow(7);
    expect(result).toMatchObject({
      ok: false,
      status: 200,
      code: 7,
      description: "FinalizeRegistration",
      outcome: "action-required",
      session: { sessionToken: loginSuccessBody().sessionToken },
      workflow: { id: 7, name: "FinalizeRegistration", outcome: "action-required", resolution: "UserData, FinalizeWorkflow" },
    });
  });

  it("workflowType 44: Secure Login, a second factor", async () => {
    expect(await loginWithWorkflow(44)).toMatchObject({ workflow: { id: 44, name: "Secure Login", outcome: "second-factor-required" } });
  });

  it.each(workflows)("workflowType %s: its name and outcome in the spec's table", async (id, row) => {
    expect(await loginWithWorkflow(Number(id))).toMatchObject({
      ok: row.outcome === "ok",
      code: Number(id),
      outcome: row.outcome,
      workflow: { id: Number(id), name: row.description, outcome: row.outcome, resolution: row.resolution },
    });
  });

  it.each([54, 999, -1])("an id the document does not list (%s) is kept, without a name", async (id) => {
    expect(await workflowOf(id)).toEqual({ id, outcome: "unknown" });
  });

  it("without descriptions: the id and its outcome, no name or resolution", async () => {
    expect(await workflowOf(7, clientFor)).toEqual({ id: 7, outcome: "action-required" });
    expect(await workflowOf(44, clientFor)).toEqual({ id: 44, outcome: "second-factor-required" });
    expect(await workflowOf(999, clientFor)).toEqual({ id: 999, outcome: "unknown" });
    expect(await workflowOf(0, clientFor)).toBeNull();
  });

  it("a workflowType that is not a number is not the documented shape", async () => {
    await expect(loginWithWorkflow("7")).rejects.toMatchObject({ name: "OperatorAuthError", kind: "unexpected-body", status: 200 });
  });
});
