import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reply, startLocalServer, type Handler, type LocalServer } from "../../../test/local-server.js";
import { defaultSessionTokenLifetimeMs, type PosApiSession, type PosApiSessionJson } from "../src/index.js";
import { clientFor, loginInput, loginSuccessBody } from "./fixtures.js";

let server: LocalServer;
let answer: Handler;
beforeAll(async () => {
  server = await startLocalServer((request, response) => answer(request, response));
});
afterAll(async () => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

/** Freezes a value and everything in it, as Redux Toolkit and Immer do with state. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

async function loggedIn(): Promise<PosApiSession> {
  answer = reply(200, loginSuccessBody());
  const result = await clientFor(server.url).login(loginInput);
  if (!result.ok) expect.fail("the login should succeed");
  return result.session;
}

/** The tokens the server received with the last request. */
const sentTokens = () => {
  const { headers } = server.requests.at(-1)!;
  return { sessionToken: headers["x-bwin-session-token"], userToken: headers["x-bwin-user-token"] };
};

/** Every way an app may hand back a session it kept. */
const kept: [string, (session: PosApiSession) => PosApiSession | PosApiSessionJson][] = [
  ["deep-frozen", (session) => deepFreeze(session)],
  ["back from JSON", (session) => JSON.parse(JSON.stringify(session)) as PosApiSessionJson],
  ["back from JSON and deep-frozen", (session) => deepFreeze(JSON.parse(JSON.stringify(session)) as PosApiSessionJson)],
];

describe.each(kept)("a session %s", (_name, keep) => {
  it("cancelWorkflow: the renewed session comes back as new; the given one is left as it was", async () => {
    const session = await loggedIn();
    const given = keep(session);
    const before = structuredClone(given);
    answer = reply(200, "");
    const sentAt = Date.now();
    const result = await clientFor(server.url).cancelWorkflow(given);
    expect(sentTokens()).toEqual({ sessionToken: session.sessionToken, userToken: session.userToken });
    if (!result.ok) expect.fail("cancelWorkflow should succeed");
    expect(result.session).not.toBe(given);
    expect(result.session).toEqual({
      userToken: session.userToken,
      sessionToken: session.sessionToken,
      ssoToken: session.ssoToken,
      userTokenExpiresAt: session.userTokenExpiresAt,
      sessionTokenExpiresAt: expect.any(Date),
    });
    expect(result.session.sessionTokenExpiresAt.getTime()).toBeGreaterThanOrEqual(sentAt + defaultSessionTokenLifetimeMs);
    expect(given).toEqual(before);
  });

  it("cancelWorkflow answered 630 (HTTP 404) renews it too; a token error (HTTP 400) returns no session", async () => {
    const given = keep(await loggedIn());
    const before = structuredClone(given);
    const client = clientFor(server.url);
    answer = reply(404, { code: 630, message: "No workflow pending" });
    expect(await client.cancelWorkflow(given)).toMatchObject({ ok: false, code: 630, session: { sessionTokenExpiresAt: expect.any(Date) } });
    answer = reply(400, { code: 207, message: "Session security token expired" });
    expect(await client.cancelWorkflow(given)).not.toHaveProperty("session");
    expect(given).toEqual(before);
  });

  it("logout: the ended session comes back as new; the given one is left as it was", async () => {
    const session = await loggedIn();
    const given = keep(session);
    const before = structuredClone(given);
    answer = reply(200, "");
    const result = await clientFor(server.url).logout(given);
    expect(sentTokens()).toEqual({ sessionToken: session.sessionToken, userToken: session.userToken });
    if (!result.ok) expect.fail("logout should succeed");
    expect(result.session.userTokenExpiresAt).toEqual(result.session.sessionTokenExpiresAt);
    expect(result.session.userTokenExpiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(given).toEqual(before);
  });

  it("a call that throws leaves it as it was", async () => {
    const given = keep(await loggedIn());
    const before = structuredClone(given);
    answer = reply(502, "<html>Bad gateway</html>", "text/html");
    await expect(clientFor(server.url).cancelWorkflow(given)).rejects.toMatchObject({ kind: "undocumented-status" });
    expect(given).toEqual(before);
  });
});

describe("a session's expiry times", () => {
  it("a session back from JSON keeps its times: the result's are Dates of the same instants", async () => {
    const session = await loggedIn();
    answer = reply(200, "");
    const result = await clientFor(server.url).cancelWorkflow(JSON.parse(JSON.stringify(session)) as PosApiSessionJson);
    if (!result.ok) expect.fail("cancelWorkflow should succeed");
    expect(result.session.userTokenExpiresAt).toBeInstanceOf(Date);
    expect(result.session.userTokenExpiresAt.getTime()).toBe(session.userTokenExpiresAt.getTime());
  });

  it.each([
    ["a string that is not a date-time", "userTokenExpiresAt", "yesterday"],
    ["a date without a time", "userTokenExpiresAt", "2030-03-01"],
    ["an invalid Date", "sessionTokenExpiresAt", new Date(Number.NaN)],
    ["a number", "sessionTokenExpiresAt", 1_900_000_000_000],
    ["nothing", "userTokenExpiresAt", undefined],
  ])("%s as %s is refused with invalid-input, before anything is sent", async (_name, field, value) => {
    const session = { ...(await loggedIn()), [field]: value };
    server.requests.length = 0;
    await expect(clientFor(server.url).logout(session as never)).rejects.toMatchObject({
      name: "OperatorAuthError",
      kind: "invalid-input",
      message: `logout: session.${field} must be a valid Date or an ISO 8601 date-time string.`,
    });
    expect(server.requests).toEqual([]);
  });
});

describe("nothing a user passes in is changed", () => {
  it("a deep-frozen login input works", async () => {
    answer = reply(200, loginSuccessBody());
    const input = deepFreeze({ ...loginInput, dateOfBirth: new Date(0), fingerprint: { superCookie: "c", deviceDetails: [{ Key: "os", Value: "Windows" }] } });
    await expect(clientFor(server.url).login(input)).resolves.toMatchObject({ ok: true });
  });
});
