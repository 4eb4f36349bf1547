/**
 * What a client's connection options promise, through the published clients against real loopback
 * servers: plain http to a named development mock only with `allowInsecureHttp` (as in a docker-compose
 * setup, the mock's host name resolved by the client's own lookup), `fetch` looked up at each call,
 * `maxRetries` for keep-alive and logout only, and `client.options` for logging.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { createRequire } from "node:module";
import type { LookupFunction } from "node:net";
import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { createCasinoGatewayClient } from "@operator-auth/casino-gateway";
import { OperatorAuthError } from "@operator-auth/core";
import { createPosApiClient } from "@operator-auth/posapi-auth";
import { startMockServer } from "@operator-auth/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startLocalServer, type LocalServer } from "./local-server.js";

// undici as the Betfair package, whose optional peer it is, has it installed.
const { Agent } = createRequire(new URL("../packages/betfair-sso/package.json", import.meta.url))("undici") as {
  Agent: new (options: { connect: { lookup: LookupFunction } }) => { close(): Promise<void> };
};

const token = "Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=";
const appKey = "IhDSui3ODdsdwo";

describe("allowInsecureHttp: a development mock on its own host name", () => {
  // The mock listens on loopback; the client knows it as `mock-posapi`, which only its own lookup
  // resolves, as a compose network's DNS would.
  const composeDns = new Agent({
    connect: {
      lookup: (hostname, options, callback) =>
        hostname === "mock-posapi"
          ? options.all
            ? callback(null, [{ address: "127.0.0.1", family: 4 }] as LookupAddress[] as never, 4)
            : callback(null, "127.0.0.1", 4)
          : dnsLookup(hostname, options, callback),
    },
  });
  const composeFetch: typeof fetch = (input, init) => fetch(input, { ...init, dispatcher: composeDns } as RequestInit);
  let mock: Awaited<ReturnType<typeof startMockServer<"posapi-auth">>>;
  let baseUrl = "";
  beforeAll(async () => {
    mock = await startMockServer("posapi-auth");
    baseUrl = `http://mock-posapi:${new URL(mock.url).port}`;
  });
  afterAll(async () => {
    await mock.close();
    await composeDns.close();
  });

  it("logs in over plain http with the opt-in", async () => {
    const client = createPosApiClient({ baseUrl, accessId: "frontend-bw-brand-1", fetch: composeFetch, allowInsecureHttp: true });
    const result = await client.login({ username: "myUserName", password: "password", language: "EN" });
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(mock.requests.length).toBe(1);
    expect(client.options).toMatchObject({ baseUrl, allowInsecureHttp: true });
  });

  it("is refused without it, naming host and port, before anything is sent", () => {
    const before = mock.requests.length;
    let error: unknown;
    try {
      createPosApiClient({ baseUrl, accessId: "frontend-bw-brand-1", fetch: composeFetch });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(OperatorAuthError);
    expect(error).toMatchObject({ kind: "insecure-url" });
    expect((error as Error).message).toContain(`got http://mock-posapi:${new URL(mock.url).port}.`);
    expect((error as Error).message).toContain("allowInsecureHttp");
    expect(mock.requests.length).toBe(before);
  });

  it("takes true or false only, and every other base URL check still applies", () => {
    expect(() => createPosApiClient({ baseUrl, accessId: "a", allowInsecureHttp: "yes" as never })).toThrow(
      expect.objectContaining({ kind: "invalid-input", message: "createPosApiClient: allowInsecureHttp must be true or false." }),
    );
    expect(() => createCasinoGatewayClient({ baseUrl: "http://user:pw@mock-casino:4010", version: "v1", brandId: 1, allowInsecureHttp: true })).toThrow(
      expect.objectContaining({ kind: "invalid-input" }),
    );
    // Only plain http is let through: another scheme is still refused.
    expect(() => createCasinoGatewayClient({ baseUrl: "ftp://mock-casino", version: "v1", brandId: 1, allowInsecureHttp: true })).toThrow(
      expect.objectContaining({ kind: "insecure-url" }),
    );
  });
});

describe("fetch: without the option, the globalThis.fetch of each call's moment", () => {
  const original = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = original;
  });

  it("uses a fetch installed after the client was built (as MSW's server.listen() does)", async () => {
    const client = createCasinoGatewayClient({ baseUrl: "https://gateway.example.com", version: "v1", brandId: 42 });
    const seen: string[] = [];
    globalThis.fetch = async (input) => {
      seen.push(String(input));
      return Response.json({ auth_token: "t", result: "OK" });
    };
    await expect(client.login({ user_name: "player1", password: "s3cret", language: "en" })).resolves.toMatchObject({ ok: true });
    expect(seen).toEqual(["https://gateway.example.com/gateway/login/v1/42/player"]);
  });
});

describe("maxRetries: keep-alive and logout sent again after a transport failure, never a login", () => {
  let server: LocalServer;
  /** How many requests of each path to answer by dropping the connection. */
  const drops = new Map<string, number>();
  beforeAll(async () => {
    server = await startLocalServer((request, response) => {
      const left = drops.get(request.url) ?? 0;
      if (left > 0) {
        drops.set(request.url, left - 1);
        return void response.socket?.destroy();
      }
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ token, product: appKey, status: "SUCCESS", error: "" }));
    });
  });
  afterAll(() => server.close());
  const count = (path: string) => server.requests.filter((r) => r.url === path).length;

  it("retries keepAlive and logout up to maxRetries", async () => {
    const client = createBetfairSsoClient({ appKey, baseUrl: server.url, maxRetries: 2 });
    expect(client.options).toEqual({ baseUrl: server.url, timeoutMs: 15_000, maxBodyBytes: 1_048_576, allowInsecureHttp: false, maxRetries: 2 });
    const before = count("/api/keepAlive");
    drops.set("/api/keepAlive", 2);
    await expect(client.keepAlive(token)).resolves.toMatchObject({ ok: true });
    expect(count("/api/keepAlive") - before).toBe(3);

    const logoutsBefore = count("/api/logout");
    drops.set("/api/logout", 3);
    await expect(client.logout(token)).rejects.toMatchObject({ kind: "network" });
    expect(count("/api/logout") - logoutsBefore).toBe(3);
    drops.delete("/api/logout");
  });

  it("never retries a login, and retries nothing by default", async () => {
    const retrying = createBetfairSsoClient({ appKey, baseUrl: server.url, maxRetries: 5 });
    const loginsBefore = count("/api/login");
    drops.set("/api/login", 1);
    await expect(retrying.login({ username: "u", password: "p" })).rejects.toMatchObject({ kind: "network" });
    expect(count("/api/login") - loginsBefore).toBe(1);

    const plain = createBetfairSsoClient({ appKey, baseUrl: server.url });
    expect(plain.options.maxRetries).toBe(0);
    const before = count("/api/keepAlive");
    drops.set("/api/keepAlive", 1);
    await expect(plain.keepAlive(token)).rejects.toMatchObject({ kind: "network" });
    expect(count("/api/keepAlive") - before).toBe(1);
  });

  it("retries PosAPI's logout, and the caller's signal ends the wait", async () => {
    const posapi = createPosApiClient({ baseUrl: server.url, accessId: "frontend-bw-brand-1", maxRetries: 5 });
    expect(posapi.options.maxRetries).toBe(5);
    drops.set("/Authentication.svc/Logout", 10);
    const controller = new AbortController();
    const call = posapi.logout(
      { userToken: "u", sessionToken: "s", userTokenExpiresAt: new Date(Date.now() + 60_000), sessionTokenExpiresAt: new Date(Date.now() + 60_000) },
      { signal: controller.signal },
    );
    // Abort once the first try has failed, while the client waits to retry.
    while (server.requests.filter((r) => r.url === "/Authentication.svc/Logout").length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(call).rejects.toMatchObject({ kind: "aborted" });
    drops.delete("/Authentication.svc/Logout");
  });

  it("is a whole number from 0 to 5", () => {
    for (const maxRetries of [-1, 6, 1.5, "2"]) {
      expect(() => createBetfairSsoClient({ appKey, maxRetries: maxRetries as number })).toThrow(
        expect.objectContaining({ kind: "invalid-input", message: "createBetfairSsoClient: maxRetries must be a whole number from 0 to 5." }),
      );
    }
  });
});
