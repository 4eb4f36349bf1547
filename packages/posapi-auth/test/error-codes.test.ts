import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeSchemas, type CodeRow } from "../../../scripts/generate/codes.js";
import { readSpec } from "../../../scripts/generate/spec.js";
import { reply, startLocalServer, type Handler, type LocalServer } from "../../../test/local-server.js";
import { clientFor, describedClientFor, loginInput, spec } from "./fixtures.js";

interface Meaning {
  status: number;
  message: string;
}

/** Every value of the spec's ErrorCode schema, with the row the spec gives it. */
const errorCodes = [...codeSchemas(readSpec(spec)).get("ErrorCode")!.rows];

// The document gives 119 and 122 (Secure Login) no HTTP status; they are sent here with 403, Login's refusal status.
const statusOf = (row: CodeRow) => (typeof row.status === "number" ? row.status : 403);

let answer: Handler = reply(500, "");
let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer((request, response) => answer(request, response));
});
afterAll(async () => server.close());

describe("every error code of the document", () => {
  it("is one row of this table (131 codes)", () => {
    expect(errorCodes).toHaveLength(131);
    expect(new Set(errorCodes.map(([code]) => code)).size).toBe(131);
  });

  it.each(errorCodes)("%s: its documented status, description and outcome", async (code, row) => {
    const status = statusOf(row);
    const withStatus = (row.meanings as Meaning[] | undefined)?.filter((m) => m.status === status) ?? [];
    // The description is the document's wording for the code with this status, not the server's message.
    const description = withStatus.length === 1 ? withStatus[0]!.message : row.description;
    const message = `PosAPI says ${code}`;
    answer = reply(status, { code: Number(code), message });
    const result = await describedClientFor(server.url).login(loginInput);
    expect(result).toEqual({ ok: false, status, code: Number(code), message, description, outcome: row.outcome });
  });
});

describe("descriptions are opt-in", () => {
  it("without descriptions a failure has its code and outcome, no description", async () => {
    answer = reply(403, { code: 600, message: "Login forbidden" });
    const result = await clientFor(server.url).login(loginInput);
    expect(result).toEqual({ ok: false, status: 403, code: 600, message: "Login forbidden", outcome: "invalid-credentials" });
    expect(result).not.toHaveProperty("description");
  });

  it("with descriptions a failure has the spec's description of its code", async () => {
    answer = reply(403, { code: 600, message: "Login forbidden" });
    expect(await describedClientFor(server.url).login(loginInput)).toEqual({
      ok: false,
      status: 403,
      code: 600,
      message: "Login forbidden",
      description: "Authentication failed",
      outcome: "invalid-credentials",
    });
  });

  it.each(errorCodes)("%s without descriptions: its code and outcome alone", async (code, row) => {
    const status = statusOf(row);
    answer = reply(status, { code: Number(code), message: "m" });
    expect(await clientFor(server.url).login(loginInput)).toEqual({ ok: false, status, code: Number(code), message: "m", outcome: row.outcome });
  });

  it("a code the document words twice keeps its outcome and has no description (201, 630)", async () => {
    const session = { userToken: "u", sessionToken: "s", userTokenExpiresAt: new Date(), sessionTokenExpiresAt: new Date() };
    answer = reply(400, { code: 201, message: "Invalid user security token" });
    expect(await clientFor(server.url).logout(session)).toEqual({
      ok: false,
      status: 400,
      code: 201,
      message: "Invalid user security token",
      outcome: "session-invalid",
    });
    answer = reply(404, { code: 630, message: "No workflow pending" });
    expect(await clientFor(server.url).cancelWorkflow(session)).toEqual({
      ok: false,
      status: 404,
      code: 630,
      message: "No workflow pending",
      outcome: "invalid-request",
      session: expect.objectContaining({ userToken: "u", sessionToken: "s" }),
    });
  });
});

describe("a code the document words twice", () => {
  const session = () => ({
    userToken: "u-token",
    sessionToken: "s-token",
    userTokenExpiresAt: new Date(),
    sessionTokenExpiresAt: new Date(),
  });

  it("630 is 'No workflow pending' with HTTP 404 from cancelWorkflow and 'No Workflow pending' with HTTP 403", async () => {
    answer = reply(404, { code: 630, message: "whatever the server says" });
    expect(await describedClientFor(server.url).cancelWorkflow(session())).toMatchObject({
      ok: false,
      status: 404,
      code: 630,
      description: "No workflow pending",
      outcome: "invalid-request",
    });
    answer = reply(403, { code: 630, message: "whatever the server says" });
    expect(await describedClientFor(server.url).login(loginInput)).toMatchObject({ status: 403, description: "No Workflow pending" });
  });

  it.each([
    ["Invalid user security token", "Invalid user security token"],
    ["Invalid security token (deprecated)", "Invalid security token (deprecated)"],
  ])("201 with the message %j is described as %j", async (message, description) => {
    answer = reply(400, { code: 201, message });
    expect(await describedClientFor(server.url).logout(session())).toMatchObject({ status: 400, code: 201, description, outcome: "session-invalid" });
  });

  it("201 with a message matching neither wording gets the description naming both", async () => {
    answer = reply(400, { code: 201, message: "Token invalid" });
    const result = await describedClientFor(server.url).logout(session());
    expect(result).toMatchObject({ code: 201, message: "Token invalid", outcome: "session-invalid" });
    expect(!result.ok && result.description).toMatch(/^Invalid security token \(deprecated\) \/ Invalid user security token/);
  });
});

describe("a code the document does not list", () => {
  it("is kept verbatim with outcome unknown", async () => {
    answer = reply(403, { code: 9999, message: "New rule" });
    expect(await describedClientFor(server.url).login(loginInput)).toMatchObject({
      ok: false,
      status: 403,
      code: 9999,
      message: "New rule",
      description: "This code is not in the provider's documentation.",
      outcome: "unknown",
    });
  });

  it("without descriptions: kept verbatim with outcome unknown, no description", async () => {
    answer = reply(403, { code: 9999, message: "New rule" });
    expect(await clientFor(server.url).login(loginInput)).toEqual({ ok: false, status: 403, code: 9999, message: "New rule", outcome: "unknown" });
  });

  it("passes the values of the answer through untouched", async () => {
    const values = [{ Key: "ReopenDate", Value: "2020-01-01T00:00:00" }, { Key: "When", Value: "/Date(0)/" }];
    answer = reply(403, { code: 602, message: "RG Cool off", values });
    expect(await clientFor(server.url).login(loginInput)).toMatchObject({ code: 602, outcome: "account-blocked", values });
  });
});
