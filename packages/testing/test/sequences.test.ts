/** Queues of answers per operation, and the stateful mode's sessions, through the real clients. */
import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { createPosApiClient } from "@operator-auth/posapi-auth";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer, type Provider } from "../src/index.js";

const started: MockServer<Provider>[] = [];
async function mock<P extends Provider>(provider: P, options?: Parameters<typeof startMockServer<P>>[1]) {
  const server = await startMockServer(provider, options);
  started.push(server as MockServer<Provider>);
  return server;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

const betfair = (url: string) => createBetfairSsoClient({ appKey: "IhDSui3ODdsdwo", baseUrl: url });
const posApi = (url: string) => createPosApiClient({ baseUrl: url, accessId: "frontend-bw-brand-1" });
const credentials = { username: "example_user", password: "Pa55word" };

describe("sequences", () => {
  it("2FA, then success; the standing answer after the queue", async () => {
    const server = await mock("betfair-sso");
    server.answerSequence("login", ["STRONG_AUTH_CODE_REQUIRED", "success"]);
    expect(server.pending("login")).toEqual(["STRONG_AUTH_CODE_REQUIRED", "success"]);
    const sso = betfair(server.url);
    expect(await sso.login(credentials)).toMatchObject({ ok: false, outcome: "second-factor-required" });
    expect(server.pending("login")).toEqual(["success"]);
    expect(await sso.login(credentials)).toMatchObject({ ok: true });
    expect(server.pending("login")).toEqual([]);
  });

  it("ok, ok, then NO_SESSION on the third keep-alive", async () => {
    const server = await mock("betfair-sso");
    server.answerSequence("keepAlive", ["success", "success", "NO_SESSION"]);
    const sso = betfair(server.url);
    const results = [await sso.keepAlive("t"), await sso.keepAlive("t"), await sso.keepAlive("t")];
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]).toMatchObject({ outcome: "session-invalid", code: "NO_SESSION" });
  });

  it("a ban, then success after the window; answerOnce goes back to the standing answer", async () => {
    const server = await mock("casino-gateway", { answers: { login: "USER_PASSWORD_NOT_VALID" } });
    server.answerOnce("login", "EXCEEDED_MAX_LOGIN_ATTEMPTS");
    server.answerOnce("login", "ok");
    const { createCasinoGatewayClient } = await import("@operator-auth/casino-gateway");
    const gateway = createCasinoGatewayClient({ baseUrl: server.url, version: "v1", brandId: 42 });
    const login = () => gateway.login({ user_name: "player1", password: "s3cret", language: "en" });
    expect(await login()).toMatchObject({ ok: false, outcome: "rate-limited" });
    expect(await login()).toMatchObject({ ok: true });
    expect(await login()).toMatchObject({ ok: false, outcome: "invalid-credentials" });
  });

  it("a request that breaks the spec takes nothing off the queue", async () => {
    const server = await mock("betfair-sso");
    server.answerOnce("login", "ACCOUNT_NOW_LOCKED");
    await fetch(`${server.url}/api/login`, { method: "POST" });
    expect(server.pending("login")).toEqual(["ACCOUNT_NOW_LOCKED"]);
    server.requests.clear();
    expect(server.requests).toHaveLength(0);
  });

  it("a pending PosAPI workflow as a login answer", async () => {
    const server = await mock("posapi-auth", { answers: { login: 7 } });
    const result = await posApi(server.url).login({ username: "myUserName", password: "password" });
    expect(result).toMatchObject({ ok: false, status: 200, code: 7, outcome: "action-required", workflow: { id: 7 } });
  });
});

describe("stateful", () => {
  it("Betfair: a login's token is kept alive, ended by logout, then NO_SESSION", async () => {
    const server = await mock("betfair-sso", { stateful: true });
    const sso = betfair(server.url);
    const login = await sso.login(credentials);
    if (!login.ok) throw new Error("login failed");
    expect(await sso.keepAlive(login.token)).toMatchObject({ ok: true, token: login.token });
    expect(await sso.keepAlive("not-a-session")).toMatchObject({ ok: false, code: "NO_SESSION", outcome: "session-invalid" });
    expect(await sso.logout(login.token)).toMatchObject({ ok: true });
    expect(await sso.keepAlive(login.token)).toMatchObject({ ok: false, code: "NO_SESSION" });
    // Two logins, two sessions.
    const again = await sso.login(credentials);
    expect(again.ok && again.token).not.toBe(login.token);
  });

  it("Betfair: a session past its lifetime gets NO_SESSION", async () => {
    const server = await mock("betfair-sso", { stateful: { sessionLifetimeMs: 50 } });
    const sso = betfair(server.url);
    const login = await sso.login(credentials);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await sso.keepAlive(login.ok ? login.token : "")).toMatchObject({ ok: false, code: "NO_SESSION" });
  });

  it("PosAPI: CancelWorkflow and Logout check the tokens; expired and unknown tokens get 207 and 209", async () => {
    const server = await mock("posapi-auth", { stateful: true });
    const pos = posApi(server.url);
    server.answerOnce("login", 7);
    const session = async () => {
      const result = await pos.login({ username: "myUserName", password: "password" });
      if (!("session" in result)) throw new Error("no session");
      return result.session;
    };
    const pending = { session: await session() };
    expect(await pos.cancelWorkflow(pending.session!)).toMatchObject({ ok: true, status: 200 });
    expect(await pos.cancelWorkflow(pending.session!)).toMatchObject({ code: 630, status: 404 });
    expect(await pos.logout(pending.session!)).toMatchObject({ ok: true });
    expect(await pos.logout(pending.session!)).toMatchObject({ ok: false, code: 209, outcome: "session-invalid" });
    const fresh = { session: await session() };
    server.expireSessions();
    expect(await pos.logout(fresh.session!)).toMatchObject({ ok: false, code: 207, outcome: "session-invalid" });
  });

  it("an answer chosen for a session call wins over the session's state", async () => {
    const server = await mock("betfair-sso", { stateful: true });
    server.answerOnce("keepAlive", "INTERNAL_ERROR");
    expect(await betfair(server.url).keepAlive("unknown")).toMatchObject({ code: "INTERNAL_ERROR" });
  });
});
