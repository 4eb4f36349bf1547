/** The raw openapi-fetch clients of the `/raw` subpaths: same hosts and rules as the typed clients. */
import { createBetfairSsoClient } from "@operator-auth/betfair-sso";
import { createBetfairSsoRawClient } from "@operator-auth/betfair-sso/raw";
import { createCasinoGatewayClient } from "@operator-auth/casino-gateway";
import { createCasinoGatewayRawClient } from "@operator-auth/casino-gateway/raw";
import { createPosApiClient } from "@operator-auth/posapi-auth";
import { createPosApiRawClient } from "@operator-auth/posapi-auth/raw";
import { afterEach, describe, expect, it } from "vitest";
import { generousTimeoutMs } from "./deadlines.js";
import { redirect, reply, startLocalServer, type LocalServer } from "./local-server.js";

let server: LocalServer | undefined;
afterEach(async () => server?.close());

/** A fetch that records the URL and answers 200 without touching the network. */
function recordingFetch() {
  const urls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return new Response("<html></html>", { headers: { "content-type": "text/html" } });
  };
  return { urls, fetch };
}

describe("createBetfairSsoRawClient", () => {
  it("calls the jurisdiction's Identity SSO host by default", async () => {
    const { urls, fetch } = recordingFetch();
    const raw = createBetfairSsoRawClient({ jurisdiction: "italy", fetch });
    await raw.GET("/view/login", { params: { query: { product: "app", url: "https://www.betfair.com" } }, parseAs: "text" });
    expect(urls).toEqual(["https://identitysso.betfair.it/view/login?product=app&url=https%3A%2F%2Fwww.betfair.com"]);
  });

  it("takes a client's options object as it is, baseUrl included", async () => {
    server = await startLocalServer(reply(200, { token: "t", product: "app", status: "SUCCESS", error: "" }));
    const options = { appKey: "app", baseUrl: `${server.url}/sso`, timeoutMs: generousTimeoutMs };
    const { data } = await createBetfairSsoRawClient(options).POST("/api/keepAlive", {
      params: { header: { Accept: "application/json", "X-Application": "app", "X-Authentication": "t" } },
    });
    expect(data).toMatchObject({ status: "SUCCESS" });
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.headers["x-authentication"]}`)).toEqual(["POST /sso/api/keepAlive t"]);
  });

  it("refuses a jurisdiction Betfair has no host for", () => {
    expect(() => createBetfairSsoRawClient({ jurisdiction: "mars" as never })).toThrow(expect.objectContaining({ kind: "invalid-input" }));
  });
});

describe("createPosApiRawClient", () => {
  it("sends x-bwin-accessId with every call, below the path prefix of baseUrl", async () => {
    server = await startLocalServer(reply(200, ""));
    await createPosApiRawClient({ baseUrl: `${server.url}/V3`, accessId: "frontend-bw-1" }).GET("/Authentication.svc/CheckCountryBlock", {
      params: { query: { countryId: "CH" } },
    });
    expect(server.requests.map((r) => [r.url, r.headers["x-bwin-accessid"]])).toEqual([
      ["/V3/Authentication.svc/CheckCountryBlock?countryId=CH", "frontend-bw-1"],
    ]);
  });

  it.each([
    ["an accessId with a line break", { accessId: "a\r\nX-Injected: 1" }],
    ["an empty accessId", { accessId: "" }],
    ["a baseUrl ending in /Authentication.svc", { baseUrl: "https://posapi.example.com/Authentication.svc" }],
  ])("refuses %s, naming the option and not its value", (_name, bad) => {
    const options = { baseUrl: "https://posapi.example.com", accessId: "frontend-bw-1", ...bad };
    expect(() => createPosApiRawClient(options)).toThrow(expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input" }));
    expect(() => createPosApiRawClient(options)).not.toThrow(/X-Injected/);
  });
});

describe("createCasinoGatewayRawClient", () => {
  it("hands back a 303 instead of following it", async () => {
    server = await startLocalServer(redirect(303, "/followed"));
    const { response } = await createCasinoGatewayRawClient({ baseUrl: server.url }).POST("/gateway/login/{version}/{brand_id}/player", {
      params: { path: { version: "v1", brand_id: 7 } },
      body: { user_name: "player1", password: "pw", language: "en" },
    });
    expect(response.status).toBe(303);
    expect(server.requests.map((r) => r.url)).toEqual(["/gateway/login/v1/7/player"]);
  });

  it("runs openapi-fetch middleware", async () => {
    server = await startLocalServer(reply(200, {}));
    const raw = createCasinoGatewayRawClient({ baseUrl: server.url });
    raw.use({ onRequest: ({ request }) => (request.headers.set("x-trace", "42"), request) });
    await raw.POST("/gateway/login/{version}/{brand_id}/player", {
      params: { path: { version: "v1", brand_id: 7 } },
      body: { user_name: "player1", password: "pw", language: "en" },
    });
    expect(server.requests[0]!.headers["x-trace"]).toBe("42");
  });
});

describe("every raw client", () => {
  const factories = [
    ["createBetfairSsoRawClient", (baseUrl: string) => createBetfairSsoRawClient({ baseUrl })],
    ["createPosApiRawClient", (baseUrl: string) => createPosApiRawClient({ baseUrl, accessId: "frontend-bw-1" })],
    ["createCasinoGatewayRawClient", (baseUrl: string) => createCasinoGatewayRawClient({ baseUrl })],
  ] as const;

  it.each(factories)("%s refuses plain http to a host that is not loopback", (_name, create) => {
    expect(() => create("http://operator.example.com")).toThrow(expect.objectContaining({ kind: "insecure-url" }));
    expect(() => create("http://127.0.0.1:8080")).not.toThrow();
  });

  it.each([
    ["createBetfairSsoRawClient", createBetfairSsoRawClient],
    ["createPosApiRawClient", createPosApiRawClient],
    ["createCasinoGatewayRawClient", createCasinoGatewayRawClient],
    // The typed factories share the check.
    ["createBetfairSsoClient", createBetfairSsoClient],
    ["createPosApiClient", createPosApiClient],
    ["createCasinoGatewayClient", createCasinoGatewayClient],
  ] as const)("%s refuses a missing options object by name", (name, create) => {
    expect(() => create(undefined as never)).toThrow(
      expect.objectContaining({ name: "OperatorAuthError", kind: "invalid-input", message: `${name} expects an options object.` }),
    );
  });
});
