import { afterEach, describe, expect, it } from "vitest";
import { readSpec } from "../../../scripts/generate/spec.js";
import { reply, startLocalServer, type LocalServer } from "../../../test/local-server.js";
import { formatPosDate, OperatorAuthError, parsePosDate, posDatePattern } from "../src/index.js";
import { clientFor, loginInput, loginSuccessBody, spec } from "./fixtures.js";

describe("parsePosDate", () => {
  it("accepts exactly the spec's PosDate pattern", () => {
    const pattern = readSpec(spec).components!.schemas!.PosDate!.pattern as string;
    const samples = ["/Date(0)/", "/Date(-1)/", "/Date(1+0100)/", "/Date(1-0530)/", "/Date()/", "/Date(1+01)/", "Date(1)", "/Date(1.5)/"];
    for (const sample of samples) expect(posDatePattern.test(sample), sample).toBe(new RegExp(pattern).test(sample));
  });

  it.each([
    ["/Date(1415267177020)/", "2014-11-06T09:46:17.020Z"],
    ["/Date(1315996382000)/", "2011-09-14T10:33:02.000Z"],
    ["/Date(0)/", "1970-01-01T00:00:00.000Z"],
    ["/Date(-86400000)/", "1969-12-31T00:00:00.000Z"],
    ["/Date(-1)/", "1969-12-31T23:59:59.999Z"],
    // The offset names the sender's zone; the milliseconds are already the instant.
    ["/Date(1415267177020+0100)/", "2014-11-06T09:46:17.020Z"],
    ["/Date(1415267177020-0530)/", "2014-11-06T09:46:17.020Z"],
    ["/Date(8640000000000000)/", "+275760-09-13T00:00:00.000Z"],
  ])("%s → %s", (text, iso) => {
    expect(parsePosDate(text)?.toISOString()).toBe(iso);
  });

  it.each([
    "/Date()/",
    "/Date(abc)/",
    "/Date(1.5)/",
    "/Date(1+01)/",
    "/Date(1 +0100)/",
    "Date(0)",
    "/Date(0)",
    " /Date(0)/",
    "/date(0)/",
    "2014-11-06T09:46:17.020Z",
    "/Date(8640000000000001)/",
    "/Date(99999999999999999999)/",
    "",
  ])("%j is not a date of that form → undefined", (text) => {
    expect(parsePosDate(text)).toBeUndefined();
  });

  it("formatPosDate writes what parsePosDate reads", () => {
    const date = new Date("1997-06-13T00:00:00Z");
    expect(formatPosDate(date)).toBe("/Date(866160000000)/");
    expect(parsePosDate(formatPosDate(date))).toEqual(date);
  });
});

describe("dates in a login answer", () => {
  let server: LocalServer | undefined;
  afterEach(async () => server?.close());

  async function loginAnswering(body: Record<string, unknown>) {
    server = await startLocalServer(reply(200, body));
    return clientFor(server.url).login(loginInput);
  }

  it("the documented date fields become Dates; other fields stay as sent", async () => {
    const body = loginSuccessBody();
    const result = await loginAnswering(body);
    if (!result.ok) expect.fail("the login should succeed");
    expect(result.account.serverTimeUTC).toEqual(new Date("2014-11-06T09:46:17.020Z"));
    expect(result.account.lastLoginUTC).toEqual(new Date(0));
    expect(result.account.lastLogoutUTC).toEqual(new Date(0));
    expect(result.account).toMatchObject({ screenName: "sntokenguy1", accountId: 110750845, Balance: body.Balance, superCookie: "topSecret" });
  });

  it("a /Date(ms)/ string at any depth becomes a Date; any other string stays a string", async () => {
    const result = await loginAnswering({
      ...loginSuccessBody(),
      ClaimValues: [
        { Key: "RegisteredOn", Value: "/Date(1315996382000+0200)/" },
        { Key: "Note", Value: "/Date(soon)/" },
      ],
      PostLoginValues: { nested: [{ at: "/Date(-1000)/" }], text: "2020-01-01T00:00:00" },
    });
    if (!result.ok) expect.fail("the login should succeed");
    expect(result.account.ClaimValues).toEqual([
      { Key: "RegisteredOn", Value: new Date(1315996382000) },
      { Key: "Note", Value: "/Date(soon)/" },
    ]);
    expect(result.account.PostLoginValues).toEqual({ nested: [{ at: new Date(-1000) }], text: "2020-01-01T00:00:00" });
  });

  it("tokens that read like a /Date(ms)/ stay the strings that were sent, in the session and the account", async () => {
    const tokens = { sessionToken: "/Date(0)/", userToken: "/Date(1415267177020)/", ssoToken: "/Date(1)/" };
    const result = await loginAnswering({ ...loginSuccessBody(), ...tokens });
    if (!result.ok) expect.fail("the login should succeed");
    expect(result.session).toMatchObject(tokens);
    expect(result.account).toMatchObject(tokens);
  });

  it("leaves a __proto__ key of the body out of the account, at any depth", async () => {
    const { PostLoginValues: _, ...body } = loginSuccessBody();
    const json = JSON.stringify(body).replace(/^\{/, '{"PostLoginValues":{"__proto__":{"polluted":"/Date(0)/"},"kept":"/Date(1000)/"},');
    server = await startLocalServer(reply(200, json));
    const result = await clientFor(server.url).login(loginInput);
    if (!result.ok) expect.fail("the login should succeed");
    const values = result.account.PostLoginValues as Record<string, unknown>;
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.hasOwn(values, "__proto__")).toBe(false);
    expect(values).toEqual({ kept: new Date(1000) });
    expect((Object.assign({}, values) as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(["lastLoginUTC", "lastLogoutUTC", "serverTimeUTC"])("a malformed %s is not the documented shape → unexpected-body", async (field) => {
    const error = await loginAnswering({ ...loginSuccessBody(), [field]: "2014-11-06T09:46:17Z" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperatorAuthError);
    expect(error).toMatchObject({ kind: "unexpected-body", status: 200, operation: "login" });
    expect((error as Error).message).toContain(field);
  });
});
