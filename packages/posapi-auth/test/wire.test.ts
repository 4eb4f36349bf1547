import { afterEach, describe, expect, it } from "vitest";
import { reply, startLocalServer, type Handler, type LocalServer } from "../../../test/local-server.js";
import { createPosApiClient, OperatorAuthError, sessionHeaders, type PosApiSession } from "../src/index.js";
import { createPosApiRawClient } from "../src/raw.js";
import { accessId, clientFor, loginInput, loginSuccessBody, password } from "./fixtures.js";

let server: LocalServer | undefined;
afterEach(async () => server?.close());

/** Answers every documented path with a success, as PosAPI would. */
const success: Handler = (request, response) =>
  request.url.includes("/Login") ? reply(200, loginSuccessBody())(request, response) : reply(200, "")(request, response);

async function start(handler: Handler = success) {
  server = await startLocalServer(handler);
  return server;
}

const session = (): PosApiSession => ({
  userToken: "e4a7c1f9-user",
  sessionToken: "9b1d4f2e-session",
  userTokenExpiresAt: new Date(),
  sessionTokenExpiresAt: new Date(),
});

const json = (body: Buffer) => JSON.parse(body.toString("utf8")) as unknown;

describe("what goes on the wire", () => {
  it("every call sends x-bwin-accessId, below the path prefix of baseUrl", async () => {
    const { url } = await start();
    const client = clientFor(`${url}/pos/V3`);
    await client.checkCountryBlock("CH");
    await client.login(loginInput);
    await client.loginWithPid({ pid: "123asdf" });
    await client.logout(session());
    await client.cancelWorkflow(session());
    expect(server!.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /pos/V3/Authentication.svc/CheckCountryBlock?countryId=CH",
      "POST /pos/V3/Authentication.svc/Login",
      "POST /pos/V3/Authentication.svc/Login/PID",
      "POST /pos/V3/Authentication.svc/Logout",
      "POST /pos/V3/Authentication.svc/CancelWorkflow",
    ]);
    for (const request of server!.requests) expect(request.headers["x-bwin-accessid"]).toBe(accessId);
  });

  it("logout and cancelWorkflow send the session and user tokens, and no body; the other calls send no token", async () => {
    await start();
    const client = clientFor(server!.url);
    await client.logout(session());
    await client.cancelWorkflow(session());
    await client.checkCountryBlock("FR");
    await client.login(loginInput);
    const [logout, cancel, check, login] = server!.requests;
    for (const request of [logout!, cancel!]) {
      expect(request.headers).toMatchObject({ "x-bwin-session-token": "9b1d4f2e-session", "x-bwin-user-token": "e4a7c1f9-user" });
      expect(request.body).toHaveLength(0);
    }
    for (const request of [check!, login!]) {
      expect(request.headers["x-bwin-session-token"]).toBeUndefined();
      expect(request.headers["x-bwin-user-token"]).toBeUndefined();
    }
  });

  it("login posts JSON with the password byte for byte, and only the documented fields", async () => {
    await start();
    const fingerprint = { superCookie: "superSecretSuperCookie", deviceDetails: [{ Key: "dt", Value: "website" }] };
    const input = {
      username: "myUserName",
      password,
      language: "EN",
      deviceId: "ABC123",
      dateOfBirth: new Date(1315996382000),
      handshakeSessionKey: "7401fefbad9a4f87a40e5d54930c285d",
      ucid: "12345abcd",
      fingerprint,
      notDocumented: "dropped",
    };
    const result = await clientFor(server!.url).login(input);
    expect(result.ok).toBe(true);
    const [request] = server!.requests;
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.body.includes(Buffer.from(JSON.stringify(password).slice(1, -1), "utf8"))).toBe(true);
    expect(json(request!.body)).toEqual({
      username: "myUserName",
      password,
      language: "EN",
      deviceId: "ABC123",
      dateOfBirth: "/Date(1315996382000)/",
      handshakeSessionKey: "7401fefbad9a4f87a40e5d54930c285d",
      ucid: "12345abcd",
      fingerprint,
    });
  });

  it("login leaves unset fields out and sends a dateOfBirth already written /Date(ms)/ as it is", async () => {
    await start();
    await clientFor(server!.url).login({ username: "u", password: "p", dateOfBirth: "/Date(-86400000+0100)/" });
    expect(json(server!.requests[0]!.body)).toEqual({ username: "u", password: "p", dateOfBirth: "/Date(-86400000+0100)/" });
  });

  it("an empty password travels when a handshakeSessionKey is sent", async () => {
    await start();
    await clientFor(server!.url).login({ username: "u", password: "", handshakeSessionKey: "7401fefb" });
    expect(json(server!.requests[0]!.body)).toEqual({ username: "u", password: "", handshakeSessionKey: "7401fefb" });
  });

  it("loginWithPid posts the PID body with the password byte for byte", async () => {
    await start();
    await clientFor(server!.url).loginWithPid({ pid: "123asdf", username: "denMark", password, language: "EN", deviceId: "ABC123", ucid: "1" });
    const [request] = server!.requests;
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(json(request!.body)).toEqual({ pid: "123asdf", username: "denMark", password, language: "EN", deviceId: "ABC123", ucid: "1" });
  });

  it("checkCountryBlock URL-encodes the country", async () => {
    await start();
    await clientFor(server!.url).checkCountryBlock("C&H=");
    expect(server!.requests[0]!.url).toBe("/Authentication.svc/CheckCountryBlock?countryId=C%26H%3D");
  });

  it("raw calls carry x-bwin-accessId as well, and sessionHeaders adds the tokens", async () => {
    await start();
    await createPosApiRawClient({ baseUrl: server!.url, accessId }).POST("/Authentication.svc/Logout", { headers: sessionHeaders(session()) });
    expect(server!.requests[0]!.headers).toMatchObject({
      "x-bwin-accessid": accessId,
      "x-bwin-session-token": "9b1d4f2e-session",
      "x-bwin-user-token": "e4a7c1f9-user",
    });
  });

  it("sends through the given fetch", async () => {
    await start();
    const seen: string[] = [];
    const client = clientFor(server!.url, {
      fetch: (input, init) => {
        seen.push(new Request(input, init).headers.get("x-bwin-accessId") ?? "none");
        return fetch(input, init);
      },
    });
    await client.checkCountryBlock("CH");
    expect(seen).toEqual([accessId]);
  });
});

describe("bad input is refused before anything is sent", () => {
  it.each([
    ["no username", { password: "pw" }],
    ["an empty username", { username: "", password: "pw" }],
    ["a password that is not a string", { username: "u", password: 1234 }],
    ["an empty password without handshakeSessionKey", { username: "u", password: "" }],
    ["a language that is not a string", { username: "u", password: "pw", language: 7 }],
    ["an invalid Date of birth", { username: "u", password: "pw", dateOfBirth: new Date("nope") }],
    ["a dateOfBirth in another form", { username: "u", password: "pw", dateOfBirth: "1997-06-13" }],
    ["a fingerprint that is not an object", { username: "u", password: "pw", fingerprint: "fp" }],
    ["deviceDetails that are not key-value pairs", { username: "u", password: "pw", fingerprint: { deviceDetails: [{ Key: "dt" }] } }],
    ["no input", null],
  ])("login: %s", async (_name, input) => {
    await start();
    const error = await clientFor(server!.url).login(input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperatorAuthError);
    expect(error).toMatchObject({ kind: "invalid-input", operation: "login" });
    expect(String(error)).not.toContain("pw");
    expect(server!.requests).toHaveLength(0);
  });

  it.each([
    ["no pid", { username: "u" }],
    ["a password that is not a string", { pid: "p", password: 1 }],
  ])("loginWithPid: %s", async (_name, input) => {
    await start();
    await expect(clientFor(server!.url).loginWithPid(input as never)).rejects.toMatchObject({ kind: "invalid-input", operation: "loginWithPid" });
    expect(server!.requests).toHaveLength(0);
  });

  it.each([undefined, "", 42])("checkCountryBlock: countryId %j", async (countryId) => {
    await start();
    await expect(clientFor(server!.url).checkCountryBlock(countryId as never)).rejects.toMatchObject({ kind: "invalid-input" });
    expect(server!.requests).toHaveLength(0);
  });

  it.each([
    ["no session", undefined],
    ["no sessionToken", { userToken: "u" }],
    ["an empty userToken", { userToken: "", sessionToken: "s" }],
    ["a token with a line break", { userToken: "u\r\nx-injected: secret-token-part", sessionToken: "s" }],
    ["a token with non-ASCII characters", { userToken: "tökén", sessionToken: "s" }],
  ])("logout and cancelWorkflow: %s", async (_name, badSession) => {
    await start();
    const client = clientFor(server!.url);
    for (const call of [client.logout, client.cancelWorkflow]) {
      const error = await call(badSession as never).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "OperatorAuthError", kind: "invalid-input" });
      expect(JSON.stringify(error) + String(error)).not.toContain("secret-token-part");
    }
    expect(server!.requests).toHaveLength(0);
  });

  it.each([
    ["an empty accessId", { baseUrl: "https://posapi.example.com", accessId: "" }, "invalid-input"],
    ["an accessId with a line break", { baseUrl: "https://posapi.example.com", accessId: "a\nb" }, "invalid-input"],
    ["an unparsable baseUrl", { baseUrl: "posapi", accessId }, "invalid-input"],
    ["a baseUrl that includes /Authentication.svc", { baseUrl: "https://posapi.example.com/V3/Authentication.svc", accessId }, "invalid-input"],
    ["plain http to a host that is not loopback", { baseUrl: "http://posapi.example.com", accessId }, "insecure-url"],
    ["a zero timeout", { baseUrl: "https://posapi.example.com", accessId, timeoutMs: 0 }, "invalid-input"],
    ["a zero sessionTokenLifetimeMs", { baseUrl: "https://posapi.example.com", accessId, sessionTokenLifetimeMs: 0 }, "invalid-input"],
    ["a NaN sessionTokenLifetimeMs", { baseUrl: "https://posapi.example.com", accessId, sessionTokenLifetimeMs: Number.NaN }, "invalid-input"],
  ])("createPosApiClient refuses %s", (_name, options, kind) => {
    expect(() => createPosApiClient(options)).toThrow(OperatorAuthError);
    expect(() => createPosApiClient(options)).toThrow(expect.objectContaining({ kind }));
  });
});
