import { afterEach, describe, expect, it } from "vitest";
import { reply, startLocalServer, type Handler, type LocalServer } from "../../../test/local-server.js";
import { clientFor, describedClientFor } from "./fixtures.js";

let server: LocalServer | undefined;
afterEach(async () => server?.close());

async function checkAgainst(handler: Handler, client = describedClientFor) {
  server = await startLocalServer(handler);
  return client(server.url).checkCountryBlock("FR");
}

describe("checkCountryBlock", () => {
  it("HTTP 200: no rule matches", async () => {
    expect(await checkAgainst(reply(200, ""))).toEqual({ ok: true, status: 200, outcome: "ok", blocked: false });
  });

  it("HTTP 403: a rule matches, not ok, with its values and the TargetUrl", async () => {
    const values = [
      { Key: "TargetUrl", Value: "https://www.bwin.fr" },
      { Key: "SitecorePath", Value: "" },
    ];
    expect(await checkAgainst(reply(403, { code: 456, message: "Blocked by country rule", values }))).toEqual({
      ok: false,
      status: 403,
      blocked: true,
      code: 456,
      description: "Blocked by country rule",
      outcome: "location-blocked",
      message: "Blocked by country rule",
      values,
      targetUrl: "https://www.bwin.fr",
    });
  });

  it.each([
    ["no values", undefined],
    ["no TargetUrl key", [{ Key: "SitecorePath", Value: "/fr" }]],
    ["an empty TargetUrl", [{ Key: "TargetUrl", Value: "" }]],
  ])("HTTP 403 with %s: blocked, without targetUrl", async (_name, values) => {
    const result = await checkAgainst(reply(403, { code: 456, message: "Blocked by country rule", ...(values ? { values } : {}) }));
    expect(result).toMatchObject({ ok: false, blocked: true, outcome: "location-blocked", values: values ?? [] });
    expect(result).not.toHaveProperty("targetUrl");
  });

  it("HTTP 400: a failure, e.g. 102 Invalid country", async () => {
    expect(await checkAgainst(reply(400, { code: 102, message: "Invalid country" }))).toEqual({
      ok: false,
      status: 400,
      code: 102,
      message: "Invalid country",
      description: "Invalid country",
      outcome: "invalid-request",
    });
  });

  it("without descriptions: the code and outcome, no description", async () => {
    const values = [{ Key: "TargetUrl", Value: "https://www.bwin.fr" }];
    expect(await checkAgainst(reply(403, { code: 456, message: "Blocked by country rule", values }), clientFor)).toEqual({
      ok: false,
      status: 403,
      blocked: true,
      code: 456,
      outcome: "location-blocked",
      message: "Blocked by country rule",
      values,
      targetUrl: "https://www.bwin.fr",
    });
    expect(await checkAgainst(reply(400, { code: 102, message: "Invalid country" }), clientFor)).toEqual({
      ok: false,
      status: 400,
      code: 102,
      message: "Invalid country",
      outcome: "invalid-request",
    });
  });

  it("HTTP 403 without a code is not the documented shape", async () => {
    await expect(checkAgainst(reply(403, { message: "Blocked" }))).rejects.toMatchObject({ kind: "unexpected-body", status: 403 });
  });
});
