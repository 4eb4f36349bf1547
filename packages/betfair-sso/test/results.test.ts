import { readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { reply, startLocalServer, type LocalServer } from "../../../test/local-server.js";
import { codeTables, LoginErrorCode, LoginStatus, SessionErrorCode } from "../src/codes.js";
import { undocumentedCodeDescription } from "@operator-auth/core";
import { createBetfairSsoClient, type BetfairSsoClientOptions, type FailureOutcome } from "../src/index.js";

const appKey = "IhDSui3ODdsdwo";
const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
const answer = (status: string, error = "", sessionToken = "") => ({ token: sessionToken, product: appKey, status, error });

let server: LocalServer | undefined;
afterEach(async () => server?.close());

type Descriptions = Pick<BetfairSsoClientOptions, "descriptions">;
/** The client option that adds the spec's descriptions to the results. */
const described: Descriptions = { descriptions: codeTables };

async function clientAnswering(body: object, options: Descriptions = {}) {
  server = await startLocalServer(reply(200, body));
  return createBetfairSsoClient({ appKey, baseUrl: server.url, ...options });
}
const login = async (body: object, options: Descriptions = {}) =>
  (await clientAnswering(body, options)).login({ username: "example_user", password: "pw" });

describe("login: a session", () => {
  it("SUCCESS carries the token and no code", async () => {
    expect(await login(answer("SUCCESS", "", token))).toEqual({ ok: true, status: "SUCCESS", outcome: "ok", token });
  });

  it("LIMITED_ACCESS carries the token and what is limited, and is not ok", async () => {
    expect(await login(answer("LIMITED_ACCESS", "SUSPENDED", token), described)).toEqual({
      ok: false,
      status: "LIMITED_ACCESS",
      token,
      code: "SUSPENDED",
      description: LoginErrorCode.SUSPENDED.description,
      outcome: "account-blocked",
    });
  });

  it("LIMITED_ACCESS without descriptions carries what is limited, and no description", async () => {
    const result = await login(answer("LIMITED_ACCESS", "SUSPENDED", token));
    expect(result).toEqual({ ok: false, status: "LIMITED_ACCESS", token, code: "SUSPENDED", outcome: "account-blocked" });
    expect(result).not.toHaveProperty("description");
  });

  it("LIMITED_ACCESS without an error value is the status's own outcome", async () => {
    expect(await login(answer("LIMITED_ACCESS", "", token))).toEqual({
      ok: false,
      status: "LIMITED_ACCESS",
      token,
      code: "LIMITED_ACCESS",
      outcome: "action-required",
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
    expect(await login(answer(status, code), described)).toEqual({
      ok: false,
      status,
      code,
      // NO_SESSION is listed without a description: the result carries none.
      ...(LoginErrorCode[code].description ? { description: LoginErrorCode[code].description } : {}),
      outcome,
    });
    expect(server!.requests).toHaveLength(1);
  });

  it("keeps a code the documents do not list, with outcome unknown", async () => {
    expect(await login(answer("FAIL", "ACCOUNT_PAUSED_BY_REGULATOR_SE"))).toEqual({
      ok: false,
      status: "FAIL",
      code: "ACCOUNT_PAUSED_BY_REGULATOR_SE",
      outcome: "unknown",
    });
    expect(await login(answer("FAIL", "ACCOUNT_PAUSED_BY_REGULATOR_SE"), described)).toMatchObject({
      code: "ACCOUNT_PAUSED_BY_REGULATOR_SE",
      description: undocumentedCodeDescription,
      outcome: "unknown",
    });
  });

  it("does not mistake a code named after an Object property for a documented one", async () => {
    expect(await login(answer("FAIL", "constructor"))).toMatchObject({ code: "constructor", outcome: "unknown" });
  });

  it("without an error value, the status decides", async () => {
    expect(await login(answer("LOGIN_RESTRICTED"), described)).toEqual({
      ok: false,
      status: "LOGIN_RESTRICTED",
      code: "LOGIN_RESTRICTED",
      description: LoginStatus.LOGIN_RESTRICTED.description,
      outcome: "action-required",
    });
  });

  it("a status the documents do not list is no session, kept verbatim", async () => {
    expect(await login(answer("PARTIAL", "", token))).toMatchObject({ ok: false, status: "PARTIAL", code: "PARTIAL", outcome: "unknown" });
  });

  it("a documented code under an undocumented status is kept verbatim, with outcome unknown", async () => {
    // The result types tie each documented code to a documented status; an answer outside them is unknown.
    expect(await login(answer("PARTIAL", "SELF_EXCLUDED"))).toEqual({ ok: false, status: "PARTIAL", code: "SELF_EXCLUDED", outcome: "unknown" });
  });
});

describe("login: descriptions are added only when the client is given them", () => {
  it("without descriptions a failure has its outcome and code, and no description", async () => {
    const result = await login(answer("FAIL", "INVALID_USERNAME_OR_PASSWORD"));
    expect(result).toEqual({ ok: false, status: "FAIL", code: "INVALID_USERNAME_OR_PASSWORD", outcome: "invalid-credentials" });
    expect(result).not.toHaveProperty("description");
    expect(await login(answer("LOGIN_RESTRICTED"))).not.toHaveProperty("description");
  });

  it("with codeTables a failure carries the spec's description of its code", async () => {
    expect(await login(answer("FAIL", "INVALID_USERNAME_OR_PASSWORD"), described)).toMatchObject({
      code: "INVALID_USERNAME_OR_PASSWORD",
      description: LoginErrorCode.INVALID_USERNAME_OR_PASSWORD.description,
      outcome: "invalid-credentials",
    });
  });
});

describe.each(["keepAlive", "logout"] as const)("%s results", (method) => {
  const call = async (body: object, options: Descriptions = {}) => (await clientAnswering(body, options))[method](token);

  it("SUCCESS returns the token", async () => {
    expect(await call(answer("SUCCESS", "", token))).toEqual({ ok: true, status: "SUCCESS", outcome: "ok", token });
  });

  it("SUCCESS with an empty token returns the token that was sent", async () => {
    expect(await call(answer("SUCCESS"))).toEqual({ ok: true, status: "SUCCESS", outcome: "ok", token });
  });

  it.each([
    ["NO_SESSION", "session-invalid"],
    ["INTERNAL_ERROR", "unavailable"],
    ["INPUT_VALIDATION_ERROR", "invalid-request"],
  ] as const)("FAIL %s → %s", async (code, outcome) => {
    expect(await call(answer("FAIL", code, token), described)).toEqual({
      ok: false,
      status: "FAIL",
      code,
      // NO_SESSION and INTERNAL_ERROR are listed without a description: the result carries none.
      ...(SessionErrorCode[code].description ? { description: SessionErrorCode[code].description } : {}),
      outcome,
    });
  });

  it("without descriptions a failure has its outcome and code, and no description", async () => {
    const result = await call(answer("FAIL", "NO_SESSION", token));
    expect(result).toEqual({ ok: false, status: "FAIL", code: "NO_SESSION", outcome: "session-invalid" });
    expect(result).not.toHaveProperty("description");
  });

  it("FAIL without an error value → unknown: the status alone does not say why", async () => {
    expect(await call(answer("FAIL"))).toMatchObject({ ok: false, status: "FAIL", code: "FAIL", outcome: "unknown" });
  });

  it("keeps an undocumented error value, with outcome unknown", async () => {
    expect(await call(answer("FAIL", "SESSION_MOVED"))).toMatchObject({ ok: false, code: "SESSION_MOVED", outcome: "unknown" });
  });
});

describe("the main entry leaves the documents' wording out", () => {
  it("only the ./codes entry imports the full code tables", () => {
    const sourceDir = new URL("../src/", import.meta.url);
    const importers = readdirSync(sourceDir, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .filter((file) => /from "\.\/(generated\/)?codes\.js"/.test(readFileSync(new URL(file, sourceDir), "utf8")));
    expect(importers).toEqual(["codes.ts"]);
  });
});
