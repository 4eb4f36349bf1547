import { describe, expect, it } from "vitest";
import { undocumentedCodeDescription } from "@operator-auth/core";
import { codeTables, InteractiveLoginErrorCode } from "../src/codes.js";
import { betfairJurisdictions } from "../src/index.js";
import { interactiveLoginUrl, parseInteractiveLoginRedirect } from "../src/interactive.js";
import { specJurisdictions } from "./spec-extensions.js";

const appKey = "IhDSui3ODdsdwo";
const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";

describe("interactiveLoginUrl", () => {
  it("builds the global page by default, with product and url", () => {
    const url = new URL(interactiveLoginUrl({ appKey, redirectUrl: "https://www.betfair.com" }));
    expect(url.origin).toBe(`https://${specJurisdictions.global}`);
    expect(url.pathname).toBe("/view/login");
    expect([...url.searchParams]).toEqual([
      ["product", appKey],
      ["url", "https://www.betfair.com"],
    ]);
  });

  it.each(betfairJurisdictions)("%s: the page is on the host x-jurisdictions gives", (jurisdiction) => {
    const url = new URL(interactiveLoginUrl({ appKey, redirectUrl: "https://www.betfair.com", jurisdiction }));
    expect(url.host).toBe(specJurisdictions[jurisdiction]);
  });

  it("encodes a redirect URL that has its own query", () => {
    const redirectUrl = "https://app.example.com/done?state=a&b=c d+e#frag";
    const href = interactiveLoginUrl({ appKey, redirectUrl });
    expect(new URL(href).searchParams.get("url")).toBe(redirectUrl);
    expect(href).not.toContain("&b=");
  });

  it.each([
    ["no appKey", { appKey: "", redirectUrl: "https://www.betfair.com" }],
    ["a relative redirectUrl", { appKey, redirectUrl: "/done" }],
    ["an unknown jurisdiction", { appKey, redirectUrl: "https://www.betfair.com", jurisdiction: "denmark" }],
  ])("refuses %s", (_name, options) => {
    expect(() => interactiveLoginUrl(options as never)).toThrow(expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input" }));
  });
});

describe("parseInteractiveLoginRedirect", () => {
  const encodedToken = encodeURIComponent(token);
  const described = { descriptions: codeTables };

  it("current revision: ssoid is the token, URL-decoded", () => {
    expect(parseInteractiveLoginRedirect(`ssoid=${encodedToken}`)).toEqual({ ok: true, outcome: "ok", token });
    expect(parseInteractiveLoginRedirect(`ssoid=${encodedToken}&errorCode=`)).toEqual({ ok: true, outcome: "ok", token });
  });

  it("current revision: errorCode is the reason", () => {
    expect(parseInteractiveLoginRedirect("errorCode=ACCOUNT_NOW_LOCKED", described)).toEqual({
      ok: false,
      code: "ACCOUNT_NOW_LOCKED",
      description: InteractiveLoginErrorCode.ACCOUNT_NOW_LOCKED.description,
      outcome: "account-blocked",
    });
  });

  it("without descriptions a failure carries its outcome and code, and no description", () => {
    const result = parseInteractiveLoginRedirect("errorCode=ACCOUNT_NOW_LOCKED");
    expect(result).toEqual({ ok: false, code: "ACCOUNT_NOW_LOCKED", outcome: "account-blocked" });
    expect(result).not.toHaveProperty("description");
    expect(parseInteractiveLoginRedirect("errorCode=ACCOUNT_NOW_LOCKED", {})).not.toHaveProperty("description");
  });

  it("with descriptions a failure carries the spec's description of its code", () => {
    expect(parseInteractiveLoginRedirect({ loginStatus: "CLOSED" }, described)).toMatchObject({
      code: "CLOSED",
      description: InteractiveLoginErrorCode.CLOSED.description,
      outcome: "account-blocked",
    });
  });

  it("an errorCode wins over an ssoid sent with it", () => {
    expect(parseInteractiveLoginRedirect(`ssoid=${encodedToken}&errorCode=STRONG_AUTH_CODE_REQUIRED`)).toMatchObject({
      ok: false,
      code: "STRONG_AUTH_CODE_REQUIRED",
      outcome: "second-factor-required",
    });
  });

  it("older revision: loginStatus SUCCESS with productToken", () => {
    expect(parseInteractiveLoginRedirect(`loginStatus=SUCCESS&productToken=${encodedToken}`)).toEqual({ ok: true, outcome: "ok", token });
  });

  it("older revision: any other loginStatus is the reason", () => {
    expect(parseInteractiveLoginRedirect("loginStatus=SPAIN_MIGRATION_REQUIRED", described)).toEqual({
      ok: false,
      code: "SPAIN_MIGRATION_REQUIRED",
      description: InteractiveLoginErrorCode.SPAIN_MIGRATION_REQUIRED.description,
      outcome: "action-required",
    });
  });

  it("accepts URLSearchParams and an object of already decoded fields alike", () => {
    expect(parseInteractiveLoginRedirect(new URLSearchParams({ ssoid: token }))).toEqual({ ok: true, outcome: "ok", token });
    expect(parseInteractiveLoginRedirect({ loginStatus: "SUCCESS", productToken: token })).toEqual({ ok: true, outcome: "ok", token });
    expect(parseInteractiveLoginRedirect({ errorCode: "CLOSED" })).toMatchObject({ ok: false, code: "CLOSED", outcome: "account-blocked" });
  });

  it("keeps a code the documents do not list, with outcome unknown", () => {
    expect(parseInteractiveLoginRedirect("errorCode=NEW_REGULATOR_CHECK", described)).toEqual({
      ok: false,
      code: "NEW_REGULATOR_CHECK",
      description: undocumentedCodeDescription,
      outcome: "unknown",
    });
    expect(parseInteractiveLoginRedirect("errorCode=NEW_REGULATOR_CHECK")).toEqual({ ok: false, code: "NEW_REGULATOR_CHECK", outcome: "unknown" });
    expect(parseInteractiveLoginRedirect("errorCode=toString")).toMatchObject({ code: "toString", outcome: "unknown" });
  });

  it.each([
    ["an empty body", ""],
    ["unrelated fields", "foo=bar"],
    ["loginStatus SUCCESS without productToken", "loginStatus=SUCCESS"],
  ])("refuses %s", (_name, body) => {
    expect(() => parseInteractiveLoginRedirect(body)).toThrow(expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input" }));
  });

  it("refuses something that is not a body", () => {
    expect(() => parseInteractiveLoginRedirect(42 as never)).toThrow(expect.objectContaining({ kind: "invalid-input" }));
  });
});
