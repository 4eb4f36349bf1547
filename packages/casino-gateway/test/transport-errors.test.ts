import { afterEach, describe, expect, it } from "vitest";
import { generousTimeoutMs } from "../../../test/deadlines.js";
import { expectOperatorAuthError } from "../../../test/expect-error.js";
import { redirect, reply, startLocalServer, type Handler, type LocalServer } from "../../../test/local-server.js";
import { createCasinoGatewayClient, OperatorAuthError, type OperatorAuthErrorKind } from "../src/index.js";

const password = "pä55&word=+%/secret";
let server: LocalServer | undefined;
afterEach(async () => server?.close());

async function loginAgainst(handler: Handler, timeoutMs = generousTimeoutMs) {
  server = await startLocalServer(handler);
  const client = createCasinoGatewayClient({ baseUrl: server.url, version: "v1", brandId: 7, timeoutMs });
  return client.login({ user_name: "player1", password, language: "en" });
}

const expectKind = (promise: Promise<unknown>, kind: OperatorAuthErrorKind, status?: number) =>
  expectOperatorAuthError(promise, { kind, status, operation: "login" }, [password, encodeURIComponent(password)]);

describe("answers that are not documented results throw OperatorAuthError", () => {
  it.each([
    ["an HTML page with 200", "html-body", 200, reply(200, "<!doctype html><title>Maintenance</title>", "text/html")],
    ["an HTML error page with 401", "html-body", 401, reply(401, "<html><body>Denied</body></html>", "text/html")],
    ["an empty 200", "empty-body", 200, reply(200, "")],
    ["an empty 500", "empty-body", 500, reply(500, "")],
    ["truncated JSON", "invalid-body", 200, reply(200, '{"auth_token":"e74a')],
    ["plain text on 400", "invalid-body", 400, reply(400, "Bad Request", "text/plain")],
    ["a JSON array", "unexpected-body", 200, reply(200, "[1,2]")],
    ["a 200 without auth_token", "unexpected-body", 200, reply(200, { result: "OK" })],
    ["a 401 without result or status", "unexpected-body", 401, reply(401, { message: "no" })],
    ["an undocumented status", "undocumented-status", 418, reply(418, { result: "teapot" })],
    ["a 302 redirect", "undocumented-status", 302, redirect(302, "/elsewhere")],
  ] as const)("%s → %s", async (_name, kind, status, handler) => {
    await expectKind(loginAgainst(handler), kind, status);
  });

  it("a connection reset before the answer → network", async () => {
    await expectKind(loginAgainst((_request, response) => void response.socket?.destroy()), "network");
  });

  it("a server that never answers → timeout", async () => {
    await expectKind(loginAgainst(() => new Promise(() => {}), 200), "timeout");
  });

  it("the caller's signal → aborted", async () => {
    server = await startLocalServer(() => new Promise(() => {}));
    const client = createCasinoGatewayClient({ baseUrl: server.url, version: "v1", brandId: 7 });
    const controller = new AbortController();
    const call = client.login({ user_name: "player1", password, language: "en" }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expectKind(call, "aborted");
  });
});

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
