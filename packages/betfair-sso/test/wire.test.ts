import { afterEach, describe, expect, it } from "vitest";
import { reply, startLocalServer, type LocalServer } from "../../../test/local-server.js";
import { createBetfairCertLoginClient } from "../src/cert.js";
import { betfairJurisdictions, createBetfairSsoClient, OperatorAuthError, type BetfairSsoClientOptions } from "../src/index.js";
import { specCertJurisdictions, specJurisdictions } from "./spec-extensions.js";
import { fixture } from "./mutual-tls-server.js";

const appKey = "IhDSui3ODdsdwo";
const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
const loginSuccess = { token, product: appKey, status: "SUCCESS", error: "" };
const sessionSuccess = { token, product: appKey, status: "SUCCESS", error: "" };

let server: LocalServer | undefined;
afterEach(async () => server?.close());

async function client(body: object = loginSuccess, options: Partial<BetfairSsoClientOptions> = {}) {
  server = await startLocalServer(reply(200, body));
  return createBetfairSsoClient({ appKey, baseUrl: server.url, ...options });
}

const form = (body: Buffer) => Object.fromEntries(new URLSearchParams(body.toString("utf8")));

describe("login on the wire", () => {
  it("posts the form to /api/login with the password byte for byte", async () => {
    const password = `p&a=s+s%20w"o\\rd ü 🎲\u00a0\u3000%25&`;
    const result = await (await client()).login({ username: "example_user", password });
    expect(result).toEqual({ ok: true, status: "SUCCESS", outcome: "ok", token });
    const [request] = server!.requests;
    expect(request).toMatchObject({ method: "POST", url: "/api/login" });
    expect(form(request!.body)).toEqual({ username: "example_user", password });
    // Nothing of the password shows unencoded on the wire.
    expect(request!.body.toString("utf8")).not.toContain("&a=");
  });

  it("appends the 2 Step Authentication code to the password and sends no other field", async () => {
    await (await client()).login({ username: "example_user", password: "Pa55&word=+%", twoFactorCode: "123456" });
    expect(form(server!.requests[0]!.body)).toEqual({ username: "example_user", password: "Pa55&word=+%123456" });
  });

  it("sends Accept, X-Application and the form content type, and no X-Authentication", async () => {
    await (await client()).login({ username: "example_user", password: "pw" });
    const { headers } = server!.requests[0]!;
    expect(headers).toMatchObject({
      accept: "application/json",
      "x-application": appKey,
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(headers["x-authentication"]).toBeUndefined();
  });
});

describe.each(["keepAlive", "logout"] as const)("%s on the wire", (method) => {
  it(`posts to /api/${method} with the token in X-Authentication and no body`, async () => {
    const result = await (await client(sessionSuccess))[method](token);
    expect(result).toEqual({ ok: true, status: "SUCCESS", outcome: "ok", token });
    const [request] = server!.requests;
    expect(request).toMatchObject({ method: "POST", url: `/api/${method}` });
    expect(request!.headers).toMatchObject({ accept: "application/json", "x-authentication": token, "x-application": appKey });
    expect(request!.body).toHaveLength(0);
  });
});

describe("hosts", () => {
  /** A fetch that answers every call and records where it went, and with which extra fetch options. */
  function recordingFetch(body: object) {
    const calls: { url: string; init: Record<string, unknown> | undefined }[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: new Request(input).url, init: init as Record<string, unknown> | undefined });
      return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
    };
    return { calls, fetch: fetch as typeof globalThis.fetch };
  }
  // A usable pair: certLogin reads both before it sends anything.
  const certificate = { cert: fixture("client.crt"), key: fixture("client.key") };

  it("defaults to the global host", async () => {
    const { calls, fetch } = recordingFetch(loginSuccess);
    await createBetfairSsoClient({ appKey, fetch }).login({ username: "u", password: "p" });
    expect(calls.map((c) => c.url)).toEqual([`https://${specJurisdictions.global}/api/login`]);
  });

  it.each(betfairJurisdictions)("%s: login, keepAlive and logout go to the host x-jurisdictions gives", async (jurisdiction) => {
    const { calls, fetch } = recordingFetch(loginSuccess);
    const sso = createBetfairSsoClient({ appKey, jurisdiction, fetch });
    await sso.login({ username: "u", password: "p" });
    await sso.keepAlive(token);
    await sso.logout(token);
    const host = `https://${specJurisdictions[jurisdiction]}`;
    expect(calls.map((c) => c.url)).toEqual([`${host}/api/login`, `${host}/api/keepAlive`, `${host}/api/logout`]);
    expect(calls.every((c) => c.init?.dispatcher === undefined)).toBe(true);
  });

  it.each(betfairJurisdictions)("%s: certLogin goes to the host x-cert-jurisdictions gives, with a certificate dispatcher", async (jurisdiction) => {
    const { calls, fetch } = recordingFetch({ sessionToken: token, loginStatus: "SUCCESS" });
    const call = createBetfairCertLoginClient({ appKey, jurisdiction, fetch }).certLogin({ username: "u", password: "p", ...certificate });
    const certHost = specCertJurisdictions[jurisdiction];
    if (!certHost) {
      await expect(call).rejects.toMatchObject({ name: "OperatorAuthError", kind: "invalid-input", operation: "certLogin" });
      expect(calls).toHaveLength(0);
      return;
    }
    expect(await call).toEqual({ ok: true, status: "SUCCESS", outcome: "ok", token });
    expect(calls.map((c) => c.url)).toEqual([`https://${certHost}/api/certlogin`]);
    expect(calls[0]!.init?.dispatcher?.constructor.name).toBe("Agent");
  });

  it("baseUrl and certBaseUrl replace the jurisdiction's hosts", async () => {
    const { calls, fetch } = recordingFetch({ ...loginSuccess, sessionToken: token, loginStatus: "SUCCESS" });
    const options = { appKey, jurisdiction: "australia", baseUrl: "https://sso.example.com/prefix/", certBaseUrl: "https://cert.example.com", fetch } as const;
    await createBetfairSsoClient(options).login({ username: "u", password: "p" });
    await createBetfairCertLoginClient(options).certLogin({ username: "u", password: "p", ...certificate });
    expect(calls.map((c) => c.url)).toEqual(["https://sso.example.com/prefix/api/login", "https://cert.example.com/api/certlogin"]);
  });
});

describe("bad input is refused before anything is sent", () => {
  it.each([
    ["no username", { password: "pw" }],
    ["an empty password", { username: "u", password: "" }],
    ["a password that is not a string", { username: "u", password: 1234 }],
    ["an empty twoFactorCode", { username: "u", password: "pw", twoFactorCode: "" }],
    ["a twoFactorCode that is not a string", { username: "u", password: "pw", twoFactorCode: 123456 }],
    ["no object at all", undefined],
  ])("login with %s", async (_name, input) => {
    const sso = await client();
    await expect(sso.login(input as never)).rejects.toMatchObject({ name: "OperatorAuthError", kind: "invalid-input", operation: "login" });
    expect(server!.requests).toHaveLength(0);
  });

  it.each([
    ["no cert", { username: "u", password: "pw", key: "k" }],
    ["an empty key", { username: "u", password: "pw", cert: "c", key: "" }],
    ["a ca that is not PEM", { username: "u", password: "pw", cert: "c", key: "k", ca: [42] }],
    ["no password", { username: "u", cert: "c", key: "k" }],
  ])("certLogin with %s", async (_name, input) => {
    const sso = createBetfairCertLoginClient({ appKey, certBaseUrl: "http://127.0.0.1:9" });
    await expect(sso.certLogin(input as never)).rejects.toMatchObject({ kind: "invalid-input", operation: "certLogin" });
  });

  it.each(["keepAlive", "logout"] as const)("%s without a token", async (method) => {
    const sso = await client(sessionSuccess);
    await expect(sso[method]("")).rejects.toMatchObject({ kind: "invalid-input", operation: method });
    await expect(sso[method](undefined as never)).rejects.toMatchObject({ kind: "invalid-input", operation: method });
    expect(server!.requests).toHaveLength(0);
  });

  it.each([
    ["an empty appKey", { appKey: "" }, "invalid-input"],
    ["an unknown jurisdiction", { appKey, jurisdiction: "denmark" }, "invalid-input"],
    ["an unparsable baseUrl", { appKey, baseUrl: "identitysso" }, "invalid-input"],
    ["plain http to a host that is not loopback", { appKey, baseUrl: "http://identitysso.betfair.com" }, "insecure-url"],
    ["a certBaseUrl over plain http to a host that is not loopback", { appKey, certBaseUrl: "http://identitysso-cert.betfair.com" }, "insecure-url"],
    ["a zero timeout", { appKey, timeoutMs: 0 }, "invalid-input"],
  ])("refuses %s", (_name, options, kind) => {
    expect(() => createBetfairSsoClient(options as never)).toThrow(OperatorAuthError);
    expect(() => createBetfairSsoClient(options as never)).toThrow(expect.objectContaining({ kind }));
  });

  it.each([
    ["a zero timeout", { timeoutMs: 0 }, "timeoutMs"],
    ["a fetch that is not a function", { fetch: 5 }, "fetch"],
    ["a maxBodyBytes of 0", { maxBodyBytes: 0 }, "maxBodyBytes"],
    ["an allowInsecureHttp that is not a boolean", { allowInsecureHttp: "yes" }, "allowInsecureHttp"],
    ["a hook that is not a function", { hooks: { onRequest: 1 } }, "hooks.onRequest"],
  ])("createBetfairCertLoginClient refuses %s when created, naming itself and the option", (_name, options, option) => {
    const create = () => createBetfairCertLoginClient({ appKey, certBaseUrl: "https://127.0.0.1:9", ...(options as object) });
    expect(create).toThrow(OperatorAuthError);
    expect(create).toThrow(expect.objectContaining({ kind: "invalid-input", message: expect.stringContaining(`createBetfairCertLoginClient: ${option} `) }));
  });

  it.each([
    ["createBetfairSsoClient", (options: object) => createBetfairSsoClient(options as never)],
    ["createBetfairCertLoginClient", (options: object) => createBetfairCertLoginClient({ certBaseUrl: "https://127.0.0.1:9", ...options } as never)],
  ])("%s refuses an appKey no header can carry when created, without quoting it", (factory, create) => {
    for (const bad of ["sEcReTkEy\n", " sEcReTkEy", "sEcRéTkEy"]) {
      const error = (() => {
        try {
          create({ appKey: bad });
        } catch (thrown) {
          return thrown as OperatorAuthError;
        }
      })();
      expect(error).toBeInstanceOf(OperatorAuthError);
      expect(error).toMatchObject({ kind: "invalid-input", message: expect.stringMatching(new RegExp(`^${factory}: appKey `)) });
      expect(error!.message).not.toMatch(/sEcR/);
    }
  });
});
