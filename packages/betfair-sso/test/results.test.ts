import { afterEach, describe, expect, it } from "vitest";
import { reply, startLocalServer, type LocalServer } from "../../../test/local-server.js";
import { codes, createBetfairSsoClient, type FailureOutcome } from "../src/index.js";

const appKey = "IhDSui3ODdsdwo";
const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
const answer = (status: string, error = "", sessionToken = "") => ({ token: sessionToken, product: appKey, status, error });

let server: LocalServer | undefined;
afterEach(async () => server?.close());

async function clientAnswering(body: object) {
  server = await startLocalServer(reply(200, body));
  return createBetfairSsoClient({ appKey, baseUrl: server.url });
}
const login = async (body: object) => (await clientAnswering(body)).login({ username: "example_user", password: "pw" });

describe("login: a session", () => {
  it("SUCCESS carries the token and no code", async () => {
    expect(await login(answer("SUCCESS", "", token))).toEqual({ ok: true, status: "SUCCESS", token });
  });

  it("LIMITED_ACCESS carries the token and what is limited", async () => {
    expect(await login(answer("LIMITED_ACCESS", "SUSPENDED", token))).toEqual({
      ok: true,
      status: "LIMITED_ACCESS",
      token,
      code: "SUSPENDED",
      description: codes.LoginErrorCode.SUSPENDED.description,
    });
  });
});

describe("login: every outcome of the shared vocabulary", () => {
  it.each([
    ["FAIL", "INVALID_USERNAME_OR_PASSWORD", "invalid-credentials"],
    ["LOGIN_RESTRICTED", "STRONG_AUTH_CODE_REQUIRED", "second-factor-required"],
    ["LOGIN_RESTRICTED", "SPANISH_TERMS_ACCEPTANCE_REQUIRED", "action-required"],
    ["FAIL", "ACCOUNT_NOW_LOCKED", "account-blocked"],
    ["FAIL", "BETTING_RESTRICTED_LOCATION", "location-blocked"],
    ["FAIL", "TEMPORARY_BAN_TOO_MANY_REQUESTS", "rate-limited"],
    ["FAIL", "NO_SESSION", "session-invalid"],
    ["FAIL", "INPUT_VALIDATION_ERROR", "invalid-request"],
    ["FAIL", "INVALID_CONNECTIVITY_TO_REGULATOR_IT", "unavailable"],
  ] as const)("%s %s → %s", async (status, code, outcome: FailureOutcome) => {
    expect(await login(answer(status, code))).toEqual({
      ok: false,
      status,
      code,
      description: codes.LoginErrorCode[code].description,
      outcome,
    });
    expect(server!.requests).toHaveLength(1);
  });

  it("keeps a code the documents do not list, with outcome unknown", async () => {
    expect(await login(answer("FAIL", "ACCOUNT_PAUSED_BY_REGULATOR_SE"))).toMatchObject({
      ok: false,
      status: "FAIL",
      code: "ACCOUNT_PAUSED_BY_REGULATOR_SE",
      outcome: "unknown",
    });
  });

  it("does not mistake a code named after an Object property for a documented one", async () => {
    expect(await login(answer("FAIL", "constructor"))).toMatchObject({ code: "constructor", outcome: "unknown" });
  });

  it("without an error value, the status decides", async () => {
    expect(await login(answer("LOGIN_RESTRICTED"))).toEqual({
      ok: false,
      status: "LOGIN_RESTRICTED",
      code: "LOGIN_RESTRICTED",
      description: codes.LoginStatus.LOGIN_RESTRICTED.description,
      outcome: "action-required",
    });
  });

  it("a status the documents do not list is no session, kept verbatim", async () => {
    expect(await login(answer("PARTIAL", "", token))).toMatchObject({ ok: false, status: "PARTIAL", code: "PARTIAL", outcome: "unknown" });
  });

  it("a documented code under an undocumented status keeps the code's outcome", async () => {
    expect(await login(answer("PARTIAL", "SELF_EXCLUDED"))).toMatchObject({ ok: false, status: "PARTIAL", code: "SELF_EXCLUDED", outcome: "account-blocked" });
  });
});

describe.each(["keepAlive", "logout"] as const)("%s results", (method) => {
  const call = async (body: object) => (await clientAnswering(body))[method](token);

  it("SUCCESS returns the token", async () => {
    expect(await call(answer("SUCCESS", "", token))).toEqual({ ok: true, status: "SUCCESS", token });
  });

  it("SUCCESS with an empty token returns the token that was sent", async () => {
    expect(await call(answer("SUCCESS"))).toEqual({ ok: true, status: "SUCCESS", token });
  });

  it.each([
    ["NO_SESSION", "session-invalid"],
    ["INTERNAL_ERROR", "unavailable"],
    ["INPUT_VALIDATION_ERROR", "invalid-request"],
  ] as const)("FAIL %s → %s", async (code, outcome) => {
    expect(await call(answer("FAIL", code, token))).toEqual({
      ok: false,
      status: "FAIL",
      code,
      description: codes.SessionErrorCode[code].description,
      outcome,
    });
  });

  it("FAIL without an error value → session-invalid", async () => {
    expect(await call(answer("FAIL"))).toMatchObject({ ok: false, status: "FAIL", code: "FAIL", outcome: "session-invalid" });
  });

  it("keeps an undocumented error value, with outcome unknown", async () => {
    expect(await call(answer("FAIL", "SESSION_MOVED"))).toMatchObject({ ok: false, code: "SESSION_MOVED", outcome: "unknown" });
  });
});
