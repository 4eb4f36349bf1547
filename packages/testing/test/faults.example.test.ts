import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { startMockServer } from "@operator-auth/testing";
import { afterAll, expect, it } from "vitest";

const mock = await startMockServer("betfair-sso");
afterAll(() => mock.close());
const sso = createBetfairSsoClient({ appKey: "app-key", baseUrl: mock.url, timeoutMs: 500 });
const logIn = () => sso.login({ username: "user", password: "secret" }).catch((error: { kind: string }) => error.kind);

// Faults: each served once, then the login's standing answer again.
it("delay: the answer, late", async () => {
  mock.answerOnce("login", { fault: "delay", ms: 100 });
  expect(await logIn()).toMatchObject({ ok: true });
});
it("hang: no answer; the client's deadline ends the call", async () => {
  mock.answerOnce("login", { fault: "hang" });
  expect(await logIn()).toBe("timeout");
});
it("reset: the connection dropped", async () => {
  mock.answerOnce("login", { fault: "reset" });
  expect(await logIn()).toBe("network");
});
it("html: a proxy's error page", async () => {
  mock.answerOnce("login", { fault: "html", status: 200 });
  expect(await logIn()).toBe("html-body");
});
it("truncated: half a body", async () => {
  mock.answerOnce("login", { fault: "truncated" });
  expect(await logIn()).toBe("invalid-body");
});
it("empty: no body", async () => {
  mock.answerOnce("login", { fault: "empty" });
  expect(await logIn()).toBe("empty-body");
});
it("status: an undocumented 429 with Retry-After", async () => {
  mock.answerOnce("login", { fault: "status", status: 429, headers: { "Retry-After": "120" } });
  expect(await logIn()).toBe("undocumented-status");
});

// Sequences: one step per call, in order; then the standing answer.
it("2FA, then success", async () => {
  mock.answerSequence("login", ["STRONG_AUTH_CODE_REQUIRED", "success"]);
  expect(await logIn()).toMatchObject({ outcome: "second-factor-required" });
  expect(mock.pending("login")).toEqual(["success"]);
  expect(await logIn()).toMatchObject({ ok: true });
});
it("ok, ok, then NO_SESSION on the third keep-alive", async () => {
  mock.answerSequence("keepAlive", ["success", "success", "NO_SESSION"]);
  const results = [await sso.keepAlive("token"), await sso.keepAlive("token"), await sso.keepAlive("token")];
  expect(results.map((r) => r.ok)).toEqual([true, true, false]);
});
it("a ban, then success after the window", async () => {
  mock.answerSequence("login", ["TEMPORARY_BAN_TOO_MANY_REQUESTS", "success"]);
  expect(await logIn()).toMatchObject({ outcome: "rate-limited" });
  expect(await logIn()).toMatchObject({ ok: true });
});
