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

  it.each([
    ["a jurisdiction misspelt by case", { appKey, redirectUrl: "https://www.betfair.com", Jurisdiction: "italy" }, "Jurisdiction"],
    ["a redirectUrl misspelt by case", { appKey, redirectURL: "https://www.betfair.com" }, "redirectURL"],
  ])("refuses %s, naming itself and the name given", (_name, options, option) => {
    expect(() => interactiveLoginUrl(options as never)).toThrow(
      expect.objectContaining({ kind: "invalid-input", message: expect.stringMatching(new RegExp(`^interactiveLoginUrl: ${option} is not an option`)) }),
    );
  });
});

describe("parseInteractiveLoginRedirect", () => {
  const encodedToken = encodeURIComponent(token);
  const described = { descriptions: codeTables };

  it("current revision: ssoid is the token, URL-decoded, beside an empty errorCode", () => {
    expect(parseInteractiveLoginRedirect(`ssoid=${encodedToken}&errorCode=`)).toEqual({ ok: true, outcome: "ok", token });
    expect(parseInteractiveLoginRedirect(`errorCode=&ssoid=${encodedToken}`)).toEqual({ ok: true, outcome: "ok", token });
  });

  it("current revision: errorCode is the reason", () => {
    expect(parseInteractiveLoginRedirect("errorCode=ACCOUNT_NOW_LOCKED&ssoid=", described)).toEqual({
      ok: false,
      code: "ACCOUNT_NOW_LOCKED",
      description: InteractiveLoginErrorCode.ACCOUNT_NOW_LOCKED.description,
      outcome: "account-blocked",
    });
  });

  it("without descriptions a failure carries its outcome and code, and no description", () => {
    const result = parseInteractiveLoginRedirect("errorCode=ACCOUNT_NOW_LOCKED&ssoid=");
    expect(result).toEqual({ ok: false, code: "ACCOUNT_NOW_LOCKED", outcome: "account-blocked" });
    expect(result).not.toHaveProperty("description");
    expect(parseInteractiveLoginRedirect("errorCode=ACCOUNT_NOW_LOCKED&ssoid=", {})).not.toHaveProperty("description");
  });

  it("with descriptions a failure carries the spec's description of its code", () => {
    expect(parseInteractiveLoginRedirect({ loginStatus: "CLOSED", productToken: "" }, described)).toMatchObject({
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
    expect(parseInteractiveLoginRedirect("loginStatus=SPAIN_MIGRATION_REQUIRED&productToken=", described)).toEqual({
      ok: false,
      code: "SPAIN_MIGRATION_REQUIRED",
      description: InteractiveLoginErrorCode.SPAIN_MIGRATION_REQUIRED.description,
      outcome: "action-required",
    });
  });

  it("accepts URLSearchParams and an object of already decoded fields alike", () => {
    expect(parseInteractiveLoginRedirect(new URLSearchParams({ ssoid: token, errorCode: "" }))).toEqual({ ok: true, outcome: "ok", token });
    expect(parseInteractiveLoginRedirect({ loginStatus: "SUCCESS", productToken: token })).toEqual({ ok: true, outcome: "ok", token });
    expect(parseInteractiveLoginRedirect({ errorCode: "CLOSED", ssoid: "" })).toMatchObject({ ok: false, code: "CLOSED", outcome: "account-blocked" });
  });

  it("keeps a code the documents do not list, with outcome unknown", () => {
    expect(parseInteractiveLoginRedirect("errorCode=NEW_REGULATOR_CHECK&ssoid=", described)).toEqual({
      ok: false,
      code: "NEW_REGULATOR_CHECK",
      description: undocumentedCodeDescription,
      outcome: "unknown",
    });
    expect(parseInteractiveLoginRedirect("errorCode=NEW_REGULATOR_CHECK&ssoid=")).toEqual({ ok: false, code: "NEW_REGULATOR_CHECK", outcome: "unknown" });
    expect(parseInteractiveLoginRedirect("errorCode=toString&ssoid=")).toMatchObject({ code: "toString", outcome: "unknown" });
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

  it.each([
    ["null options", null, "parseInteractiveLoginRedirect expects an options object"],
    ["descriptions misspelt by case", { Descriptions: codeTables }, "parseInteractiveLoginRedirect: Descriptions is not an option"],
  ])("refuses %s, for a success and a failure alike", (_name, options, message) => {
    for (const body of [`ssoid=${encodedToken}&errorCode=`, "ssoid=&errorCode=INVALID_USERNAME_OR_PASSWORD"]) {
      expect(() => parseInteractiveLoginRedirect(body, options as never)).toThrow(
        expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input", message: expect.stringMatching(new RegExp(`^${message}`)) }),
      );
    }
  });
});

describe("parseInteractiveLoginRedirect fails closed", () => {
  /** The call throws invalid-input naming `field`, and the message holds no value of the body. */
  const refused = (body: Parameters<typeof parseInteractiveLoginRedirect>[0], field: string) => {
    let thrown: unknown;
    try {
      const result = parseInteractiveLoginRedirect(body);
      expect.fail(`returned ${JSON.stringify(result)}`);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: "OperatorAuthError", kind: "invalid-input" });
    const message = (thrown as Error).message;
    expect(message).toMatch(new RegExp(`^parseInteractiveLoginRedirect: ${field} `));
    expect(message).not.toContain(token);
    expect(message).not.toContain("INVALID_USERNAME_OR_PASSWORD");
  };

  it.each([
    ["an empty errorCode repeated with the real one", `errorCode=&errorCode=INVALID_USERNAME_OR_PASSWORD&ssoid=${encodeURIComponent(token)}`, "errorCode"],
    ["the real errorCode repeated with an empty one", `errorCode=INVALID_USERNAME_OR_PASSWORD&errorCode=&ssoid=${encodeURIComponent(token)}`, "errorCode"],
    ["two ssoids", `ssoid=${encodeURIComponent(token)}&ssoid=other`, "ssoid"],
    ["the same ssoid twice", `ssoid=${encodeURIComponent(token)}&ssoid=${encodeURIComponent(token)}`, "ssoid"],
    ["two loginStatus", "loginStatus=INVALID_USERNAME_OR_PASSWORD&loginStatus=SUCCESS&productToken=abc", "loginStatus"],
    ["two productTokens", `loginStatus=SUCCESS&productToken=${encodeURIComponent(token)}&productToken=x`, "productToken"],
  ])("a repeated field in the form body (%s) is refused, as a string and as URLSearchParams", (_name, body, field) => {
    refused(body, field);
    refused(new URLSearchParams(body), field);
  });

  it.each([
    ["errorCode as an array beside an ssoid", { errorCode: ["INVALID_USERNAME_OR_PASSWORD"], ssoid: token }, "errorCode"],
    ["errorCode as an array of an empty and a real code", { errorCode: ["", "INVALID_USERNAME_OR_PASSWORD"], ssoid: token }, "errorCode"],
    ["ssoid as an array of one", { ssoid: [token] }, "ssoid"],
    ["productToken as an array", { loginStatus: "SUCCESS", productToken: [token, "x"] }, "productToken"],
    ["loginStatus as an array", { loginStatus: ["SUCCESS"], productToken: token }, "loginStatus"],
  ])("a repeated field from a web framework (%s) is refused", (_name, body, field) => {
    refused(body, field);
  });

  it.each([
    ["a number", { ssoid: 5 }, "ssoid"],
    ["null", { ssoid: token, errorCode: null }, "errorCode"],
    ["an object (qs's nested fields)", { ssoid: { toString: () => token } }, "ssoid"],
    ["a boolean", { loginStatus: true, productToken: token }, "loginStatus"],
  ])("a field that is not a string (%s) is refused", (_name, body, field) => {
    refused(body, field);
  });

  it.each([
    ["ssoid beside loginStatus SUCCESS", `ssoid=${encodeURIComponent(token)}&loginStatus=SUCCESS&productToken=${encodeURIComponent(token)}`, "body"],
    ["ssoid beside productToken", `ssoid=${encodeURIComponent(token)}&productToken=other`, "body"],
    ["an empty errorCode beside the older success", `errorCode=&loginStatus=SUCCESS&productToken=${encodeURIComponent(token)}`, "body"],
    ["a failure errorCode beside the older success", `errorCode=CLOSED&loginStatus=SUCCESS&productToken=${encodeURIComponent(token)}`, "body"],
  ])("a body that mixes the two revisions' fields (%s) is refused", (_name, body, field) => {
    refused(body, field);
  });

  it.each([
    ["an empty loginStatus beside a productToken", `loginStatus=&productToken=${encodeURIComponent(token)}`, "loginStatus"],
    ["a productToken without loginStatus", `productToken=${encodeURIComponent(token)}`, "loginStatus"],
    ["an empty ssoid with an empty errorCode", "ssoid=&errorCode=", "ssoid"],
    ["an ssoid that is not a header value", "ssoid=abc%0D%0AX-Other%3A%201&errorCode=", "ssoid"],
    ["an ssoid with a space at its end", "ssoid=abc%20&errorCode=", "ssoid"],
  ])("a success that is not exactly one documented field set (%s) is refused", (_name, body, field) => {
    refused(body, field);
  });

  // Both documents: "The POST request body will contain two URL encoded parameters".
  it.each([
    ["an ssoid without errorCode", `ssoid=${encodeURIComponent(token)}`, "errorCode"],
    ["an errorCode without ssoid", "errorCode=INVALID_USERNAME_OR_PASSWORD", "ssoid"],
    ["loginStatus SUCCESS without productToken", "loginStatus=SUCCESS", "productToken"],
    ["a failing loginStatus without productToken", "loginStatus=INVALID_USERNAME_OR_PASSWORD", "productToken"],
    ["an ssoid beside an errorCode left undefined", { ssoid: token, errorCode: undefined }, "errorCode"],
  ])("a body without both parameters of its revision (%s) is refused", (_name, body, field) => {
    refused(body, field);
  });

  it("a failure code wins over a token beside it: never a success", () => {
    expect(parseInteractiveLoginRedirect(`errorCode=CLOSED&ssoid=${encodeURIComponent(token)}`)).toMatchObject({ ok: false, code: "CLOSED" });
    expect(parseInteractiveLoginRedirect({ loginStatus: "CLOSED", productToken: token, unrelated: ["a", "b"] })).toMatchObject({ ok: false, code: "CLOSED" });
  });

  it("fields other than the four are ignored, repeated or not; a field left undefined is absent", () => {
    expect(parseInteractiveLoginRedirect(`state=1&state=2&ssoid=${encodeURIComponent(token)}&errorCode=`)).toEqual({ ok: true, outcome: "ok", token });
    expect(parseInteractiveLoginRedirect({ ssoid: token, errorCode: "", loginStatus: undefined, extra: 5 })).toEqual({ ok: true, outcome: "ok", token });
  });
});
