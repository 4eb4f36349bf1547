import { afterEach, describe, expect, it } from "vitest";
import { generousTimeoutMs } from "../../../test/deadlines.js";
import { reply, startLocalServer, type Handler, type LocalServer } from "../../../test/local-server.js";
import { createCasinoGatewayClient } from "../src/index.js";

let server: LocalServer | undefined;
afterEach(async () => server?.close());

async function loginAgainst(handler: Handler) {
  server = await startLocalServer(handler);
  const client = createCasinoGatewayClient({ baseUrl: server.url, version: "v1", brandId: 7, timeoutMs: generousTimeoutMs });
  return client.login({ user_name: "player1", password: "pä55&word=+%/secret", language: "en" });
}

describe("documented results that look like errors are returned", () => {
  it("reads a 303 body and does not follow its Location", async () => {
    const result = await loginAgainst((request, response) => {
      response.writeHead(303, { "content-type": "application/json", location: "/gateway/register" });
      response.end(JSON.stringify({ token: "t-1", result: "EMAIL_NOT_VERIFIED", documents_required: false, identification_token: "" }));
    });
    expect(result).toMatchObject({ ok: false, status: 303, code: "EMAIL_NOT_VERIFIED", outcome: "action-required", token: "t-1" });
    expect(server!.requests).toHaveLength(1);
  });

  it("keeps a code the documents do not list, with outcome unknown", async () => {
    const result = await loginAgainst(reply(401, { result: "ACCOUNT_PAUSED_BY_OPERATOR" }));
    expect(result).toMatchObject({ ok: false, status: 401, code: "ACCOUNT_PAUSED_BY_OPERATOR", outcome: "unknown" });
  });

  it("does not mistake a code named after an Object property for a documented one", async () => {
    const result = await loginAgainst(reply(401, { result: "constructor" }));
    expect(result).toMatchObject({ code: "constructor", outcome: "unknown" });
  });
});
