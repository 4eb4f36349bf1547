import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { reply, startLocalServer, type Handler, type LocalServer } from "../../../test/local-server.js";
import { codeTables } from "../src/codes.js";
import { italySessionTokenLifetimeMs, type PosApiCancelWorkflowResult, type PosApiSession } from "../src/index.js";
import { clientFor, loginInput, loginSuccessBody } from "./fixtures.js";

const minute = 60_000;
const hour = 60 * minute;
const t0 = new Date("2030-03-01T08:00:00.000Z").getTime();
const at = (ms: number) => new Date(t0 + ms);

let server: LocalServer | undefined;
let answer: Handler;
beforeEach(async () => {
  vi.setSystemTime(t0);
  answer = reply(200, loginSuccessBody());
  server = await startLocalServer((request, response) => answer(request, response));
});
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
});

async function loggedIn(options = {}): Promise<{ client: ReturnType<typeof clientFor>; session: PosApiSession }> {
  const client = clientFor(server!.url, options);
  const result = await client.login(loginInput);
  if (!result.ok) expect.fail("the login should succeed");
  return { client, session: result.session };
}

describe("a login starts the session", () => {
  it("UserToken for 20 hours, SessionToken for 20 minutes, from when the login was sent", async () => {
    const { session } = await loggedIn();
    const body = loginSuccessBody();
    expect(session).toEqual({
      userToken: body.userToken,
      sessionToken: body.sessionToken,
      ssoToken: body.ssoToken,
      userTokenExpiresAt: at(20 * hour),
      sessionTokenExpiresAt: at(20 * minute),
    });
  });

  it("SessionToken for 10 minutes with the Italian lifetime", async () => {
    const { session } = await loggedIn({ sessionTokenLifetimeMs: italySessionTokenLifetimeMs });
    expect(session.sessionTokenExpiresAt).toEqual(at(10 * minute));
    expect(session.userTokenExpiresAt).toEqual(at(20 * hour));
  });

  it("PID-Login starts it the same way", async () => {
    const client = clientFor(server!.url, { sessionTokenLifetimeMs: 5 * minute });
    const result = await client.loginWithPid({ pid: "123asdf" });
    expect(result).toMatchObject({ ok: true, session: { userTokenExpiresAt: at(20 * hour), sessionTokenExpiresAt: at(5 * minute) } });
  });

  it("a login answer without ssoToken leaves it out of the session", async () => {
    const { ssoToken: _, ...body } = loginSuccessBody();
    answer = reply(200, body);
    const { session } = await loggedIn();
    expect(session).not.toHaveProperty("ssoToken");
  });
});

describe("cancelWorkflow returns the renewed session", () => {
  /** The session of a result that must carry one. */
  const renewed = (result: PosApiCancelWorkflowResult) => ("session" in result ? result.session : expect.fail("the result should carry the session"));

  it("from the time of each request that PosAPI answered with 200", async () => {
    const { client, session } = await loggedIn();
    answer = reply(200, "");
    vi.setSystemTime(t0 + 15 * minute);
    const first = await client.cancelWorkflow(session);
    expect(first).toEqual({ ok: true, status: 200, outcome: "ok", session: { ...session, sessionTokenExpiresAt: at(35 * minute) } });
    vi.setSystemTime(t0 + 34 * minute);
    const second = renewed(await client.cancelWorkflow(renewed(first)));
    expect(second.sessionTokenExpiresAt).toEqual(at(54 * minute));
    expect(second.userTokenExpiresAt).toEqual(at(20 * hour));
    // The sessions it was given are as they were.
    expect(session.sessionTokenExpiresAt).toEqual(at(20 * minute));
    expect(renewed(first).sessionTokenExpiresAt).toEqual(at(35 * minute));
  });

  it("with the Italian lifetime", async () => {
    const { client, session } = await loggedIn({ sessionTokenLifetimeMs: italySessionTokenLifetimeMs });
    answer = reply(200, "");
    vi.setSystemTime(t0 + 7 * minute);
    expect(renewed(await client.cancelWorkflow(session)).sessionTokenExpiresAt).toEqual(at(17 * minute));
  });

  it("also on 630, No workflow pending (HTTP 404): the tokens were accepted", async () => {
    const { client, session } = await loggedIn();
    answer = reply(404, { code: 630, message: "No workflow pending" });
    vi.setSystemTime(t0 + 3 * minute);
    const result = await client.cancelWorkflow(session);
    expect(result).toMatchObject({ ok: false, status: 404, code: 630 });
    expect(renewed(result).sessionTokenExpiresAt).toEqual(at(23 * minute));
  });

  it("not on a token error (HTTP 400): no session in the result", async () => {
    const { client, session } = await loggedIn();
    answer = reply(400, { code: 207, message: "Session security token expired" });
    vi.setSystemTime(t0 + 25 * minute);
    const result = await client.cancelWorkflow(session);
    expect(result).toMatchObject({ ok: false, status: 400, code: 207, outcome: "session-invalid" });
    expect(result).not.toHaveProperty("session");
    expect(session.sessionTokenExpiresAt).toEqual(at(20 * minute));
  });

  it("not by a call that threw", async () => {
    const { client, session } = await loggedIn();
    answer = reply(502, "<html>Bad gateway</html>", "text/html");
    vi.setSystemTime(t0 + 5 * minute);
    await expect(client.cancelWorkflow(session)).rejects.toMatchObject({ kind: "undocumented-status" });
    expect(session.sessionTokenExpiresAt).toEqual(at(20 * minute));
  });
});

describe("logout", () => {
  it("returns the ended session: both tokens expire at the moment of logout", async () => {
    const { client, session } = await loggedIn();
    answer = reply(200, "");
    vi.setSystemTime(t0 + 12 * minute);
    expect(await client.logout(session)).toEqual({
      ok: true,
      status: 200,
      outcome: "ok",
      session: { ...session, userTokenExpiresAt: at(12 * minute), sessionTokenExpiresAt: at(12 * minute) },
    });
    expect(session.userTokenExpiresAt).toEqual(at(20 * hour));
  });

  it("returns no session on a token error, and leaves the given one as it was", async () => {
    const { client, session } = await loggedIn({ descriptions: codeTables });
    answer = reply(400, { code: 201, message: "Invalid user security token" });
    vi.setSystemTime(t0 + 12 * minute);
    const result = await client.logout(session);
    expect(result).toMatchObject({ ok: false, status: 400, code: 201, description: "Invalid user security token" });
    expect(result).not.toHaveProperty("session");
    expect(session.userTokenExpiresAt).toEqual(at(20 * hour));
    expect(session.sessionTokenExpiresAt).toEqual(at(20 * minute));
  });
});
