/** Requests that break the spec get the documented invalid-input answer and are flagged with the reason; secrets are redacted. */
import { OperatorAuthError } from "@operator-auth/core";
import { afterEach, describe, expect, it } from "vitest";
import { betfairSsoFlows } from "../../../test/flows/betfair-sso.js";
import { posApiFlows } from "../../../test/flows/posapi-auth.js";
import { setupServer } from "msw/node";
import { handlers } from "../src/msw.js";
import { documentedAnswers, startMockServer, type MockServer, type Provider } from "../src/index.js";

const started: MockServer<Provider>[] = [];
async function mock<P extends Provider>(provider: P, options?: Parameters<typeof startMockServer<P>>[1]) {
  const server = await startMockServer(provider, options);
  started.push(server as MockServer<Provider>);
  return server;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe("a request that breaks the spec", () => {
  it("without X-Application gets Betfair's INPUT_VALIDATION_ERROR and is flagged", async () => {
    const server = await mock("betfair-sso");
    const response = await fetch(`${server.url}/api/login`, {
      method: "POST",
      headers: { accept: "application/json", "content-type": "application/x-www-form-urlencoded" },
      body: form({ username: "example_user", password: "secret" }),
    });
    expect(await response.json()).toMatchObject({ status: "FAIL", error: "INPUT_VALIDATION_ERROR" });
    expect(server.requests).toEqual([
      expect.objectContaining({ operationId: "login", valid: false, problems: ["header x-application is required"], answer: "INPUT_VALIDATION_ERROR" }),
    ]);
  });

  it("with JSON where a form is documented is flagged with the content type", async () => {
    const server = await mock("betfair-sso");
    const response = await fetch(`${server.url}/api/login`, {
      method: "POST",
      headers: { "x-application": "IhDSui3ODdsdwo", "content-type": "application/json" },
      body: JSON.stringify({ username: "example_user", password: "secret" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ error: "INPUT_VALIDATION_ERROR" });
    expect(server.requests[0]!.problems).toEqual([
      "content type application/json is not documented; the spec takes application/x-www-form-urlencoded",
    ]);
    // An unreadable body is not kept, it may hold the password.
    expect(server.requests[0]!.body).toBe("[redacted]");
  });

  it("without a required body field is flagged, and gets the kit's own answer: the documents give none", async () => {
    const server = await mock("casino-gateway");
    const response = await fetch(`${server.url}/gateway/login/v1/42/player`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ user_name: "player1", password: "s3cret" }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-operator-auth-kit")).toBe("invalid-request");
    expect(await response.text()).toMatch(/^operator-auth testing kit, not a casino-gateway answer: the request breaks the spec \(body field language is required\)/);
    expect(server.requests[0]).toMatchObject({ valid: false, kit: "invalid-request", problems: ["body field language is required"], body: { user_name: "player1", password: "[redacted]" } });
  });

  it("with a path parameter of the wrong type is flagged", async () => {
    const server = await mock("casino-gateway");
    await fetch(`${server.url}/gateway/login/v1/brand/player`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ user_name: "player1", password: "s3cret", language: "en" }),
    });
    expect(server.requests[0]).toMatchObject({ problems: ["path parameter brand_id must be an integer"], answer: "invalidBrandId", status: 400 });
  });

  it("without x-bwin-accessId gets the kit's own answer: the documents tie no code to a missing header", async () => {
    const server = await mock("posapi-auth");
    const login = await fetch(`${server.url}/Authentication.svc/Login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "myUserName", password: "password" }),
    });
    expect(login.status).toBe(400);
    expect(login.headers.get("x-operator-auth-kit")).toBe("invalid-request");
    const logout = await fetch(`${server.url}/Authentication.svc/Logout`, {
      method: "POST",
      headers: { "x-bwin-accessId": "frontend-bw-brand-1", "x-bwin-user-token": "e4a7c1f9b2d84e6a9c3f5b0d7e2a8c61" },
    });
    expect(logout.headers.get("x-operator-auth-kit")).toBe("invalid-request");
    expect(server.requests.map((r) => [r.valid, r.kit, r.problems])).toEqual([
      [false, "invalid-request", ["header x-bwin-accessid is required"]],
      [false, "invalid-request", ["header x-bwin-session-token is required"]],
    ]);
  });

  it("without countryId gets PosAPI's 102 Invalid country, documented for that", async () => {
    const server = await mock("posapi-auth");
    const country = await fetch(`${server.url}/Authentication.svc/CheckCountryBlock`, { headers: { "x-bwin-accessId": "frontend-bw-brand-1" } });
    expect(country.status).toBe(400);
    expect(await country.json()).toEqual({ code: 102, message: "Invalid country" });
    expect(server.requests[0]).toMatchObject({ valid: false, answer: "invalidCountry", problems: ["query parameter countryId is required"] });
  });

  it("at a path or with a method the spec does not have is flagged", async () => {
    const server = await mock("betfair-sso");
    expect((await fetch(`${server.url}/api/Login`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${server.url}/api/login`)).status).toBe(405);
    expect(server.requests.map((r) => r.problems)).toEqual([
      ["/api/Login is not a path of the betfair-sso spec"],
      ["GET /api/login is not documented; the spec has POST"],
    ]);
  });
});

describe("requests", () => {
  it("keeps what the client sent, with passwords and tokens redacted", async () => {
    const server = await mock("betfair-sso");
    const client = betfairSsoFlows.connect(server.url, fetch);
    await betfairSsoFlows.calls.login!(client);
    await betfairSsoFlows.calls.keepAlive!(client);
    expect(server.requests.map((r) => r.valid)).toEqual([true, true]);
    expect(server.requests[0]).toMatchObject({ body: { username: "example_user", password: "[redacted]" }, headers: { "x-application": "[redacted]" } });
    expect(server.requests[1]!.headers["x-authentication"]).toBe("[redacted]");
    expect(JSON.stringify(server.requests)).not.toContain("Pa55");
    expect(JSON.stringify(server.requests)).not.toContain("IhDSui3ODdsdwo");
  });

  it("keeps them as sent with revealSecrets", async () => {
    const server = await mock("posapi-auth", { revealSecrets: true });
    const client = posApiFlows.connect(server.url, fetch);
    await posApiFlows.calls.login!(client);
    await posApiFlows.calls.logout!(client);
    expect(server.requests[0]!.body).toMatchObject({ username: "myUserName", password: "password" });
    expect(server.requests[1]!.headers["x-bwin-session-token"]).toBe("9b1d4f2e7c0a4e8f9d3b6a5c2e1f0a7b");
  });
});

describe("answer", () => {
  it("takes a code as a number or a string, or an example name, until another is chosen", async () => {
    const server = await mock("posapi-auth", { answers: { login: "authenticationFailed" } });
    const client = posApiFlows.connect(server.url, fetch);
    expect(await posApiFlows.calls.login!(client)).toMatchObject({ ok: false, status: 403, code: 600 });
    server.answer("login", 602);
    expect(await posApiFlows.calls.login!(client)).toMatchObject({ code: 602, outcome: "account-blocked" });
    expect(await posApiFlows.calls.login!(client)).toMatchObject({ code: 602 });
    server.answer("login", "success");
    expect(await posApiFlows.calls.login!(client)).toMatchObject({ ok: true });
  });

  it("throws at once for an unknown operation or answer, naming those that exist", async () => {
    const server = await mock("casino-gateway");
    // @ts-expect-error: not an operation of the casino gateway
    expect(() => server.answer("logout", "ok")).toThrow(/"logout" is not an operation of casino-gateway; its operations are login/);
    // @ts-expect-error: not a documented answer of login
    const unknown = () => server.answer("login", "ACCOUNT_NOW_LOCKED");
    expect(unknown).toThrow(OperatorAuthError);
    expect(unknown).toThrow(/its answers are ok, incompleteRegistration, .*sms_verification_required/);
    await expect(startMockServer("betfair" as Provider)).rejects.toMatchObject({ kind: "invalid-input", message: expect.stringContaining("betfair-sso, posapi-auth, casino-gateway") });
  });

  it.each([
    ["not an object", null, /^startMockServer: answers must be an object/, /^handlers: answers must be an object/],
    ["an unknown answer", { login: "ACCOUNT_NOW_LOCKED" }, /^startMockServer: answer "ACCOUNT_NOW_LOCKED" is not a documented answer of casino-gateway login/, /^handlers: answer "ACCOUNT_NOW_LOCKED"/],
    ["an unknown operation", { logout: "ok" }, /^startMockServer: operationId "logout" is not an operation of casino-gateway/, /^handlers: operationId "logout"/],
  ])("answers that are %s are refused at the start, naming the factory", async (_name, answers, byServer, byHandlers) => {
    await expect(startMockServer("casino-gateway", { answers: answers as never })).rejects.toMatchObject({ name: "OperatorAuthError", kind: "invalid-input", message: expect.stringMatching(byServer) });
    expect(() => handlers("casino-gateway", { baseUrl: "http://127.0.0.1:9", answers: answers as never })).toThrow(
      expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input", message: expect.stringMatching(byHandlers) }),
    );
  });

  it.each([
    ["Stateful", { Stateful: true }, "stateful"],
    ["revealsecrets", { revealsecrets: true }, "revealSecrets"],
  ])("an option misspelt by case (%s) is refused rather than left unread, naming the factory", async (_name, options, meant) => {
    const refusal = (factory: string) => expect.objectContaining({ kind: "invalid-input", message: expect.stringMatching(new RegExp(`^${factory}: \\w+ is not an option \\(did you mean ${meant}\\?\\)`)) });
    await expect(startMockServer("casino-gateway", options as never)).rejects.toEqual(refusal("startMockServer"));
    expect(() => handlers("casino-gateway", { baseUrl: "http://127.0.0.1:9", ...options } as never)).toThrow(refusal("handlers"));
  });

  it("names misspelt by case of the factories' own options are refused too", async () => {
    await expect(startMockServer("casino-gateway", { Port: 4010 } as never)).rejects.toThrow(/^startMockServer: Port is not an option \(did you mean port\?\)/);
    expect(() => handlers("casino-gateway", { baseURL: "http://127.0.0.1:9" } as never)).toThrow(/^handlers: baseURL is not an option \(did you mean baseUrl\?\)/);
  });

  it("lists the documented answers with their codes and outcomes", () => {
    const answers = documentedAnswers("casino-gateway", "login");
    expect(answers.find((a) => a.name === "smsVerificationRequired")).toEqual({
      name: "smsVerificationRequired",
      status: 401,
      codes: [{ code: "sms_verification_required", outcome: "second-factor-required" }],
      fromShape: false,
    });
  });
});

describe("MSW handlers", () => {
  it("take the requests under their base URL's path only", async () => {
    const pos = handlers("posapi-auth", { baseUrl: "http://127.0.0.1:9/pos" });
    const msw = setupServer(...pos);
    msw.listen({ onUnhandledRequest: "bypass" });
    try {
      const inside = await fetch("http://127.0.0.1:9/pos/Authentication.svc/CheckCountryBlock?countryId=CH", { headers: { "x-bwin-accessId": "a" } });
      expect(inside.status).toBe(200);
      // Not under /pos: left to the network, where nothing listens on port 9.
      await expect(fetch("http://127.0.0.1:9/position/Authentication.svc/CheckCountryBlock?countryId=CH")).rejects.toThrow();
      expect(pos.requests.map((r) => r.path)).toEqual(["/Authentication.svc/CheckCountryBlock"]);
    } finally {
      msw.close();
    }
  });
});
