import { afterEach, describe, expect, it } from "vitest";
import { generousTimeoutMs } from "../../../test/deadlines.js";
import { expectOperatorAuthError, renderings } from "../../../test/expect-error.js";
import { redirect, reply, startLocalServer, type Handler, type LocalServer } from "../../../test/local-server.js";
import { createBetfairSsoClient, OperatorAuthError, type OperatorAuthErrorKind } from "../src/index.js";
import { parseInteractiveLoginRedirect } from "../src/interactive.js";

const appKey = "IhDSui3ODdsdwo";
const password = "pä55&word=+%/secret";
const twoFactorCode = "918273";
const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
const secrets = [password, encodeURIComponent(password), new URLSearchParams({ password }).toString(), twoFactorCode, token, encodeURIComponent(token)];

let server: LocalServer | undefined;
afterEach(async () => server?.close());

async function clientFor(handler: Handler, timeoutMs = generousTimeoutMs) {
  server = await startLocalServer(handler);
  return createBetfairSsoClient({ appKey, baseUrl: server.url, timeoutMs });
}

/** The call throws an OperatorAuthError of `kind` whose every rendering is free of the secrets. */
const expectKind = (promise: Promise<unknown>, kind: OperatorAuthErrorKind, operation: string, status?: number) =>
  expectOperatorAuthError(promise, { kind, operation, status }, secrets);

function expectNoSecret(error: Error) {
  const told = renderings(error);
  for (const secret of secrets) expect(told).not.toContain(secret);
}

const hostileAnswers = [
  ["an HTML page with 200", "html-body", 200, reply(200, "<!doctype html><title>Betfair login</title>", "text/html")],
  ["an empty 200", "empty-body", 200, reply(200, "")],
  ["truncated JSON", "invalid-body", 200, reply(200, `{"token":"${token}","status":"SUCC`)],
  ["plain text", "invalid-body", 200, reply(200, "Service Unavailable", "text/plain")],
  ["a JSON array", "unexpected-body", 200, reply(200, "[1,2]")],
  ["a body without status", "unexpected-body", 200, reply(200, { token, product: appKey })],
  ["an undocumented status", "undocumented-status", 503, reply(503, { status: "FAIL" })],
  ["a redirect", "undocumented-status", 302, redirect(302, "/view/login")],
] as const;

describe("login: answers that are not documented results throw OperatorAuthError", () => {
  const login = (handler: Handler, timeoutMs?: number) =>
    clientFor(handler, timeoutMs).then((sso) => sso.login({ username: "example_user", password, twoFactorCode }));

  it.each(hostileAnswers)("%s → %s", async (_name, kind, status, handler) => {
    await expectKind(login(handler), kind, "login", status);
  });

  it("SUCCESS without a token → unexpected-body", async () => {
    await expectKind(login(reply(200, { token: "", product: appKey, status: "SUCCESS", error: "" })), "unexpected-body", "login", 200);
  });

  it("a connection reset before the answer → network, and the login is not retried", async () => {
    await expectKind(login((_request, response) => void response.socket?.destroy()), "network", "login");
    expect(server!.requests).toHaveLength(1);
  });

  it("a server that never answers → timeout", async () => {
    await expectKind(login(() => new Promise(() => {}), 200), "timeout", "login");
    expect(server!.requests).toHaveLength(1);
  });

  it("the caller's signal → aborted", async () => {
    const sso = await clientFor(() => new Promise(() => {}));
    const controller = new AbortController();
    const call = sso.login({ username: "example_user", password, twoFactorCode }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expectKind(call, "aborted", "login");
  });
});

describe.each(["keepAlive", "logout"] as const)("%s: the token never shows in an error", (method) => {
  it.each(hostileAnswers)("%s → %s", async (_name, kind, status, handler) => {
    await expectKind((await clientFor(handler))[method](token), kind, method, status);
  });

  it("a server that never answers → timeout", async () => {
    await expectKind((await clientFor(() => new Promise(() => {}), 200))[method](token), "timeout", method);
  });
});

describe("parseInteractiveLoginRedirect: an unusable body never shows the token", () => {
  it.each([
    ["a session token under another name", `sessionToken=${encodeURIComponent(token)}`],
    ["SUCCESS without productToken", `loginStatus=SUCCESS&token=${encodeURIComponent(token)}`],
    ["empty fields", "ssoid=&errorCode="],
  ])("%s → invalid-input", (_name, body) => {
    const error = (() => {
      try {
        parseInteractiveLoginRedirect(body);
      } catch (e) {
        return e;
      }
      return expect.fail("the call should have thrown");
    })();
    expect(error).toBeInstanceOf(OperatorAuthError);
    expect(error).toMatchObject({ kind: "invalid-input" });
    expectNoSecret(error as Error);
  });
});
