import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { generousTimeoutMs } from "../../../test/deadlines.js";
import { expectOperatorAuthError } from "../../../test/expect-error.js";
import { redirect, reply, startLocalServer, type Handler, type LocalServer } from "../../../test/local-server.js";
import { OperatorAuthError, type OperatorAuthErrorKind, type PosApiClient, type PosApiSession } from "../src/index.js";
import { clientFor, loginInput, loginSuccessBody, password } from "./fixtures.js";

const userToken = "e4a7c1f9b2d84e6a-user-secret";
const sessionToken = "9b1d4f2e7c0a4e8f-session-secret";
const session = (): PosApiSession => ({ userToken, sessionToken, userTokenExpiresAt: new Date(), sessionTokenExpiresAt: new Date() });
const secrets = [password, encodeURIComponent(password), JSON.stringify(password), userToken, sessionToken];

let server: LocalServer | undefined;
afterEach(async () => server?.close());

async function against(handler: Handler, call: (client: PosApiClient) => Promise<unknown>, timeoutMs = generousTimeoutMs) {
  server = await startLocalServer(handler);
  return call(clientFor(server.url, { timeoutMs }));
}

const login = (client: PosApiClient) => client.login(loginInput);
const logout = (client: PosApiClient) => client.logout(session());
const cancel = (client: PosApiClient) => client.cancelWorkflow(session());

const expectKind = (promise: Promise<unknown>, kind: OperatorAuthErrorKind, operation: string, status?: number) =>
  expectOperatorAuthError(promise, { kind, operation, status }, secrets);

describe("answers that are not documented results throw OperatorAuthError", () => {
  it.each([
    ["an HTML page with 200", "html-body", 200, reply(200, "<!doctype html><title>Maintenance</title>", "text/html")],
    ["an HTML error page with 403", "html-body", 403, reply(403, "<html><body>Forbidden</body></html>", "text/html")],
    ["an XML body with 200", "html-body", 200, reply(200, '<Login sessionToken="x"/>', "application/xml")],
    ["an empty 200", "empty-body", 200, reply(200, "")],
    ["an empty 403", "empty-body", 403, reply(403, "")],
    ["truncated JSON with 200", "invalid-body", 200, reply(200, JSON.stringify(loginSuccessBody()).slice(0, 80))],
    ["truncated JSON with 403", "invalid-body", 403, reply(403, '{"code":600,"mess')],
    ["plain text on 500", "invalid-body", 500, reply(500, "Internal Server Error", "text/plain")],
    ["a JSON array", "unexpected-body", 200, reply(200, "[1,2]")],
    ["a 200 without sessionToken", "unexpected-body", 200, reply(200, { ...loginSuccessBody(), sessionToken: undefined })],
    ["a 200 with an empty userToken", "unexpected-body", 200, reply(200, { ...loginSuccessBody(), userToken: "" })],
    ["a 403 without code", "unexpected-body", 403, reply(403, { message: "Authentication failed" })],
    ["a 403 with a code that is not a number", "unexpected-body", 403, reply(403, { code: "600", message: "Authentication failed" })],
    ["an undocumented status", "undocumented-status", 401, reply(401, { code: 600, message: "Authentication failed" })],
    ["a 302 redirect", "undocumented-status", 302, redirect(302, "/elsewhere")],
  ] as const)("login: %s → %s", async (_name, kind, status, handler) => {
    await expectKind(against(handler, login), kind, "login", status);
  });

  it.each([
    ["an HTML page with 400", "html-body", 400, reply(400, "<html>Bad request</html>", "text/html"), logout, "logout"],
    ["an empty 400", "empty-body", 400, reply(400, ""), logout, "logout"],
    ["a 403, which Logout does not document", "undocumented-status", 403, reply(403, { code: 600, message: "no" }), logout, "logout"],
    ["an empty 404", "empty-body", 404, reply(404, ""), cancel, "cancelWorkflow"],
    ["a 500 HTML page", "undocumented-status", 500, reply(500, "<html>oops</html>", "text/html"), cancel, "cancelWorkflow"],
  ] as const)("logout and cancelWorkflow: %s → %s, without the tokens", async (_name, kind, status, handler, call, operation) => {
    await expectKind(against(handler, call), kind, operation, status);
  });

  it.each([
    ["login", login],
    ["logout", logout],
  ] as const)("%s: a connection reset before the answer → network", async (operation, call) => {
    await expectKind(against((_request, response) => void response.socket?.destroy(), call), "network", operation);
  });

  it.each([
    ["login", login],
    ["cancelWorkflow", cancel],
  ] as const)("%s: a server that never answers → timeout", async (operation, call) => {
    await expectKind(against(() => new Promise(() => {}), call, 200), "timeout", operation);
  });

  it("a body that stops halfway and never ends → timeout", async () => {
    const stalled: Handler = (_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "5000" });
      response.write(`{"sessionToken":"${sessionToken}`);
    };
    await expectKind(against(stalled, login, 300), "timeout", "login");
  });

  it("a body cut off by the server closing the connection → network", async () => {
    const cut: Handler = (_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "5000" });
      response.write(`{"sessionToken":"${sessionToken}`, () => response.socket?.destroy());
    };
    await expectKind(against(cut, login), "network", "login");
  });

  it("the caller's signal → aborted", async () => {
    server = await startLocalServer(() => new Promise(() => {}));
    const controller = new AbortController();
    const call = clientFor(server.url).login(loginInput, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expectKind(call, "aborted", "login");
  });
});
