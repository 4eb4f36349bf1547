/**
 * Every client, through core's one transport: answers that are not documented results, and failures of
 * the connection, throw an OperatorAuthError of the right kind, operation and status, and no rendering
 * of it shows a password or a token. One table of faults per client, run by the same steps.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createBetfairSsoClient } from "../../betfair-sso/src/index.js";
import { createCasinoGatewayClient } from "../../casino-gateway/src/index.js";
import type { PosApiSession } from "../../posapi-auth/src/index.js";
import { clientFor as posApiClientFor, loginInput, loginSuccessBody, password as posApiPassword } from "../../posapi-auth/test/fixtures.js";
import { generousTimeoutMs } from "../../../test/deadlines.js";
import { expectOperatorAuthError } from "../../../test/expect-error.js";
import { redirect, reply, startLocalServer, type Handler, type LocalServer } from "../../../test/local-server.js";
import type { OperatorAuthErrorKind } from "../src/index.js";

/** One call of a client against `baseUrl`. */
type Call = (baseUrl: string, timeoutMs: number, signal?: AbortSignal) => Promise<unknown>;

interface Fault {
  name: string;
  kind: OperatorAuthErrorKind;
  status?: number;
  handler: Handler;
  operations: readonly string[];
  /** Short only where the server never answers: then the deadline is the point. */
  timeoutMs?: number;
  /** The requests the server must have seen: a call that is never repeated on its own. */
  requests?: number;
}

interface ClientFaults {
  client: string;
  secrets: readonly string[];
  calls: Record<string, Call>;
  faults: readonly Fault[];
}

const connectionReset = { name: "a connection reset before the answer", kind: "network", handler: (_request, response) => void response.socket?.destroy() } as const satisfies Omit<Fault, "operations">;
const neverAnswers = { name: "a server that never answers", kind: "timeout", handler: () => new Promise(() => {}), timeoutMs: 200 } as const satisfies Omit<Fault, "operations">;

/** `[name, kind, status, handler]` rows, each tried on `operations`. */
const answers = (operations: readonly string[], rows: readonly (readonly [string, OperatorAuthErrorKind, number, Handler])[]): Fault[] =>
  rows.map(([name, kind, status, handler]) => ({ name, kind, status, handler, operations }));

const betfair = (() => {
  const appKey = "IhDSui3ODdsdwo";
  const password = "pä55&word=+%/secret";
  const twoFactorCode = "918273";
  const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
  const client = (baseUrl: string, timeoutMs: number) => createBetfairSsoClient({ appKey, baseUrl, timeoutMs });
  return {
    client: "betfair-sso",
    secrets: [password, encodeURIComponent(password), new URLSearchParams({ password }).toString(), twoFactorCode, token, encodeURIComponent(token)],
    calls: {
      login: (baseUrl, timeoutMs, signal) => client(baseUrl, timeoutMs).login({ username: "example_user", password, twoFactorCode }, { signal }),
      keepAlive: (baseUrl, timeoutMs) => client(baseUrl, timeoutMs).keepAlive(token),
      logout: (baseUrl, timeoutMs) => client(baseUrl, timeoutMs).logout(token),
    },
    faults: [
      ...answers(["login", "keepAlive", "logout"], [
        ["an HTML page with 200", "html-body", 200, reply(200, "<!doctype html><title>Betfair login</title>", "text/html")],
        ["an empty 200", "empty-body", 200, reply(200, "")],
        ["truncated JSON", "invalid-body", 200, reply(200, `{"token":"${token}","status":"SUCC`)],
        ["plain text", "invalid-body", 200, reply(200, "Service Unavailable", "text/plain")],
        ["a JSON array", "unexpected-body", 200, reply(200, "[1,2]")],
        ["a body without status", "unexpected-body", 200, reply(200, { token, product: appKey })],
        ["an undocumented status", "undocumented-status", 503, reply(503, { status: "FAIL" })],
        ["a redirect", "undocumented-status", 302, redirect(302, "/view/login")],
      ]),
      ...answers(["login"], [["SUCCESS without a token", "unexpected-body", 200, reply(200, { token: "", product: appKey, status: "SUCCESS", error: "" })]]),
      // A login is never retried: one request, whatever failed.
      { ...connectionReset, operations: ["login"], requests: 1 },
      { ...neverAnswers, operations: ["login"], requests: 1 },
      { ...neverAnswers, operations: ["keepAlive", "logout"] },
    ],
  } satisfies ClientFaults;
})();

const posApi = (() => {
  const userToken = "e4a7c1f9b2d84e6a-user-secret";
  const sessionToken = "9b1d4f2e7c0a4e8f-session-secret";
  const session = (): PosApiSession => ({ userToken, sessionToken, userTokenExpiresAt: new Date(), sessionTokenExpiresAt: new Date() });
  const client = (baseUrl: string, timeoutMs: number) => posApiClientFor(baseUrl, { timeoutMs });
  const halfABody = (then: (response: Parameters<Handler>[1]) => void): Handler => (_request, response) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": "5000" });
    response.write(`{"sessionToken":"${sessionToken}`, () => then(response));
  };
  return {
    client: "posapi-auth",
    secrets: [posApiPassword, encodeURIComponent(posApiPassword), JSON.stringify(posApiPassword), userToken, sessionToken],
    calls: {
      login: (baseUrl, timeoutMs, signal) => client(baseUrl, timeoutMs).login(loginInput, { signal }),
      logout: (baseUrl, timeoutMs) => client(baseUrl, timeoutMs).logout(session()),
      cancelWorkflow: (baseUrl, timeoutMs) => client(baseUrl, timeoutMs).cancelWorkflow(session()),
    },
    faults: [
      ...answers(["login"], [
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
      ]),
      ...answers(["logout"], [
        ["an HTML page with 400", "html-body", 400, reply(400, "<html>Bad request</html>", "text/html")],
        ["an empty 400", "empty-body", 400, reply(400, "")],
        ["a 403, which Logout does not document", "undocumented-status", 403, reply(403, { code: 600, message: "no" })],
      ]),
      ...answers(["cancelWorkflow"], [
        ["an empty 404", "empty-body", 404, reply(404, "")],
        ["a 500 HTML page", "undocumented-status", 500, reply(500, "<html>oops</html>", "text/html")],
      ]),
      { ...connectionReset, operations: ["login", "logout"] },
      { ...neverAnswers, operations: ["login", "cancelWorkflow"] },
      { name: "a body that stops halfway and never ends", kind: "timeout", handler: halfABody(() => {}), operations: ["login"], timeoutMs: 300 },
      { name: "a body cut off by the server closing the connection", kind: "network", handler: halfABody((response) => response.socket?.destroy()), operations: ["login"] },
    ],
  } satisfies ClientFaults;
})();

const casino = (() => {
  const password = "pä55&word=+%/secret";
  return {
    client: "casino-gateway",
    secrets: [password, encodeURIComponent(password)],
    calls: {
      login: (baseUrl, timeoutMs, signal) =>
        createCasinoGatewayClient({ baseUrl, version: "v1", brandId: 7, timeoutMs }).login({ user_name: "player1", password, language: "en" }, { signal }),
    },
    faults: [
      ...answers(["login"], [
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
      ]),
      { ...connectionReset, operations: ["login"] },
      { ...neverAnswers, operations: ["login"] },
    ],
  } satisfies ClientFaults;
})();

const clients: ClientFaults[] = [betfair, posApi, casino];

let server: LocalServer | undefined;
afterEach(async () => server?.close());

const rows = clients.flatMap(({ client, secrets, calls, faults }) =>
  faults.flatMap((fault) => fault.operations.map((operation) => ({ title: `${client} ${operation}: ${fault.name} → ${fault.kind}`, secrets, call: calls[operation]!, operation, ...fault }))),
);

describe("answers that are not documented results, and broken connections, throw OperatorAuthError", () => {
  it.each(rows)("$title", async ({ secrets, call, operation, kind, status, handler, timeoutMs, requests }) => {
    server = await startLocalServer(handler);
    await expectOperatorAuthError(call(server.url, timeoutMs ?? generousTimeoutMs), { kind, operation, status }, secrets);
    if (requests !== undefined) expect(server.requests).toHaveLength(requests);
  });

  it.each(clients)("$client login: the caller's signal → aborted", async ({ secrets, calls }) => {
    server = await startLocalServer(() => new Promise(() => {}));
    const controller = new AbortController();
    const call = calls.login!(server.url, generousTimeoutMs, controller.signal);
    setTimeout(() => controller.abort(), 20);
    await expectOperatorAuthError(call, { kind: "aborted", operation: "login" }, secrets);
  });
});
